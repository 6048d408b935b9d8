import type { PoolHealthLevel } from '../model/poolHealth.js';

/**
 * Health of a pool by its state (`zpool status` `state:`, `pool.query` `status`). Every state ZFS reports for a pool
 * is listed; anything else is `unknown` (see {@link poolStateHealth}):
 *
 * | pool state | level |
 * |---|---|
 * | `ONLINE` | healthy |
 * | `DEGRADED` | degraded (redundancy lost, data still served) |
 * | `FAULTED`, `OFFLINE`, `REMOVED`, `UNAVAIL`, `SUSPENDED` | critical (data not served) |
 * | missing or any other value | unknown |
 *
 * Browser-safe: available from `@tn/zfs/health` as well as `@tn/zfs`.
 *
 * @example
 * ```ts
 * import { POOL_STATE_HEALTH } from '@tn/zfs/health';
 *
 * POOL_STATE_HEALTH.DEGRADED; // 'degraded'
 * ```
 */
export const POOL_STATE_HEALTH = Object.freeze({
  ONLINE: 'healthy',
  DEGRADED: 'degraded',
  FAULTED: 'critical',
  OFFLINE: 'critical',
  REMOVED: 'critical',
  UNAVAIL: 'critical',
  SUSPENDED: 'critical',
} as const satisfies Readonly<Record<string, PoolHealthLevel>>);

/**
 * Health of one vdev (disk, mirror, raidz, spare...) by its state. A bad vdev only degrades: whether the pool still
 * serves its data is the pool state's job ({@link POOL_STATE_HEALTH}). Anything not listed is `unknown` (see
 * {@link vdevStateHealth}):
 *
 * | vdev state | level |
 * |---|---|
 * | `ONLINE`, `AVAIL` / `INUSE` (spares), `HEALTHY` | healthy |
 * | `DEGRADED`, `FAULTED`, `OFFLINE`, `REMOVED`, `UNAVAIL` | degraded |
 * | `SUSPENDED` | critical (I/O suspended) |
 * | missing or any other value | unknown |
 *
 * @example
 * ```ts
 * import { VDEV_STATE_HEALTH } from '@tn/zfs/health';
 *
 * VDEV_STATE_HEALTH.FAULTED; // 'degraded'
 * ```
 */
export const VDEV_STATE_HEALTH = Object.freeze({
  ONLINE: 'healthy',
  AVAIL: 'healthy',
  INUSE: 'healthy',
  HEALTHY: 'healthy',
  DEGRADED: 'degraded',
  FAULTED: 'degraded',
  OFFLINE: 'degraded',
  REMOVED: 'degraded',
  UNAVAIL: 'degraded',
  SUSPENDED: 'critical',
} as const satisfies Readonly<Record<string, PoolHealthLevel>>);

/** Own-key lookup: inherited keys (`constructor`, `toString`) and anything not listed are `unknown`. */
function lookup(table: Readonly<Record<string, PoolHealthLevel>>, state: string | null | undefined): PoolHealthLevel {
  if (typeof state !== 'string' || !Object.hasOwn(table, state)) return 'unknown';
  return table[state] as PoolHealthLevel;
}

/**
 * The level of a pool state per {@link POOL_STATE_HEALTH}; `unknown` for a missing state or one not in the table
 * (inherited object keys such as `constructor` included). Case-sensitive, as ZFS prints states in capitals.
 *
 * @param state - The pool state, e.g. `DEGRADED`.
 * @returns The {@link PoolHealthLevel}.
 *
 * @example
 * ```ts
 * import { poolStateHealth } from '@tn/zfs/health';
 *
 * poolStateHealth('FAULTED'); // 'critical'
 * poolStateHealth(undefined); // 'unknown'
 * ```
 */
export function poolStateHealth(state: string | null | undefined): PoolHealthLevel {
  return lookup(POOL_STATE_HEALTH, state);
}

/**
 * The level of a vdev state per {@link VDEV_STATE_HEALTH}; `unknown` for a missing state or one not in the table.
 *
 * @param state - The vdev state, e.g. `FAULTED`.
 * @returns The {@link PoolHealthLevel}.
 *
 * @example
 * ```ts
 * import { vdevStateHealth } from '@tn/zfs/health';
 *
 * vdevStateHealth('AVAIL'); // 'healthy'
 * vdevStateHealth('SUSPENDED'); // 'critical'
 * ```
 */
export function vdevStateHealth(state: string | null | undefined): PoolHealthLevel {
  return lookup(VDEV_STATE_HEALTH, state);
}
