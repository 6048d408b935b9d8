import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsUnshareCommand } from './zfsUnshareCommand.js';

describe('zfsUnshareCommand', () => {
  test('default', () => {
    expect(zfsUnshareCommand({ name: 'tank/export' }).argv).toEqual(['zfs', 'unshare', 'tank/export']);
    expect(zfsUnshareCommand({ name: '/tank/export' }).argv).toEqual(['zfs', 'unshare', '/tank/export']);
    expect(zfsUnshareCommand({ all: true }).argv).toEqual(['zfs', 'unshare', '-a']);
  });

  test('error', () => {
    expect(() => zfsUnshareCommand({})).toThrow(ZfsUsageError);
  });
});
