import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsCreateCommand } from './zfsCreateCommand.js';

describe('zfsCreateCommand', () => {
  test('default: filesystem', () => {
    expect(zfsCreateCommand({ name: 'tank/home' }).argv).toEqual(['zfs', 'create', 'tank/home']);
  });

  test('behavior: filesystem with parents and properties', () => {
    const command = zfsCreateCommand({
      name: 'tank/a/b',
      parents: true,
      properties: { compression: 'lz4', atime: false },
    });
    expect(command.argv).toEqual(['zfs', 'create', '-p', '-o', 'compression=lz4', '-o', 'atime=off', 'tank/a/b']);
    expect(command.parse('', '')).toBeUndefined();
  });

  test('behavior: sparse volume with block size', () => {
    const command = zfsCreateCommand({ name: 'tank/vm0', volumeSize: '20G', sparse: true, blockSize: '16K' });
    expect(command.argv).toEqual(['zfs', 'create', '-s', '-b', '16K', '-V', '20G', 'tank/vm0']);
  });

  test('behavior: an encryption key goes to stdin, not argv', () => {
    const command = zfsCreateCommand({
      name: 'tank/secret',
      properties: { encryption: 'on', keyformat: 'passphrase', keylocation: 'prompt' },
      key: 'hunter22hunter22',
    });
    expect(command.argv.join(' ')).not.toContain('hunter22');
    expect(command.input).toBe('hunter22hunter22\n');
  });

  test('error: volume-only options, bad sizes, bad names', () => {
    expect(() => zfsCreateCommand({ name: 'tank/a', sparse: true })).toThrow(ZfsUsageError);
    expect(() => zfsCreateCommand({ name: 'tank/a', volumeSize: '-1G' })).toThrow(ZfsUsageError);
    expect(() => zfsCreateCommand({ name: 'tank/a@s' })).toThrow(ZfsUsageError);
    expect(() => zfsCreateCommand({ name: 'tank/a', properties: { 'com.x:y': 'a\nb' } })).toThrow(ZfsUsageError);
  });
});
