import { z } from 'zod';
import { ZfsDateSchema } from './zfsDate.js';
import { ZfsNumberSchema } from './zfsNumber.js';

/**
 * One pool or vdev row of `zpool iostat`.
 *
 * @example
 * ```ts
 * import { ZpoolIostatRowSchema } from '@tn/zfs';
 *
 * ZpoolIostatRowSchema.parse({ name: 'tank', depth: 0, pool: 'tank', values: {} });
 * ```
 */
export const ZpoolIostatRowSchema = z.looseObject({
  /** Pool or vdev name. */
  name: z.string(),
  /** 0 for a pool row, 1 for its top-level vdevs (`-v`), ... */
  depth: z.number(),
  /** The pool the row belongs to. */
  pool: z.string(),
  /** Section of a vdev row (`logs`, `cache`, `spares`, `special`, `dedup`), if any. */
  group: z.string().optional(),
  /**
   * Values by column key (`capacity.alloc`, `capacity.free`, `operations.read`, `operations.write`,
   * `bandwidth.read`, `bandwidth.write`, or `<group>.<column>` for `-l`/`-q` layouts). `-` cells are left out.
   */
  values: z.record(z.string(), ZfsNumberSchema),
});

/**
 * A `zpool iostat` row; see {@link ZpoolIostatRowSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolIostatRow } from '@tn/zfs';
 *
 * const readOps = (row: ZpoolIostatRow) => row.values['operations.read']?.value ?? 0;
 * ```
 */
export type ZpoolIostatRow = z.infer<typeof ZpoolIostatRowSchema>;

/**
 * One report of `zpool iostat` (the first is the average since boot; each interval adds one).
 *
 * @example
 * ```ts
 * import { ZpoolIostatSampleSchema } from '@tn/zfs';
 *
 * ZpoolIostatSampleSchema.parse({ rows: [] });
 * ```
 */
export const ZpoolIostatSampleSchema = z.looseObject({
  /** The `-T u|d` timestamp printed before the report. */
  timestamp: ZfsDateSchema.optional(),
  /** Rows in printed order. */
  rows: z.array(ZpoolIostatRowSchema),
});

/**
 * One `zpool iostat` report; see {@link ZpoolIostatSampleSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolIostatSample } from '@tn/zfs';
 *
 * const pools = (s: ZpoolIostatSample) => s.rows.filter((r) => r.depth === 0);
 * ```
 */
export type ZpoolIostatSample = z.infer<typeof ZpoolIostatSampleSchema>;

/**
 * Parsed `zpool iostat` output.
 *
 * @example
 * ```ts
 * import { ZpoolIostatSchema } from '@tn/zfs';
 *
 * ZpoolIostatSchema.parse({ columns: ['capacity.alloc'], samples: [] });
 * ```
 */
export const ZpoolIostatSchema = z.looseObject({
  /** Column keys in printed order (after the name column). */
  columns: z.array(z.string()),
  /** Reports in printed order. */
  samples: z.array(ZpoolIostatSampleSchema),
});

/**
 * Parsed `zpool iostat` output; see {@link ZpoolIostatSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolIostat } from '@tn/zfs';
 *
 * const latest = (io: ZpoolIostat) => io.samples.at(-1);
 * ```
 */
export type ZpoolIostat = z.infer<typeof ZpoolIostatSchema>;
