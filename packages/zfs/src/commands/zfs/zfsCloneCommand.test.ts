import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsCloneCommand } from './zfsCloneCommand.js';

describe('zfsCloneCommand', () => {
  test('default', () => {
    expect(zfsCloneCommand({ snapshot: 'tank/base@gold', target: 'tank/vm1' }).argv).toEqual([
      'zfs',
      'clone',
      'tank/base@gold',
      'tank/vm1',
    ]);
  });

  test('behavior: parents and properties', () => {
    const command = zfsCloneCommand({
      snapshot: 'tank/base@gold',
      target: 'tank/vms/vm1',
      parents: true,
      properties: { mountpoint: '/vms/vm1' },
    });
    expect(command.argv).toEqual(['zfs', 'clone', '-p', '-o', 'mountpoint=/vms/vm1', 'tank/base@gold', 'tank/vms/vm1']);
  });

  test('error: source must be a snapshot', () => {
    expect(() => zfsCloneCommand({ snapshot: 'tank/base', target: 'tank/vm1' })).toThrow(ZfsUsageError);
    expect(() => zfsCloneCommand({ snapshot: 'tank/base@s', target: 'tank/vm1@x' })).toThrow(ZfsUsageError);
  });
});
