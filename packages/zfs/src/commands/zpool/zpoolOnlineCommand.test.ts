import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolOnlineCommand } from './zpoolOnlineCommand.js';

describe('zpoolOnlineCommand', () => {
  test('default', () => {
    expect(zpoolOnlineCommand({ pool: 'tank', devices: ['sdb', 'sdc'] }).argv).toEqual([
      'zpool',
      'online',
      'tank',
      'sdb',
      'sdc',
    ]);
    expect(zpoolOnlineCommand({ pool: 'tank', devices: ['sdb'], expand: true }).argv).toEqual([
      'zpool',
      'online',
      '-e',
      'tank',
      'sdb',
    ]);
  });

  test('error', () => {
    expect(() => zpoolOnlineCommand({ pool: 'tank', devices: [] })).toThrow(ZfsUsageError);
  });
});
