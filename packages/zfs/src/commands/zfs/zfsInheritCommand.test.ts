import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsInheritCommand } from './zfsInheritCommand.js';

describe('zfsInheritCommand', () => {
  test('default', () => {
    expect(zfsInheritCommand({ names: ['tank/a'], property: 'compression' }).argv).toEqual([
      'zfs',
      'inherit',
      'compression',
      'tank/a',
    ]);
  });

  test('behavior: recursive and received', () => {
    expect(zfsInheritCommand({ names: ['tank/a'], property: 'quota', recursive: true, received: true }).argv).toEqual([
      'zfs',
      'inherit',
      '-r',
      '-S',
      'quota',
      'tank/a',
    ]);
  });

  test('error', () => {
    expect(() => zfsInheritCommand({ names: [], property: 'quota' })).toThrow(ZfsUsageError);
    expect(() => zfsInheritCommand({ names: ['tank'], property: '-r' })).toThrow(ZfsUsageError);
  });
});
