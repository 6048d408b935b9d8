import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../errors.js';
import { propertyArgs, propertyAssignment, propertyList } from './propertyArgs.js';

describe('propertyArgs', () => {
  test('default: one flag + name=value entry per property', () => {
    expect(propertyArgs('-o', { compression: 'lz4', atime: false, quota: 1024, readonly: true })).toEqual([
      '-o',
      'compression=lz4',
      '-o',
      'atime=off',
      '-o',
      'quota=1024',
      '-o',
      'readonly=on',
    ]);
    expect(propertyArgs('-O', undefined)).toEqual([]);
  });

  test('behavior: a value with spaces stays one argv entry', () => {
    expect(propertyAssignment('com.x:note', 'a b; rm -rf /')).toBe('com.x:note=a b; rm -rf /');
  });

  test('error: newline in value, bad names', () => {
    expect(() => propertyAssignment('com.x:note', 'a\nb')).toThrow(ZfsUsageError);
    expect(() => propertyAssignment('-o', 'x')).toThrow(ZfsUsageError);
    expect(() => propertyList(['name', 'a,b'])).toThrow(ZfsUsageError);
  });
});
