import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsReceiveCommand } from './zfsReceiveCommand.js';

describe('zfsReceiveCommand', () => {
  test('default: verbose', () => {
    expect(zfsReceiveCommand({ target: 'backup/a' }).argv).toEqual(['zfs', 'receive', '-v', 'backup/a']);
  });

  test('behavior: every flag', () => {
    const { argv } = zfsReceiveCommand({
      target: 'backup',
      force: true,
      resumable: true,
      noMount: true,
      verbose: false,
      dryRun: true,
      discardPool: true,
      properties: { readonly: true },
      excludeProperties: ['mountpoint', 'sharenfs'],
    });
    expect(argv).toEqual([
      'zfs',
      'receive',
      '-F',
      '-s',
      '-u',
      '-n',
      '-d',
      '-o',
      'readonly=on',
      '-x',
      'mountpoint',
      '-x',
      'sharenfs',
      'backup',
    ]);
  });

  test('error', () => {
    expect(() => zfsReceiveCommand({ target: 'a', discardPool: true, keepLastComponent: true })).toThrow(ZfsUsageError);
    expect(() => zfsReceiveCommand({ target: 'backup#b' })).toThrow(ZfsUsageError);
  });
});
