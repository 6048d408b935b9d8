import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsChangeKeyCommand } from './zfsChangeKeyCommand.js';

describe('zfsChangeKeyCommand', () => {
  test('default', () => {
    expect(zfsChangeKeyCommand({ name: 'tank/secret' }).argv).toEqual(['zfs', 'change-key', 'tank/secret']);
  });

  test('behavior: new key settings and stdin key', () => {
    const command = zfsChangeKeyCommand({
      name: 'tank/secret',
      load: true,
      keyLocation: 'prompt',
      keyFormat: 'passphrase',
      pbkdf2Iterations: 350000,
      key: 'new secret',
    });
    expect(command.argv).toEqual([
      'zfs',
      'change-key',
      '-l',
      '-o',
      'keylocation=prompt',
      '-o',
      'keyformat=passphrase',
      '-o',
      'pbkdf2iters=350000',
      'tank/secret',
    ]);
    expect(command.input).toBe('new secret\n');
    expect(zfsChangeKeyCommand({ name: 'tank/a', inherit: true }).argv).toEqual(['zfs', 'change-key', '-i', 'tank/a']);
  });

  test('error: inherit with new settings', () => {
    expect(() => zfsChangeKeyCommand({ name: 'tank/a', inherit: true, keyFormat: 'hex' })).toThrow(ZfsUsageError);
  });
});
