import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsLoadKeyCommand } from './zfsLoadKeyCommand.js';

describe('zfsLoadKeyCommand', () => {
  test('default', () => {
    const command = zfsLoadKeyCommand({ name: 'tank/secret' });
    expect(command.argv).toEqual(['zfs', 'load-key', 'tank/secret']);
    expect(command.input).toBeUndefined();
  });

  test('behavior: key on stdin, location, recursive, dry run', () => {
    const command = zfsLoadKeyCommand({
      all: true,
      recursive: true,
      dryRun: true,
      keyLocation: 'file:///root/key',
      key: 'pass phrase',
    });
    expect(command.argv).toEqual(['zfs', 'load-key', '-r', '-n', '-L', 'file:///root/key', '-a']);
    expect(command.input).toBe('pass phrase\n');
  });

  test('error', () => {
    expect(() => zfsLoadKeyCommand({})).toThrow(ZfsUsageError);
    expect(() => zfsLoadKeyCommand({ name: 'tank', keyLocation: '/root/key' })).toThrow(ZfsUsageError);
  });
});
