import { describe, expect, test } from 'vitest';
import { lowestFree } from './provisionContext.js';

describe('lowestFree', () => {
  test('default: the lowest number not taken, from the first allowed', () => {
    expect(lowestFree([])).toBe(0);
    expect(lowestFree([0, 1, 3])).toBe(2);
    expect(lowestFree([1, 2], 1)).toBe(3);
    expect(lowestFree(new Set([5]), 1)).toBe(1);
  });
});
