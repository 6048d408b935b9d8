import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../errors.js';
import { assertPropertyName, assertPropertyValue } from './assertProperty.js';

describe('assertPropertyName', () => {
  test.each(['compression', 'com.example:owner', 'userquota@alice', 'feature@async_destroy', 'org.x:a-b_c'])(
    'default: %s',
    (name) => {
      expect(() => assertPropertyName(name)).not.toThrow();
    },
  );

  test.each(['', '-o', 'a=b', 'a,b', 'a b', 'a\nb', 'x'.repeat(256)])('error: %j', (name) => {
    expect(() => assertPropertyName(name)).toThrow(ZfsUsageError);
  });
});

describe('assertPropertyValue', () => {
  test('default: values with spaces, commas, = and a leading - are fine', () => {
    expect(() => assertPropertyValue('com.x:note', '-a b,c=d')).not.toThrow();
  });

  test.each(['a\nb', 'a\rb', 'a\0b', 'x'.repeat(8192)])('error: %j', (value) => {
    expect(() => assertPropertyValue('p', value)).toThrow(ZfsUsageError);
  });

  test('property: only ZfsUsageError, and never for newline-free short values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (value) => {
        try {
          assertPropertyValue('p', value);
          return !/[\0\r\n]/.test(value);
        } catch (error) {
          return error instanceof ZfsUsageError && /[\0\r\n]/.test(value);
        }
      }),
    );
  });
});
