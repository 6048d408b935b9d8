import { describe, expect, test } from 'vitest';
import { propertyBytes } from './propertyBytes.js';

describe('propertyBytes', () => {
  test.each([
    [{ used: { parsed: 4096, rawvalue: '4096', value: '4K' } }, 4096],
    [{ used: { parsed: null, rawvalue: '8192' } }, 8192],
    [{ used: { parsed: null, rawvalue: 'none', value: 'none' } }, 0],
    [{ used: 512 }, 512],
    [{ used: null }, 0],
    [{}, 0],
    [{ used: { parsed: 'x' } }, 0],
  ])('default: %j -> %d', (row, bytes) => {
    expect(propertyBytes(row, 'used')).toBe(bytes);
  });
});
