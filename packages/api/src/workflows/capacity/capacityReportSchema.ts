import { z } from 'zod';

const bytes = z.number().nonnegative();

/**
 * The space and over-commit figures of one pool (its root dataset) or parent dataset, bytes unless named otherwise.
 *
 * The thin-provisioning ratio is `thinRatio = allocatedBytes / physicalBytes`, where
 * - `allocatedBytes` = the sum of `volsize` of every zvol below the dataset plus the `refquota` of every filesystem
 *   below it that has one: the space promised to volumes, whether written or not;
 * - `physicalBytes` = `used + available` of the dataset: all the space the subtree can ever hold (the pool's usable
 *   capacity, after parity and the ZFS slop, at a pool's root; less below a `quota`).
 *
 * Thick zvols reserve their size (`refreservation`, counted in `used`), so they alone never push the ratio above 1;
 * sparse zvols and quotas can. Above 1 the promises exceed what exists (`overcommitted`); writes then fail with
 * ENOSPC once the pool fills. `thinRatio` is `0` when nothing is allocated; a `physicalBytes` of `0` counts as 1 byte
 * (the ratio stays finite).
 *
 * @example
 * ```ts
 * import { CapacityEntrySchema } from '@tn/api';
 *
 * CapacityEntrySchema.parse({
 *   name: 'tank/k8s', kind: 'parent', pool: 'tank', usedBytes: 1e9, availableBytes: 9e9, referencedBytes: 1e5,
 *   physicalBytes: 1e10, volsizeBytes: 3e10, refquotaBytes: 0, allocatedBytes: 3e10, zvols: 3, filesystems: 0,
 *   thinRatio: 3, overcommitted: true,
 * });
 * ```
 */
export const CapacityEntrySchema = z.object({
  /** The dataset (a pool's name for its root). */
  name: z.string(),
  /** `pool` for a pool's root dataset, `parent` for a parent dataset. */
  kind: z.literal(['pool', 'parent']),
  /** The pool it belongs to. */
  pool: z.string(),
  /** `used` of the dataset. */
  usedBytes: bytes,
  /** `available` of the dataset. */
  availableBytes: bytes,
  /** `referenced` of the dataset (its own data, children excluded). */
  referencedBytes: bytes,
  /** `used + available`: what the subtree can hold. */
  physicalBytes: bytes,
  /** Sum of `volsize` of the zvols below. */
  volsizeBytes: bytes,
  /** Sum of `refquota` of the filesystems below that have one. */
  refquotaBytes: bytes,
  /** `volsizeBytes + refquotaBytes`. */
  allocatedBytes: bytes,
  /** Zvols below (at any depth). */
  zvols: z.number().int().nonnegative(),
  /** Filesystems below (at any depth). */
  filesystems: z.number().int().nonnegative(),
  /** `allocatedBytes / physicalBytes`. */
  thinRatio: z.number().nonnegative(),
  /** `allocatedBytes > physicalBytes`. */
  overcommitted: z.boolean(),
});

/**
 * An entry of {@link CapacityEntrySchema}.
 *
 * @example
 * ```ts
 * import type { CapacityEntry } from '@tn/api';
 *
 * const show = (e: CapacityEntry) => `${e.name}: ${e.thinRatio.toFixed(2)}:1 (${e.zvols} zvols)`;
 * ```
 */
export type CapacityEntry = z.infer<typeof CapacityEntrySchema>;

/**
 * A dataset whose thin-provisioning ratio is above the warning threshold.
 *
 * @example
 * ```ts
 * import { CapacityWarningSchema } from '@tn/api';
 *
 * CapacityWarningSchema.parse({ name: 'tank', kind: 'pool', thinRatio: 2.5, warnRatio: 2, message: 'tank is over-committed 2.5:1' });
 * ```
 */
export const CapacityWarningSchema = z.object({
  /** The dataset. */
  name: z.string(),
  /** Pool root or parent dataset. */
  kind: z.literal(['pool', 'parent']),
  /** Its ratio. */
  thinRatio: z.number(),
  /** The threshold it exceeds. */
  warnRatio: z.number(),
  /** One line, with the figures and what to do. */
  message: z.string(),
});

/**
 * A warning of {@link CapacityWarningSchema}.
 *
 * @example
 * ```ts
 * import type { CapacityWarning } from '@tn/api';
 *
 * const log = (w: CapacityWarning) => console.warn(w.message);
 * ```
 */
export type CapacityWarning = z.infer<typeof CapacityWarningSchema>;

/**
 * What {@link capacityReport} and {@link computeCapacity} return: one entry per pool, one per parent dataset, and
 * the warnings (`thinRatio > warnRatio`), pools first.
 *
 * @example
 * ```ts
 * import { CapacityReportSchema } from '@tn/api';
 *
 * CapacityReportSchema.parse({ warnRatio: 2, pools: [], parents: [], warnings: [] });
 * ```
 */
export const CapacityReportSchema = z.object({
  /** The threshold used. */
  warnRatio: z.number(),
  /** One entry per pool (its root dataset), by name. */
  pools: z.array(CapacityEntrySchema),
  /** One entry per parent dataset, in the order asked for (by name by default). */
  parents: z.array(CapacityEntrySchema),
  /** Entries above `warnRatio`. */
  warnings: z.array(CapacityWarningSchema),
});

/**
 * A report of {@link CapacityReportSchema}.
 *
 * @example
 * ```ts
 * import type { CapacityReport } from '@tn/api';
 *
 * const worst = (r: CapacityReport) => Math.max(0, ...r.parents.map((p) => p.thinRatio));
 * ```
 */
export type CapacityReport = z.infer<typeof CapacityReportSchema>;
