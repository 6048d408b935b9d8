import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsAllowCommand } from './zfsAllowCommand.js';

describe('zfsAllowCommand', () => {
  test('default: users', () => {
    expect(
      zfsAllowCommand({ name: 'tank/home', users: ['alice', 'bob'], permissions: ['snapshot', 'mount'] }).argv,
    ).toEqual(['zfs', 'allow', '-u', 'alice,bob', 'snapshot,mount', 'tank/home']);
  });

  test('behavior: groups, everyone, create-time, sets, scope', () => {
    expect(zfsAllowCommand({ name: 'tank', groups: ['staff'], permissions: ['create'], scope: 'local' }).argv).toEqual([
      'zfs',
      'allow',
      '-l',
      '-g',
      'staff',
      'create',
      'tank',
    ]);
    expect(
      zfsAllowCommand({ name: 'tank', everyone: true, permissions: ['@backup'], scope: 'descendants' }).argv,
    ).toEqual(['zfs', 'allow', '-d', '-e', '@backup', 'tank']);
    expect(zfsAllowCommand({ name: 'tank', createTime: true, permissions: ['destroy'] }).argv).toEqual([
      'zfs',
      'allow',
      '-c',
      'destroy',
      'tank',
    ]);
    expect(zfsAllowCommand({ name: 'tank', permissionSet: '@backup', permissions: ['send', 'hold'] }).argv).toEqual([
      'zfs',
      'allow',
      '-s',
      '@backup',
      'send,hold',
      'tank',
    ]);
  });

  test('error: grantee count, bad names', () => {
    expect(() => zfsAllowCommand({ name: 'tank', permissions: ['create'] })).toThrow(ZfsUsageError);
    expect(() => zfsAllowCommand({ name: 'tank', users: ['a'], everyone: true, permissions: ['create'] })).toThrow(
      ZfsUsageError,
    );
    expect(() => zfsAllowCommand({ name: 'tank', users: ['a,b'], permissions: ['create'] })).toThrow(ZfsUsageError);
    expect(() => zfsAllowCommand({ name: 'tank', users: ['-e'], permissions: ['create'] })).toThrow(ZfsUsageError);
    expect(() => zfsAllowCommand({ name: 'tank', users: ['a'], permissions: [] })).toThrow(ZfsUsageError);
    expect(() => zfsAllowCommand({ name: 'tank', permissionSet: 'backup', permissions: ['send'] })).toThrow(
      ZfsUsageError,
    );
  });
});
