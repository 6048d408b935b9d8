import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsHoldsCommand } from './zfsHoldsCommand.js';

describe('zfsHoldsCommand', () => {
  test('default', () => {
    const command = zfsHoldsCommand({ snapshots: ['tank/a@s1'], recursive: true });
    expect(command.argv).toEqual(['zfs', 'holds', '-H', '-r', 'tank/a@s1']);
    expect(command.parse('tank/a@s1\tkeep\tSun Nov 22  1:57 2026\n', '').holds[0]).toMatchObject({
      snapshot: 'tank/a@s1',
      tag: 'keep',
    });
  });

  test('error', () => {
    expect(() => zfsHoldsCommand({ snapshots: [] })).toThrow(ZfsUsageError);
  });
});
