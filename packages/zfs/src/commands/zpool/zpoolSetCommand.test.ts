import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolSetCommand } from './zpoolSetCommand.js';

describe('zpoolSetCommand', () => {
  test('default', () => {
    expect(zpoolSetCommand({ pool: 'tank', property: 'autotrim', value: true }).argv).toEqual([
      'zpool',
      'set',
      'autotrim=on',
      'tank',
    ]);
  });

  test('error', () => {
    expect(() => zpoolSetCommand({ pool: 'tank', property: 'comment', value: 'a\nb' })).toThrow(ZfsUsageError);
  });
});
