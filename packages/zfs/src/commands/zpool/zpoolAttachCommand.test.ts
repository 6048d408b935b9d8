import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolAttachCommand } from './zpoolAttachCommand.js';

describe('zpoolAttachCommand', () => {
  test('default', () => {
    expect(zpoolAttachCommand({ pool: 'tank', device: 'sda', newDevice: 'sdb' }).argv).toEqual([
      'zpool',
      'attach',
      'tank',
      'sda',
      'sdb',
    ]);
  });

  test('behavior: force, wait, ashift', () => {
    expect(
      zpoolAttachCommand({
        pool: 'tank',
        device: 'sda',
        newDevice: 'sdb',
        force: true,
        wait: true,
        properties: { ashift: 12 },
      }).argv,
    ).toEqual(['zpool', 'attach', '-f', '-w', '-o', 'ashift=12', 'tank', 'sda', 'sdb']);
  });

  test('error', () => {
    expect(() => zpoolAttachCommand({ pool: 'tank', device: 'sda', newDevice: '-f' })).toThrow(ZfsUsageError);
  });
});
