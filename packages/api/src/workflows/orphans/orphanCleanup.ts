import { z } from 'zod';
import { PlannedCallSchema } from '../core/plannedCall.js';
import { OrphanFindingSchema } from './orphanFinding.js';

/**
 * One orphan in a cleanup result: its kind, id and name, as in the finding.
 *
 * @example
 * ```ts
 * import { OrphanCleanupItemSchema } from '@tn/api';
 *
 * OrphanCleanupItemSchema.parse({ kind: 'iscsi-extent', id: 4, name: 'pvc-1' });
 * ```
 */
export const OrphanCleanupItemSchema = OrphanFindingSchema.pick({ kind: true, id: true, name: true });

/**
 * An item of {@link OrphanCleanupItemSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanCleanupItem } from '@tn/api';
 *
 * const label = (item: OrphanCleanupItem) => `${item.kind} ${item.id} (${item.name})`;
 * ```
 */
export type OrphanCleanupItem = z.infer<typeof OrphanCleanupItemSchema>;

/**
 * What {@link cleanupOrphans} did: the orphans deleted (none in a dry run), the ones a dry run would delete, the
 * ones skipped and why (not selected for being unmanaged, changed since the report, still in use, a volume whose
 * snapshots have clones...), the ones whose deletion failed and the error, plus the workflow record (`dryRun`, the
 * `calls` made or planned, `auditFailures`).
 *
 * @example
 * ```ts
 * import { OrphanCleanupSchema } from '@tn/api';
 *
 * OrphanCleanupSchema.parse({
 *   dryRun: true, calls: [], auditFailures: 0, deleted: [],
 *   planned: [{ kind: 'iscsi-extent', id: 4, name: 'pvc-1' }], skipped: [], failed: [],
 * });
 * ```
 */
export const OrphanCleanupSchema = z.object({
  /** Whether this was a dry run. */
  dryRun: z.boolean(),
  /** The deletions made (or, in a dry run, planned), in order; NVMe-oF port/host links included. */
  calls: z.array(PlannedCallSchema),
  /** How many audit records the sink failed to take. */
  auditFailures: z.number().int().nonnegative(),
  /** Orphans deleted, in order (empty in a dry run). */
  deleted: z.array(OrphanCleanupItemSchema),
  /** Orphans a dry run would delete, in order (empty otherwise). */
  planned: z.array(OrphanCleanupItemSchema),
  /** Orphans left alone, with the reason. */
  skipped: z.array(OrphanCleanupItemSchema.extend({ reason: z.string() })),
  /** Orphans whose deletion (or re-check) failed, with the error's message; the rest went on. */
  failed: z.array(OrphanCleanupItemSchema.extend({ error: z.string() })),
});

/**
 * A result of {@link OrphanCleanupSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanCleanup } from '@tn/api';
 *
 * const ok = (result: OrphanCleanup) => result.failed.length === 0;
 * ```
 */
export type OrphanCleanup = z.infer<typeof OrphanCleanupSchema>;
