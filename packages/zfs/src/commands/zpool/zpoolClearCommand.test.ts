import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolClearCommand } from './zpoolClearCommand.js';

describe('zpoolClearCommand', () => {
  test('default', () => {
    expect(zpoolClearCommand({ pool: 'tank' }).argv).toEqual(['zpool', 'clear', 'tank']);
    expect(zpoolClearCommand({ pool: 'tank', devices: ['sdb'] }).argv).toEqual(['zpool', 'clear', 'tank', 'sdb']);
  });

  test('error', () => {
    expect(() => zpoolClearCommand({ pool: 'c0' })).toThrow(ZfsUsageError);
  });
});
