import { z } from 'zod';
import { RetentionInputError } from './retentionInputError.js';

const count = z.int().min(0);

/**
 * The GFS (grandfather-father-son) part of a {@link RetentionPolicy}: for each period, how many of the most recent
 * buckets (that contain a snapshot) keep their newest snapshot. Buckets are UTC hours, UTC days, ISO weeks (Monday
 * to Sunday, UTC), UTC months and UTC years. Strict: unknown keys are refused.
 *
 * @example
 * ```ts
 * import { RetentionGfsSchema } from '@tn/api';
 *
 * const gfs = RetentionGfsSchema.parse({ hourly: 24, daily: 7, weekly: 4, monthly: 12 });
 * ```
 */
export const RetentionGfsSchema = z.strictObject({
  /** Keep the newest snapshot of each of the last `hourly` UTC hours that have one. */
  hourly: count.optional(),
  /** Keep the newest snapshot of each of the last `daily` UTC days that have one. */
  daily: count.optional(),
  /** Keep the newest snapshot of each of the last `weekly` ISO weeks (UTC) that have one. */
  weekly: count.optional(),
  /** Keep the newest snapshot of each of the last `monthly` UTC months that have one. */
  monthly: count.optional(),
  /** Keep the newest snapshot of each of the last `yearly` UTC years that have one. */
  yearly: count.optional(),
});

/**
 * Parsed {@link RetentionGfsSchema}.
 *
 * @example
 * ```ts
 * import type { RetentionGfs } from '@tn/api';
 *
 * const gfs: RetentionGfs = { daily: 7, weekly: 4 };
 * ```
 */
export type RetentionGfs = z.infer<typeof RetentionGfsSchema>;

/** Whether a policy has a rule that can keep at least one snapshot. */
function keepsSomething(policy: { keepLast?: number; maxAgeMs?: number; gfs?: RetentionGfs }): boolean {
  if ((policy.keepLast ?? 0) > 0 || policy.maxAgeMs !== undefined) return true;
  return Object.values(policy.gfs ?? {}).some((n) => (n ?? 0) > 0);
}

/**
 * A snapshot retention policy for one volume (dataset or zvol). Strict: unknown keys are refused.
 *
 * Rules (a snapshot is kept when ANY rule keeps it):
 * - `keepLast`: the `keepLast` newest snapshots.
 * - `maxAgeMs`: snapshots younger than `maxAgeMs` (created after `now - maxAgeMs`; exactly that old is too old).
 * - `gfs`: see {@link RetentionGfsSchema}.
 *
 * Never deleted, whatever the rules: held snapshots, snapshots with clones, and `protect`ed ones. A `protect` entry
 * is a string or a RegExp, matched against the snapshot's short name (the part after `@`): a string without `@`
 * protects names starting with it (`'manual-'`), a string with `@` protects exactly that full name
 * (`'tank/vm@golden'`), a RegExp protects names it matches (its `g`/`y` flags are ignored).
 *
 * The policy must contain a rule that can keep something (`keepLast >= 1`, `maxAgeMs`, or a GFS count `>= 1`):
 * otherwise every unprotected snapshot would go, so it is refused (`protect` alone is not a rule).
 *
 * @example
 * ```ts
 * import { RetentionPolicySchema } from '@tn/api';
 *
 * const policy = RetentionPolicySchema.parse({
 *   keepLast: 3,
 *   maxAgeMs: 7 * 24 * 3_600_000,
 *   gfs: { daily: 14, weekly: 8, monthly: 12 },
 *   protect: ['manual-', /^pre-upgrade/],
 * });
 * ```
 */
export const RetentionPolicySchema = z
  .strictObject({
    /** Keep the `keepLast` newest snapshots. */
    keepLast: count.optional(),
    /** Keep snapshots younger than this many milliseconds. */
    maxAgeMs: z.number().positive().optional(),
    /** Keep the newest snapshot of the most recent calendar buckets. */
    gfs: RetentionGfsSchema.optional(),
    /** Snapshots never to delete: short-name prefixes, full names (with `@`) or RegExps on the short name. */
    protect: z.array(z.union([z.string().min(1), z.instanceof(RegExp)])).optional(),
  })
  .refine(keepsSomething, {
    message: 'no rule keeps anything (set keepLast >= 1, maxAgeMs or a gfs count >= 1): it would delete every snapshot',
  });

/**
 * Parsed {@link RetentionPolicySchema}.
 *
 * @example
 * ```ts
 * import type { RetentionPolicy } from '@tn/api';
 *
 * const policy: RetentionPolicy = { keepLast: 10, protect: ['manual-'] };
 * ```
 */
export type RetentionPolicy = z.infer<typeof RetentionPolicySchema>;

/**
 * Validates a retention policy; throws {@link RetentionInputError} (`subject: 'policy'`) when it is malformed or
 * has no rule that can keep a snapshot.
 *
 * @param input - the policy, e.g. read from a config file.
 * @example
 * ```ts
 * import { parseRetentionPolicy } from '@tn/api';
 *
 * const policy = parseRetentionPolicy({ keepLast: 5 });
 * parseRetentionPolicy({ protect: ['manual-'] }); // throws RetentionInputError: no rule keeps anything
 * ```
 */
export function parseRetentionPolicy(input: unknown): RetentionPolicy {
  const parsed = RetentionPolicySchema.safeParse(input);
  if (!parsed.success) throw RetentionInputError.fromZod('policy', parsed.error);
  return parsed.data;
}
