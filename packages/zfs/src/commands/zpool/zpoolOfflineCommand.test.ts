import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolOfflineCommand } from './zpoolOfflineCommand.js';

describe('zpoolOfflineCommand', () => {
  test('default', () => {
    expect(zpoolOfflineCommand({ pool: 'tank', devices: ['sdb'] }).argv).toEqual(['zpool', 'offline', 'tank', 'sdb']);
    expect(zpoolOfflineCommand({ pool: 'tank', devices: ['sdb'], temporary: true, force: true }).argv).toEqual([
      'zpool',
      'offline',
      '-t',
      '-f',
      'tank',
      'sdb',
    ]);
  });

  test('error', () => {
    expect(() => zpoolOfflineCommand({ pool: 'tank', devices: ['-t'] })).toThrow(ZfsUsageError);
    expect(() => zpoolOfflineCommand({ pool: 'tank', devices: [] })).toThrow(ZfsUsageError);
  });
});
