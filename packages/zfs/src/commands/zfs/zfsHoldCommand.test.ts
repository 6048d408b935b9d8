import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsHoldCommand } from './zfsHoldCommand.js';

describe('zfsHoldCommand', () => {
  test('default', () => {
    expect(zfsHoldCommand({ tag: 'keep', snapshots: ['tank/a@s1'] }).argv).toEqual([
      'zfs',
      'hold',
      'keep',
      'tank/a@s1',
    ]);
  });

  test('behavior: recursive', () => {
    expect(zfsHoldCommand({ tag: 'keep me', snapshots: ['tank@s'], recursive: true }).argv).toEqual([
      'zfs',
      'hold',
      '-r',
      'keep me',
      'tank@s',
    ]);
  });

  test('error', () => {
    expect(() => zfsHoldCommand({ tag: '-r', snapshots: ['tank@s'] })).toThrow(ZfsUsageError);
    expect(() => zfsHoldCommand({ tag: 'keep', snapshots: [] })).toThrow(ZfsUsageError);
    expect(() => zfsHoldCommand({ tag: 'keep', snapshots: ['tank'] })).toThrow(ZfsUsageError);
  });
});
