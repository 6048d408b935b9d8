import { leavesOf } from '../storageState.js';
import type { GroupVdev, LeafVdev, PoolState, TopVdev, VdevStatus } from '../storageTypes.js';

/** A pool's health as `pool.query` reports it. @internal */
export type PoolHealth = {
  status: 'ONLINE' | 'DEGRADED' | 'FAULTED';
  healthy: boolean;
  warning: boolean;
  statusCode: string;
  statusDetail: string | null;
};

const REPLICAS_OK = 'Sufficient replicas exist for the pool to continue functioning in a degraded state.';
const DETAILS: Record<string, string> = {
  FEAT_DISABLED: 'Some supported and requested features are not enabled on the pool.',
  FAULTED_DEV_R: `One or more devices are faulted in response to persistent errors. ${REPLICAS_OK}`,
  FAULTED_DEV_NR:
    'One or more devices are faulted in response to persistent errors.  There are insufficient replicas for the pool to continue functioning.',
  OFFLINE_DEV: `One or more devices has been taken offline by the administrator. ${REPLICAS_OK}`,
  REMOVED_DEV: `One or more devices has been removed by the administrator. ${REPLICAS_OK}`,
  FAILING_DEV:
    'One or more devices has experienced an unrecoverable error.  An attempt was made to correct the error.  Applications are unaffected.',
  RESILVERING:
    'One or more devices is currently being resilvered.  The pool will continue to function, possibly in a degraded state.',
};

function tolerance(vdev: GroupVdev): number {
  if (vdev.type === 'MIRROR') return vdev.children.length - 1;
  return Number(vdev.type.slice(-1));
}

/** Status of a top-level vdev: a group is DEGRADED while its redundancy covers the bad children, else UNAVAIL. @internal */
export function vdevStatus(vdev: TopVdev): VdevStatus {
  if (vdev.kind === 'leaf') return vdev.status;
  const bad = vdev.children.filter((c) => c.status !== 'ONLINE').length;
  if (bad === 0) return 'ONLINE';
  return bad <= tolerance(vdev) ? 'DEGRADED' : 'UNAVAIL';
}

function hasErrors(leaf: LeafVdev): boolean {
  return leaf.readErrors + leaf.writeErrors + leaf.checksumErrors > 0;
}

function leafCode(leaves: LeafVdev[]): string {
  if (leaves.some((l) => l.status === 'FAULTED' || l.status === 'UNAVAIL')) return 'FAULTED_DEV_R';
  if (leaves.some((l) => l.status === 'REMOVED')) return 'REMOVED_DEV';
  return 'OFFLINE_DEV';
}

/**
 * Derives status, `healthy`, `warning`, `status_code` and `status_detail` from the vdev tree (redundancy aware), a
 * running resilver and the upgrade state.
 * @internal
 */
export function poolHealth(pool: PoolState): PoolHealth {
  const critical = [...pool.topology.data, ...pool.topology.special, ...pool.topology.dedup];
  const leaves = [...critical, ...pool.topology.log].flatMap(leavesOf);
  const unavailable = critical.some((v) => {
    const status = vdevStatus(v);
    return status !== 'ONLINE' && status !== 'DEGRADED';
  });
  const degraded = leaves.some((l) => l.status !== 'ONLINE');
  const resilvering = pool.scan?.function === 'RESILVER' && pool.scan.state === 'SCANNING';
  let status: PoolHealth['status'] = 'ONLINE';
  let statusCode = 'OK';
  if (unavailable) {
    status = 'FAULTED';
    statusCode = 'FAULTED_DEV_NR';
  } else if (degraded) {
    status = 'DEGRADED';
    statusCode = resilvering ? 'RESILVERING' : leafCode(leaves);
  } else if (resilvering) statusCode = 'RESILVERING';
  else if (leaves.some(hasErrors)) statusCode = 'FAILING_DEV';
  else if (!pool.upgraded) statusCode = 'FEAT_DISABLED';
  const healthy = status === 'ONLINE' && statusCode !== 'FAILING_DEV';
  return {
    status,
    healthy,
    warning: statusCode !== 'OK' && healthy,
    statusCode,
    statusDetail: DETAILS[statusCode] ?? null,
  };
}
