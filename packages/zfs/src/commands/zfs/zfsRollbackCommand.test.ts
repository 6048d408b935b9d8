import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsRollbackCommand } from './zfsRollbackCommand.js';

describe('zfsRollbackCommand', () => {
  test('default', () => {
    expect(zfsRollbackCommand({ snapshot: 'tank/a@s1' }).argv).toEqual(['zfs', 'rollback', 'tank/a@s1']);
  });

  test('behavior: destroy later snapshots and clones', () => {
    expect(
      zfsRollbackCommand({ snapshot: 'tank/a@s1', destroyLater: true, destroyClones: true, force: true }).argv,
    ).toEqual(['zfs', 'rollback', '-r', '-R', '-f', 'tank/a@s1']);
  });

  test('error', () => {
    expect(() => zfsRollbackCommand({ snapshot: 'tank/a' })).toThrow(ZfsUsageError);
  });
});
