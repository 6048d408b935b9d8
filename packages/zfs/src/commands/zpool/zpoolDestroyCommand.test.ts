import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolDestroyCommand } from './zpoolDestroyCommand.js';

describe('zpoolDestroyCommand', () => {
  test('default', () => {
    expect(zpoolDestroyCommand({ pool: 'tank' }).argv).toEqual(['zpool', 'destroy', 'tank']);
    expect(zpoolDestroyCommand({ pool: 'tank', force: true }).argv).toEqual(['zpool', 'destroy', '-f', 'tank']);
  });

  test('error', () => {
    expect(() => zpoolDestroyCommand({ pool: 'tank/a' })).toThrow(ZfsUsageError);
  });
});
