import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolCheckpointCommand } from './zpoolCheckpointCommand.js';

describe('zpoolCheckpointCommand', () => {
  test('default', () => {
    expect(zpoolCheckpointCommand({ pool: 'tank' }).argv).toEqual(['zpool', 'checkpoint', 'tank']);
    expect(zpoolCheckpointCommand({ pool: 'tank', discard: true, wait: true }).argv).toEqual([
      'zpool',
      'checkpoint',
      '-d',
      '-w',
      'tank',
    ]);
  });

  test('error', () => {
    expect(() => zpoolCheckpointCommand({ pool: 'tank', wait: true })).toThrow(ZfsUsageError);
  });
});
