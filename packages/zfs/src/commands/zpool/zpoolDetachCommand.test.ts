import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolDetachCommand } from './zpoolDetachCommand.js';

describe('zpoolDetachCommand', () => {
  test('default', () => {
    expect(zpoolDetachCommand({ pool: 'tank', device: '/dev/sdb' }).argv).toEqual([
      'zpool',
      'detach',
      'tank',
      '/dev/sdb',
    ]);
  });

  test('error', () => {
    expect(() => zpoolDetachCommand({ pool: 'tank', device: '' })).toThrow(ZfsUsageError);
  });
});
