import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsSetCommand } from './zfsSetCommand.js';

describe('zfsSetCommand', () => {
  test('default', () => {
    expect(
      zfsSetCommand({ names: ['tank/a', 'tank/b'], properties: { compression: 'zstd', atime: false } }).argv,
    ).toEqual(['zfs', 'set', 'compression=zstd', 'atime=off', 'tank/a', 'tank/b']);
  });

  test('error: nothing to set, newline in value', () => {
    expect(() => zfsSetCommand({ names: [], properties: { a: '1' } })).toThrow(ZfsUsageError);
    expect(() => zfsSetCommand({ names: ['tank'], properties: {} })).toThrow(ZfsUsageError);
    expect(() => zfsSetCommand({ names: ['tank'], properties: { 'com.x:note': 'a\nb' } })).toThrow(ZfsUsageError);
  });
});
