import type { PoolHealthLevel } from '@tn/zfs/health';

/**
 * Health level of an active (not dismissed) alert by its middleware level. Any other level is `unknown` (see
 * {@link alertLevelHealth}):
 *
 * | alert level | level |
 * |---|---|
 * | `INFO`, `NOTICE` | healthy (no effect) |
 * | `WARNING`, `ERROR` | degraded |
 * | `CRITICAL`, `ALERT`, `EMERGENCY` | critical |
 * | any other value | unknown |
 *
 * @example
 * ```ts
 * import { ALERT_LEVEL_HEALTH } from '@tn/api';
 *
 * ALERT_LEVEL_HEALTH.ERROR; // 'degraded'
 * ```
 */
export const ALERT_LEVEL_HEALTH = Object.freeze({
  INFO: 'healthy',
  NOTICE: 'healthy',
  WARNING: 'degraded',
  ERROR: 'degraded',
  CRITICAL: 'critical',
  ALERT: 'critical',
  EMERGENCY: 'critical',
} as const satisfies Readonly<Record<string, PoolHealthLevel>>);

/**
 * The level of an alert level per {@link ALERT_LEVEL_HEALTH} (own keys only, case-sensitive); `unknown` otherwise.
 *
 * @param level - The alert's `level`, e.g. `CRITICAL`.
 * @returns The health level.
 *
 * @example
 * ```ts
 * import { alertLevelHealth } from '@tn/api';
 *
 * alertLevelHealth('WARNING'); // 'degraded'
 * alertLevelHealth('DEBUG'); // 'unknown'
 * ```
 */
export function alertLevelHealth(level: string): PoolHealthLevel {
  return Object.hasOwn(ALERT_LEVEL_HEALTH, level)
    ? ALERT_LEVEL_HEALTH[level as keyof typeof ALERT_LEVEL_HEALTH]
    : 'unknown';
}
