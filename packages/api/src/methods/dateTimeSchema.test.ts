import { describe, expect, test } from 'vitest';
import { DateTimeSchema } from './dateTimeSchema.js';

describe('DateTimeSchema', () => {
  test('default: a Date passes through; {$date: ms} becomes a Date', () => {
    const date = new Date(1_700_000_000_000);
    expect(DateTimeSchema.parse(date)).toBe(date);
    expect(DateTimeSchema.parse({ $date: 1_700_000_000_000 })).toEqual(date);
  });

  test('error: strings, numbers, invalid dates and other objects are refused', () => {
    for (const bad of [
      '2023-11-14T22:13:20Z',
      1_700_000_000_000,
      new Date(Number.NaN),
      { $date: '1' },
      { $date: 1, x: 2 },
    ]) {
      expect(DateTimeSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});
