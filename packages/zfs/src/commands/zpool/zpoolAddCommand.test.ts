import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolAddCommand } from './zpoolAddCommand.js';

describe('zpoolAddCommand', () => {
  test('default', () => {
    expect(zpoolAddCommand({ pool: 'tank', topology: { cache: ['nvme0n1'], spare: ['sdf'] } }).argv).toEqual([
      'zpool',
      'add',
      'tank',
      'cache',
      'nvme0n1',
      'spare',
      'sdf',
    ]);
  });

  test('behavior: force, dry run', () => {
    const command = zpoolAddCommand({
      pool: 'tank',
      topology: { data: [{ type: 'mirror', devices: ['a', 'b'] }] },
      force: true,
      dryRun: true,
    });
    expect(command.argv).toEqual(['zpool', 'add', '-f', '-n', 'tank', 'mirror', 'a', 'b']);
  });

  test('error', () => {
    expect(() => zpoolAddCommand({ pool: 'tank', topology: {} })).toThrow(ZfsUsageError);
  });
});
