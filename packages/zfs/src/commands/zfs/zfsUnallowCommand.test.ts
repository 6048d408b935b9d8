import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsUnallowCommand } from './zfsUnallowCommand.js';

describe('zfsUnallowCommand', () => {
  test('default: remove everything granted to a user', () => {
    expect(zfsUnallowCommand({ name: 'tank/home', users: ['alice'], permissions: [] }).argv).toEqual([
      'zfs',
      'unallow',
      '-u',
      'alice',
      'tank/home',
    ]);
  });

  test('behavior: recursive with permissions', () => {
    expect(zfsUnallowCommand({ name: 'tank', everyone: true, permissions: ['mount'], recursive: true }).argv).toEqual([
      'zfs',
      'unallow',
      '-r',
      '-e',
      'mount',
      'tank',
    ]);
  });

  test('error', () => {
    expect(() => zfsUnallowCommand({ name: 'tank', permissions: [] })).toThrow(ZfsUsageError);
  });
});
