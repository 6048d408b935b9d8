import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsReleaseCommand } from './zfsReleaseCommand.js';

describe('zfsReleaseCommand', () => {
  test('default', () => {
    expect(zfsReleaseCommand({ tag: 'keep', snapshots: ['tank/a@s1'], recursive: true }).argv).toEqual([
      'zfs',
      'release',
      '-r',
      'keep',
      'tank/a@s1',
    ]);
  });

  test('error', () => {
    expect(() => zfsReleaseCommand({ tag: '', snapshots: ['tank@s'] })).toThrow(ZfsUsageError);
  });
});
