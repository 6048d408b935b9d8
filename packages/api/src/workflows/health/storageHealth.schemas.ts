import { PoolHealthLevelSchema, PoolHealthSummarySchema } from '@tn/zfs/health';
import { z } from 'zod';

/**
 * The parts of a `pool.query` row that storage health reads (loose: every other key is kept and ignored). Rows from
 * `api.pools.query()` on 25.04 and 25.10 fit as they are; `topology` vdevs stay `unknown` here and are checked one by
 * one with {@link StorageHealthVdevSchema}.
 *
 * @example
 * ```ts
 * import { StorageHealthPoolSchema } from '@tn/api';
 *
 * StorageHealthPoolSchema.parse({ name: 'tank', status: 'ONLINE', healthy: true, topology: null, scan: null });
 * ```
 */
export const StorageHealthPoolSchema = z.looseObject({
  /** Pool name; the key of `pools` in the result. */
  name: z.string(),
  /** Pool state (`ONLINE`, `DEGRADED`, `FAULTED`...); missing means unknown. */
  status: z.string().nullish(),
  /** The middleware's own verdict. */
  healthy: z.boolean().nullish(),
  /** Middleware status code (`OK`, `FAULTED_DEV_R`, `FEAT_DISABLED`...), quoted in reasons. */
  status_code: z.string().nullish(),
  /** Last or running scrub/resilver. */
  scan: z.record(z.string(), z.unknown()).nullish(),
  /** Vdev groups; `null` when the pool is not imported. */
  topology: z
    .looseObject({
      data: z.array(z.unknown()).optional(),
      log: z.array(z.unknown()).optional(),
      cache: z.array(z.unknown()).optional(),
      spare: z.array(z.unknown()).optional(),
      special: z.array(z.unknown()).optional(),
      dedup: z.array(z.unknown()).optional(),
    })
    .nullish(),
});

/**
 * A pool row as storage health reads it; see {@link StorageHealthPoolSchema}.
 *
 * @example
 * ```ts
 * import type { StorageHealthPool } from '@tn/api';
 *
 * const pool: StorageHealthPool = { name: 'tank', status: 'DEGRADED' };
 * ```
 */
export type StorageHealthPool = z.infer<typeof StorageHealthPoolSchema>;

/**
 * One vdev of a `pool.query` `topology` group (loose): disks carry `disk`, groups (`mirror-0`, `raidz1-1`) carry
 * `children`.
 *
 * @example
 * ```ts
 * import { StorageHealthVdevSchema } from '@tn/api';
 *
 * const vdev = StorageHealthVdevSchema.parse(pool.topology.data[0]);
 * console.log(vdev.name, vdev.status, vdev.children?.length);
 * ```
 */
export const StorageHealthVdevSchema = z.looseObject({
  name: z.string().nullish(),
  type: z.string().nullish(),
  /** Disk name (`sda`) of a leaf; preferred over `name` (a partuuid) in reasons. */
  disk: z.string().nullish(),
  status: z.string().nullish(),
  stats: z
    .looseObject({
      read_errors: z.number().nullish(),
      write_errors: z.number().nullish(),
      checksum_errors: z.number().nullish(),
    })
    .nullish(),
  children: z.array(z.unknown()).nullish(),
});

/**
 * A vdev as storage health reads it; see {@link StorageHealthVdevSchema}.
 *
 * @example
 * ```ts
 * import type { StorageHealthVdev } from '@tn/api';
 *
 * const vdev: StorageHealthVdev = { name: 'mirror-0', status: 'DEGRADED', children: [] };
 * ```
 */
export type StorageHealthVdev = z.infer<typeof StorageHealthVdevSchema>;

/**
 * The `scan` object of a pool row as storage health reads it (loose).
 *
 * @example
 * ```ts
 * import { StorageHealthScanSchema } from '@tn/api';
 *
 * StorageHealthScanSchema.parse({ function: 'SCRUB', state: 'FINISHED', errors: 0 });
 * ```
 */
export const StorageHealthScanSchema = z.looseObject({
  function: z.string().nullish(),
  state: z.string().nullish(),
  errors: z.number().nullish(),
});

/**
 * A scan as storage health reads it; see {@link StorageHealthScanSchema}.
 *
 * @example
 * ```ts
 * import type { StorageHealthScan } from '@tn/api';
 *
 * const scan: StorageHealthScan = { function: 'RESILVER', state: 'SCANNING', errors: 0 };
 * ```
 */
export type StorageHealthScan = z.infer<typeof StorageHealthScanSchema>;

/**
 * The fields of an `alert.list` entry that storage health reads (loose); `api.alerts.list()` entries fit.
 *
 * @example
 * ```ts
 * import { StorageHealthAlertSchema } from '@tn/api';
 *
 * StorageHealthAlertSchema.parse({ klass: 'VolumeStatus', level: 'CRITICAL', dismissed: false, formatted: 'Pool tank is DEGRADED' });
 * ```
 */
