import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsPromoteCommand } from './zfsPromoteCommand.js';

describe('zfsPromoteCommand', () => {
  test('default', () => {
    expect(zfsPromoteCommand({ name: 'tank/vm1' }).argv).toEqual(['zfs', 'promote', 'tank/vm1']);
  });

  test('error', () => {
    expect(() => zfsPromoteCommand({ name: 'tank/vm1@s' })).toThrow(ZfsUsageError);
  });
});
