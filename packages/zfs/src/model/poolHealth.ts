import { z } from 'zod';
import { oneOf } from './oneOf.js';

/**
 * Overall health of one or more pools, from least to most severe: `healthy`, `unknown`, `degraded`, `critical`.
 *
 * @example
 * ```ts
 * import { PoolHealthLevelSchema } from '@tn/zfs';
 *
 * PoolHealthLevelSchema.parse('degraded');
 * ```
 */
export const PoolHealthLevelSchema = oneOf(['healthy', 'degraded', 'critical', 'unknown']);

/**
 * A health level; see {@link PoolHealthLevelSchema}.
 *
 * @example
 * ```ts
 * import type { PoolHealthLevel } from '@tn/zfs';
 *
 * const level: PoolHealthLevel = 'critical';
 * ```
 */
export type PoolHealthLevel = z.infer<typeof PoolHealthLevelSchema>;

/**
 * Result of `summarizePoolHealth`: the level and one human-readable reason per finding.
 *
 * @example
 * ```ts
 * import { PoolHealthSummarySchema } from '@tn/zfs';
 *
 * PoolHealthSummarySchema.parse({ level: 'healthy', reasons: [] });
 * ```
 */
export const PoolHealthSummarySchema = z.object({
  /** The most severe level found. */
  level: PoolHealthLevelSchema,
  /** Why, in a deterministic order (pool, then vdevs depth-first, then scan and data errors). */
  reasons: z.array(z.string()),
});

/**
 * A pool health summary; see {@link PoolHealthSummarySchema}.
 *
 * @example
 * ```ts
 * import type { PoolHealthSummary } from '@tn/zfs';
 *
 * const alert = (s: PoolHealthSummary) => s.level === 'critical';
 * ```
 */
export type PoolHealthSummary = z.infer<typeof PoolHealthSummarySchema>;
