/**
 * The GFS periods, finest first.
 *
 * @example
 * ```ts
 * import { GFS_PERIODS } from './gfsBucket.js';
 *
 * GFS_PERIODS; // ['hourly', 'daily', 'weekly', 'monthly', 'yearly']
 * ```
 * @internal
 */
export const GFS_PERIODS = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;

/**
 * One of {@link GFS_PERIODS}.
 *
 * @example
 * ```ts
 * import type { GfsPeriod } from './gfsBucket.js';
 *
 * const period: GfsPeriod = 'weekly';
 * ```
 * @internal
 */
export type GfsPeriod = (typeof GFS_PERIODS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The bucket of `date` for a GFS period, as an integer that grows with time: the UTC hour, the UTC day, the ISO week
 * (weeks start on Monday 00:00 UTC), the UTC month or the UTC year. Two dates share a bucket iff their keys are equal.
 *
 * @param period - the GFS period.
 * @param date - the snapshot's creation time.
 * @example
 * ```ts
 * import { gfsBucketKey } from './gfsBucket.js';
 *
 * gfsBucketKey('weekly', new Date('2025-06-01T23:00Z')) === gfsBucketKey('weekly', new Date('2025-05-26T00:00Z')); // true
 * ```
 * @internal
 */
export function gfsBucketKey(period: GfsPeriod, date: Date): number {
  const t = date.getTime();
  switch (period) {
    case 'hourly':
      return Math.floor(t / HOUR);
    case 'daily':
      return Math.floor(t / DAY);
    case 'weekly':
      // 1970-01-01 was a Thursday: shifting by 3 days makes week boundaries fall on Mondays.
      return Math.floor((Math.floor(t / DAY) + 3) / 7);
    case 'monthly':
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    case 'yearly':
      return date.getUTCFullYear();
  }
}
