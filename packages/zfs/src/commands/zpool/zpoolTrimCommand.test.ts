import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolTrimCommand } from './zpoolTrimCommand.js';

describe('zpoolTrimCommand', () => {
  test('default', () => {
    expect(zpoolTrimCommand({ pool: 'tank' }).argv).toEqual(['zpool', 'trim', 'tank']);
  });

  test('behavior: secure, rate, wait, devices, cancel, suspend', () => {
    expect(zpoolTrimCommand({ pool: 'tank', devices: ['sda'], secure: true, rate: '100M', wait: true }).argv).toEqual([
      'zpool',
      'trim',
      '-d',
      '-r',
      '100M',
      '-w',
      'tank',
      'sda',
    ]);
    expect(zpoolTrimCommand({ pool: 'tank', action: 'cancel' }).argv).toEqual(['zpool', 'trim', '-c', 'tank']);
    expect(zpoolTrimCommand({ pool: 'tank', action: 'suspend' }).argv).toEqual(['zpool', 'trim', '-s', 'tank']);
  });

  test('error', () => {
    expect(() => zpoolTrimCommand({ pool: 'tank', action: 'cancel', rate: 1 })).toThrow(ZfsUsageError);
    expect(() => zpoolTrimCommand({ pool: 'tank', rate: 'fast' })).toThrow(ZfsUsageError);
  });
});
