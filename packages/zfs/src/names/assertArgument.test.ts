import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../errors.js';
import { assertArgument } from './assertArgument.js';

describe('assertArgument', () => {
  test('default: accepts paths and tags', () => {
    expect(() => assertArgument('/dev/disk/by-id/ata-X 1', 'device')).not.toThrow();
    expect(() => assertArgument('backup:2024', 'hold tag')).not.toThrow();
  });

  test.each(['', '-f', '--force', 'a\nb', 'a\0b', 'a\rb'])('error: %j', (value) => {
    expect(() => assertArgument(value, 'device')).toThrow(ZfsUsageError);
  });

  test('property: throws nothing but ZfsUsageError', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        try {
          assertArgument(value, 'x');
          return value !== '' && !value.startsWith('-');
        } catch (error) {
          return error instanceof ZfsUsageError;
        }
      }),
    );
  });
});
