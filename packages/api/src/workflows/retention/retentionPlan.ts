import { z } from 'zod';

/**
 * Why {@link planRetention} keeps a snapshot: a rule (`keepLast`, `maxAge`, `gfs:<period>`) or a safeguard
 * (`held`, `protected`, `has clones`). Listed in this order on each kept entry.
 *
 * @example
 * ```ts
 * import { RetentionKeepReasonSchema } from '@tn/api';
 *
 * RetentionKeepReasonSchema.parse('held'); // 'held'
 * [...RetentionKeepReasonSchema.values]; // ['keepLast', 'maxAge', 'gfs:hourly', ..., 'has clones']
 * ```
 */
export const RetentionKeepReasonSchema = z.literal([
  'keepLast',
  'maxAge',
  'gfs:hourly',
  'gfs:daily',
  'gfs:weekly',
  'gfs:monthly',
  'gfs:yearly',
  'held',
  'protected',
  'has clones',
]);

/**
 * Parsed {@link RetentionKeepReasonSchema}.
 *
 * @example
 * ```ts
 * import type { RetentionKeepReason } from '@tn/api';
 *
 * const reason: RetentionKeepReason = 'gfs:weekly';
 * ```
 */
export type RetentionKeepReason = z.infer<typeof RetentionKeepReasonSchema>;

/**
 * The result of {@link planRetention}: every input snapshot lands in exactly one list, both sorted newest first
 * (creation time, then `createtxg`, then name). `keep` entries say every reason that keeps them; `delete` entries
 * say which rules did not keep them.
 *
 * @example
 * ```ts
 * import { RetentionPlanSchema } from '@tn/api';
 *
 * const plan = RetentionPlanSchema.parse({
 *   keep: [{ name: 'tank/vm@b', createdAt: new Date('2025-06-02'), reasons: ['keepLast'] }],
 *   delete: [{ name: 'tank/vm@a', createdAt: new Date('2025-06-01'), reason: 'not kept by: keepLast 1' }],
 * });
 * ```
 */
export const RetentionPlanSchema = z.strictObject({
  /** Snapshots that stay, newest first. */
  keep: z.array(
    z.strictObject({
      /** Full snapshot name. */
      name: z.string(),
      /** Its creation time. */
      createdAt: z.date(),
      /** Every reason it is kept, in {@link RetentionKeepReasonSchema} order. */
      reasons: z.array(RetentionKeepReasonSchema).min(1),
    }),
  ),
  /** Snapshots to delete, newest first. */
  delete: z.array(
    z.strictObject({
      /** Full snapshot name. */
      name: z.string(),
      /** Its creation time. */
      createdAt: z.date(),
      /** Which rules did not keep it, in words. */
      reason: z.string(),
    }),
  ),
});

/**
 * Parsed {@link RetentionPlanSchema}.
 *
 * @example
 * ```ts
 * import type { RetentionPlan } from '@tn/api';
 *
 * declare const plan: RetentionPlan;
 * for (const { name, reason } of plan.delete) console.log(name, reason);
 * ```
 */
export type RetentionPlan = z.infer<typeof RetentionPlanSchema>;
