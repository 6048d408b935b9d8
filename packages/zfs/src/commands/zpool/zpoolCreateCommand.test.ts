import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolCreateCommand } from './zpoolCreateCommand.js';

describe('zpoolCreateCommand', () => {
  test('default', () => {
    const command = zpoolCreateCommand({ pool: 'tank', topology: { data: [{ type: 'mirror', devices: ['a', 'b'] }] } });
    expect(command.argv).toEqual(['zpool', 'create', 'tank', 'mirror', 'a', 'b']);
  });

  test('behavior: every option', () => {
    const command = zpoolCreateCommand({
      pool: 'tank',
      topology: { data: [{ type: 'raidz', devices: ['a', 'b', 'c'] }], log: [{ type: 'stripe', devices: ['l'] }] },
      properties: { ashift: 12 },
      filesystemProperties: { compression: 'lz4' },
      mountpoint: 'none',
      altroot: '/mnt',
      force: true,
      dryRun: true,
    });
    expect(command.argv).toEqual(
      'zpool create -f -n -o ashift=12 -O compression=lz4 -m none -R /mnt tank raidz a b c log l'.split(' '),
    );
    expect(command.parse('would create...', '')).toBe('would create...');
  });

  test('error', () => {
    expect(() =>
      zpoolCreateCommand({ pool: 'raidz', topology: { data: [{ type: 'stripe', devices: ['a'] }] } }),
    ).toThrow(ZfsUsageError);
    expect(() => zpoolCreateCommand({ pool: 'tank', topology: {} })).toThrow(ZfsUsageError);
    expect(() =>
      zpoolCreateCommand({ pool: 'tank', mountpoint: '-x', topology: { data: [{ type: 'stripe', devices: ['a'] }] } }),
    ).toThrow(ZfsUsageError);
  });
});
