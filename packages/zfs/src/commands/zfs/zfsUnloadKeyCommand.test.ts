import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsUnloadKeyCommand } from './zfsUnloadKeyCommand.js';

describe('zfsUnloadKeyCommand', () => {
  test('default', () => {
    expect(zfsUnloadKeyCommand({ name: 'tank/secret' }).argv).toEqual(['zfs', 'unload-key', 'tank/secret']);
    expect(zfsUnloadKeyCommand({ all: true, recursive: true }).argv).toEqual(['zfs', 'unload-key', '-r', '-a']);
  });

  test('error', () => {
    expect(() => zfsUnloadKeyCommand({ name: 'tank@s' })).toThrow(ZfsUsageError);
  });
});
