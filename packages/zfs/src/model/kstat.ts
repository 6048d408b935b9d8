import { z } from 'zod';
import { oneOf } from './oneOf.js';

/**
 * A kstat file of `/proc/spl/kstat/zfs` (`arcstats`, `<pool>/io`, `<pool>/objset-N`, ...).
 *
 * Values stay strings so that 64-bit counters are exact; `types` gives the kstat data type of named values
 * (`1`/`3` signed, `2`/`4` unsigned, `7` string).
 *
 * @example
 * ```ts
 * import { KstatSchema } from '@tn/zfs';
 *
 * KstatSchema.parse({ kind: 'named', values: { hits: '42' }, types: { hits: 4 } });
 * ```
 */
export const KstatSchema = z.looseObject({
  /** The first line: `<kid> <type> <flags> <ndata> <data_size> <crtime> <snaptime>`. */
  header: z
    .object({
      /** kstat id. */
      kid: z.number(),
      /** kstat type: 1 named, 3 I/O, ... */
      type: z.number(),
      /** Flags as printed (`0x01`). */
      flags: z.string(),
      /** Number of data records. */
      ndata: z.number(),
      /** Size of the data in bytes. */
      dataSize: z.number(),
      /** Creation time in nanoseconds since boot (a string: it can exceed 2^53). */
      crtime: z.string(),
      /** Last snapshot time in nanoseconds since boot. */
      snaptime: z.string(),
    })
    .optional(),
  /** `named` (`name type data` rows), `io` (one row of column values) or `raw` (anything else, as lines). */
  kind: oneOf(['named', 'io', 'raw']),
  /** Values by name, as printed. */
  values: z.record(z.string(), z.string()),
  /** kstat data type of each named value. */
  types: z.record(z.string(), z.number()),
  /** Body lines of a `raw` kstat. */
  lines: z.array(z.string()).optional(),
});

/**
 * A parsed kstat file; see {@link KstatSchema}.
 *
 * @example
 * ```ts
 * import type { Kstat } from '@tn/zfs';
 *
 * const reads = (k: Kstat) => BigInt(k.values.reads ?? '0');
 * ```
 */
export type Kstat = z.infer<typeof KstatSchema>;

/**
 * ARC statistics from `/proc/spl/kstat/zfs/arcstats`, with derived hit ratios and sizes.
 *
 * Counters are JavaScript numbers (exact up to 2^53, far beyond real ARC counters); use {@link Kstat} `values` for
 * the exact strings.
 *
 * @example
 * ```ts
 * import { ArcStatsSchema } from '@tn/zfs';
 *
 * ArcStatsSchema.parse({ values: {}, hits: 0, misses: 0, hitRatio: null, size: 0, targetSize: 0 });
 * ```
 */
export const ArcStatsSchema = z.looseObject({
  /** Every numeric counter by name. */
  values: z.record(z.string(), z.number()),
  /** `hits`. */
  hits: z.number(),
  /** `misses`. */
  misses: z.number(),
  /** hits / (hits + misses), `null` before any access. */
  hitRatio: z.number().nullable(),
  /** Demand (data + metadata) hits / accesses, when reported. */
  demandHitRatio: z.number().nullable().optional(),
  /** Prefetch (data + metadata) hits / accesses, when reported. */
  prefetchHitRatio: z.number().nullable().optional(),
  /** Current ARC size in bytes (`size`). */
  size: z.number(),
  /** Target size `c`. */
  targetSize: z.number(),
  /** `c_min`. */
  minSize: z.number().optional(),
  /** `c_max`. */
  maxSize: z.number().optional(),
  /** MRU size (`mru_size`). */
  mruSize: z.number().optional(),
  /** MFU size (`mfu_size`). */
  mfuSize: z.number().optional(),
  /** Data size (`data_size`). */
  dataSize: z.number().optional(),
  /** Metadata size (`metadata_size`). */
  metadataSize: z.number().optional(),
  /** L2ARC hits / accesses, `null` when there were none, missing without L2ARC counters. */
  l2HitRatio: z.number().nullable().optional(),
  /** L2ARC size (`l2_size`). */
  l2Size: z.number().optional(),
});

/**
 * Parsed ARC statistics; see {@link ArcStatsSchema}.
 *
 * @example
 * ```ts
 * import type { ArcStats } from '@tn/zfs';
 *
 * const percent = (a: ArcStats) => (a.hitRatio ?? 0) * 100;
 * ```
 */
export type ArcStats = z.infer<typeof ArcStatsSchema>;

/**
 * The one-word pool state file `/proc/spl/kstat/zfs/<pool>/state`.
 *
 * @example
 * ```ts
 * import { KstatPoolStateSchema } from '@tn/zfs';
 *
 * KstatPoolStateSchema.parse({ state: 'ONLINE' });
 * ```
 */
export const KstatPoolStateSchema = z.object({
  /** `ONLINE`, `DEGRADED`, `FAULTED`, `SUSPENDED`, ... */
  state: z.string(),
});

/**
 * A parsed pool state file; see {@link KstatPoolStateSchema}.
 *
 * @example
 * ```ts
 * import type { KstatPoolState } from '@tn/zfs';
 *
 * const online = (s: KstatPoolState) => s.state === 'ONLINE';
 * ```
 */
export type KstatPoolState = z.infer<typeof KstatPoolStateSchema>;
