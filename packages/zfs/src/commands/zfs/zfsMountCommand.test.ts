import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsMountCommand } from './zfsMountCommand.js';

describe('zfsMountCommand', () => {
  test('default', () => {
    expect(zfsMountCommand({ name: 'tank/a' }).argv).toEqual(['zfs', 'mount', 'tank/a']);
  });

  test('behavior: all options', () => {
    expect(zfsMountCommand({ all: true, overlay: true, loadKeys: true, options: ['ro', 'noatime'] }).argv).toEqual([
      'zfs',
      'mount',
      '-O',
      '-l',
      '-o',
      'ro,noatime',
      '-a',
    ]);
  });

  test('error', () => {
    expect(() => zfsMountCommand({})).toThrow(ZfsUsageError);
    expect(() => zfsMountCommand({ name: 'tank', options: ['-x'] })).toThrow(ZfsUsageError);
  });
});
