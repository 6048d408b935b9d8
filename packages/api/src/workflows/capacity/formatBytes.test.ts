import { describe, expect, test } from 'vitest';
import { formatBytes } from './formatBytes.js';

describe('formatBytes', () => {
  test.each([
    [0, '0 B'],
    [512, '512 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [1610612736, '1.5 GiB'],
    [10 * 1024 ** 4, '10 TiB'],
    [-2048, '-2 KiB'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('default: %d -> %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
