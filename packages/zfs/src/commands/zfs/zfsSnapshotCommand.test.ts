import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsSnapshotCommand } from './zfsSnapshotCommand.js';

describe('zfsSnapshotCommand', () => {
  test('default', () => {
    expect(zfsSnapshotCommand({ names: ['tank/a@s1', 'tank/b@s1'] }).argv).toEqual([
      'zfs',
      'snapshot',
      'tank/a@s1',
      'tank/b@s1',
    ]);
  });

  test('behavior: recursive with properties', () => {
    expect(
      zfsSnapshotCommand({ names: ['tank@nightly'], recursive: true, properties: { 'com.x:by': 'cron' } }).argv,
    ).toEqual(['zfs', 'snapshot', '-r', '-o', 'com.x:by=cron', 'tank@nightly']);
  });

  test('error', () => {
    expect(() => zfsSnapshotCommand({ names: [] })).toThrow(ZfsUsageError);
    expect(() => zfsSnapshotCommand({ names: ['tank/a'] })).toThrow(ZfsUsageError);
  });
});
