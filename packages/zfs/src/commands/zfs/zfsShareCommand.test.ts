import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsShareCommand } from './zfsShareCommand.js';

describe('zfsShareCommand', () => {
  test('default', () => {
    expect(zfsShareCommand({ name: 'tank/export' }).argv).toEqual(['zfs', 'share', 'tank/export']);
    expect(zfsShareCommand({ all: true }).argv).toEqual(['zfs', 'share', '-a']);
  });

  test('error', () => {
    expect(() => zfsShareCommand({ name: 'tank', all: true })).toThrow(ZfsUsageError);
  });
});
