import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsUnmountCommand } from './zfsUnmountCommand.js';

describe('zfsUnmountCommand', () => {
  test('default', () => {
    expect(zfsUnmountCommand({ name: 'tank/a' }).argv).toEqual(['zfs', 'unmount', 'tank/a']);
  });

  test('behavior: force, mountpoint, all', () => {
    expect(zfsUnmountCommand({ name: '/mnt/a', force: true }).argv).toEqual(['zfs', 'unmount', '-f', '/mnt/a']);
    expect(zfsUnmountCommand({ all: true }).argv).toEqual(['zfs', 'unmount', '-a']);
  });

  test('error', () => {
    expect(() => zfsUnmountCommand({ name: '-f' })).toThrow(ZfsUsageError);
  });
});
