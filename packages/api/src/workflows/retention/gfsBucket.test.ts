import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GFS_PERIODS, gfsBucketKey } from './gfsBucket.js';

const at = (iso: string) => new Date(iso);

describe('gfsBucketKey', () => {
  test.each([
    ['hourly', '2025-06-01T10:00:00Z', '2025-06-01T10:59:59.999Z', true],
    ['hourly', '2025-06-01T10:59:59Z', '2025-06-01T11:00:00Z', false],
    ['daily', '2025-06-01T00:00:00Z', '2025-06-01T23:59:59Z', true],
    ['daily', '2025-06-01T23:59:59Z', '2025-06-02T00:00:00Z', false],
    // 2025-05-26 is a Monday, 2025-06-01 a Sunday: one ISO week.
    ['weekly', '2025-05-26T00:00:00Z', '2025-06-01T23:59:59Z', true],
    ['weekly', '2025-06-01T23:59:59Z', '2025-06-02T00:00:00Z', false],
    // ISO week 2025-W01 starts on Monday 2024-12-30.
    ['weekly', '2024-12-30T00:00:00Z', '2025-01-05T12:00:00Z', true],
    ['weekly', '2024-12-29T23:59:59Z', '2024-12-30T00:00:00Z', false],
    ['weekly', '1970-01-04T23:00:00Z', '1970-01-01T00:00:00Z', true],
    ['weekly', '1970-01-04T23:59:59Z', '1970-01-05T00:00:00Z', false],
    ['weekly', '1969-12-29T00:00:00Z', '1970-01-01T00:00:00Z', true],
    ['monthly', '2025-02-01T00:00:00Z', '2025-02-28T23:59:59Z', true],
    ['monthly', '2024-12-31T23:59:59Z', '2025-01-01T00:00:00Z', false],
    ['yearly', '2025-01-01T00:00:00Z', '2025-12-31T23:59:59Z', true],
    ['yearly', '2024-12-31T23:59:59Z', '2025-01-01T00:00:00Z', false],
  ] as const)('behavior: %s %s vs %s same bucket = %s', (period, a, b, same) => {
    expect(gfsBucketKey(period, at(a)) === gfsBucketKey(period, at(b))).toBe(same);
  });

  test('behavior: UTC, not local time (a +14:00 offset does not move the day)', () => {
    expect(gfsBucketKey('daily', at('2025-06-01T23:30:00+14:00'))).toBe(gfsBucketKey('daily', at('2025-06-01T09:30Z')));
  });

  test('behavior: keys never decrease with time, and coarser buckets contain finer ones', () => {
    const date = fc.date({ min: new Date('1960-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [early, late] = a.getTime() <= b.getTime() ? [a, b] : [b, a];
        for (const period of GFS_PERIODS)
          expect(gfsBucketKey(period, early)).toBeLessThanOrEqual(gfsBucketKey(period, late));
        if (gfsBucketKey('hourly', a) === gfsBucketKey('hourly', b))
          expect(gfsBucketKey('daily', a)).toBe(gfsBucketKey('daily', b));
        if (gfsBucketKey('daily', a) === gfsBucketKey('daily', b)) {
          expect(gfsBucketKey('weekly', a)).toBe(gfsBucketKey('weekly', b));
          expect(gfsBucketKey('monthly', a)).toBe(gfsBucketKey('monthly', b));
        }
        if (gfsBucketKey('monthly', a) === gfsBucketKey('monthly', b))
          expect(gfsBucketKey('yearly', a)).toBe(gfsBucketKey('yearly', b));
      }),
    );
  });

  test('behavior: weeks start on Monday 00:00 UTC', () => {
    const date = fc.date({ min: new Date('1960-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const prev = new Date(d.getTime() - 1);
        const changed = gfsBucketKey('weekly', prev) !== gfsBucketKey('weekly', d);
        const mondayMidnight = d.getUTCDay() === 1 && d.getTime() % 86_400_000 === 0;
        expect(changed).toBe(mondayMidnight);
      }),
    );
  });
});
