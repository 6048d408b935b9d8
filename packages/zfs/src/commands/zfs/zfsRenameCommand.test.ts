import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsRenameCommand } from './zfsRenameCommand.js';

describe('zfsRenameCommand', () => {
  test('default', () => {
    expect(zfsRenameCommand({ from: 'tank/a', to: 'tank/b' }).argv).toEqual(['zfs', 'rename', 'tank/a', 'tank/b']);
  });

  test('behavior: flags', () => {
    expect(
      zfsRenameCommand({ from: 'tank/a', to: 'tank/x/b', parents: true, force: true, noRemount: true }).argv,
    ).toEqual(['zfs', 'rename', '-p', '-f', '-u', 'tank/a', 'tank/x/b']);
    expect(zfsRenameCommand({ from: 'tank@a', to: 'tank@b', recursive: true }).argv).toEqual([
      'zfs',
      'rename',
      '-r',
      'tank@a',
      'tank@b',
    ]);
  });

  test('error: kind mismatch and misplaced flags', () => {
    expect(() => zfsRenameCommand({ from: 'tank@a', to: 'tank/b' })).toThrow(ZfsUsageError);
    expect(() => zfsRenameCommand({ from: 'tank/a', to: 'tank/b', recursive: true })).toThrow(ZfsUsageError);
    expect(() => zfsRenameCommand({ from: 'tank@a', to: 'tank@b', parents: true })).toThrow(ZfsUsageError);
  });
});