export const StorageHealthAlertSchema = z.looseObject({
  /** Alert class, e.g. `VolumeStatus`; the reason when `formatted` is empty. */
  klass: z.string(),
  /** `INFO`, `NOTICE`, `WARNING`, `ERROR`, `CRITICAL`, `ALERT` or `EMERGENCY`. */
  level: z.string(),
  /** Dismissed alerts are ignored. @default false */
  dismissed: z.boolean().nullish(),
  /** Rendered text (may hold HTML). */
  formatted: z.string().nullish(),
});

/**
 * An alert as storage health reads it; see {@link StorageHealthAlertSchema}.
 *
 * @example
 * ```ts
 * import type { StorageHealthAlert } from '@tn/api';
 *
 * const alert: StorageHealthAlert = { klass: 'ZpoolCapacityWarning', level: 'WARNING', formatted: 'Pool tank is 81% full' };
 * ```
 */
export type StorageHealthAlert = z.infer<typeof StorageHealthAlertSchema>;

/**
 * How fresh the data is: the data is stale when more than `staleAfterMs` passed between `lastContactAt` and `now`,
 * and there is no data worth trusting when `lastContactAt` is missing (never contacted).
 *
 * @example
 * ```ts
 * import { StorageHealthConnectionSchema } from '@tn/api';
 *
 * StorageHealthConnectionSchema.parse({ lastContactAt: new Date(Date.now() - 5_000), now: new Date(), staleAfterMs: 60_000 });
 * ```
 */
export const StorageHealthConnectionSchema = z.object({
  /** When the server last answered; missing when it never did. */
  lastContactAt: z.date().optional(),
  /** The time to judge staleness at (passed in so the result is deterministic). */
  now: z.date(),
  /** Longest acceptable age of the data, in ms. */
  staleAfterMs: z.number().nonnegative(),
});

/**
 * Connection freshness; see {@link StorageHealthConnectionSchema}.
 *
 * @example
 * ```ts
 * import type { StorageHealthConnection } from '@tn/api';
 *
 * const connection: StorageHealthConnection = { lastContactAt: undefined, now: new Date(), staleAfterMs: 30_000 };
 * ```
 */
export type StorageHealthConnection = z.infer<typeof StorageHealthConnectionSchema>;

/**
 * Result of `assessStorageHealth`: the overall level with its reasons, and each pool's own level and reasons keyed
 * by pool name.
 *
 * @example
 * ```ts
 * import { StorageHealthSchema } from '@tn/api';
 *
 * StorageHealthSchema.parse({ level: 'healthy', reasons: [], pools: { tank: { level: 'healthy', reasons: [] } } });
 * ```
 */
export const StorageHealthSchema = z.object({
  /** The most severe finding overall (`healthy` < `unknown` < `degraded` < `critical`). */
  level: PoolHealthLevelSchema,
  /** Every non-healthy finding, in a deterministic order. */
  reasons: z.array(z.string()),
  /** Per pool: findings from its row, plus staleness. */
  pools: z.record(z.string(), PoolHealthSummarySchema),
});

/**
 * A storage health assessment; see {@link StorageHealthSchema}.
 *
 * @example
 * ```ts
 * import type { StorageHealth } from '@tn/api';
 *
 * const page = (health: StorageHealth) => health.level === 'critical';
 * ```
 */
export type StorageHealth = z.infer<typeof StorageHealthSchema>;

/**
 * Input of `assessStorageHealth`: pool rows, alerts and connection freshness. The function trusts its input's types;
 * parse data of unknown shape with this schema first.
 *
 * @example
 * ```ts
 * import { AssessStorageHealthParametersSchema, assessStorageHealth } from '@tn/api';
 *
 * const health = assessStorageHealth(AssessStorageHealthParametersSchema.parse(JSON.parse(saved)));
 * ```
 */
export const AssessStorageHealthParametersSchema = z.object({
  /** Rows of `api.pools.query()`. */
  pools: z.array(StorageHealthPoolSchema),
  /** Entries of `api.alerts.list()`. @default [] */
  alerts: z.array(StorageHealthAlertSchema).optional(),
  /** Freshness of `pools` and `alerts`; omit when they were just fetched. @default fresh */
  connection: StorageHealthConnectionSchema.optional(),
});

/**
 * Parameters of `assessStorageHealth`; see {@link AssessStorageHealthParametersSchema}.
 *
 * @example
 * ```ts
 * import { assessStorageHealth, type AssessStorageHealthParameters } from '@tn/api';
 *
 * const input: AssessStorageHealthParameters = { pools: await api.pools.query(), alerts: await api.alerts.list() };
 * assessStorageHealth(input);
 * ```
 */
export type AssessStorageHealthParameters = z.infer<typeof AssessStorageHealthParametersSchema>;
