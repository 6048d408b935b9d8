import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDisks, emitPool, refreshAlerts } from '../storageEvents.js';
import { leavesOf } from '../storageState.js';
import type { PoolState, VdevStatus } from '../storageTypes.js';

/** Announces a pool change: `pool.query` CHANGED, `disk.query` CHANGED for its disks, alert updates. @internal */
export function poolChanged(domain: StorageDomain, pool: PoolState, extraDisks: readonly string[] = []): void {
  emitPool(domain, 'CHANGED', pool);
  const disks = Object.values(pool.topology)
    .flat()
    .flatMap(leavesOf)
    .map((l) => l.disk);
  emitDisks(domain, new Set([...disks, ...extraDisks]));
  refreshAlerts(domain);
}

/**
 * Marks a pooled disk FAULTED (with I/O errors), or another vdev state: the pool becomes DEGRADED while redundancy
 * covers it, FAULTED otherwise, and a `VolumeStatus` alert is raised. Throws `MockServerError` for an unknown or
 * unpooled disk.
 * @internal
 */
export function setDiskStatus(domain: StorageDomain, disk: string, status: VdevStatus = 'FAULTED'): void {
  const location = domain.state.diskLocation(disk);
  if (!location) {
    throw new MockServerError(MockErrorCode.InvalidConfig, `Disk "${disk}" is not part of an imported pool`);
  }
  const { pool, leaf } = location;
  leaf.status = status;
  if (status === 'FAULTED') {
    leaf.readErrors += 3;
    leaf.writeErrors += 12;
  }
  poolChanged(domain, pool);
}

/**
 * Degrades a pool: faults one disk of its first redundant data vdev (or its first disk when it has no redundancy, so
 * the pool faults). Returns the failed disk's name.
 * @internal
 */
export function degradePool(domain: StorageDomain, name: string): string {
  const pool = domain.state.poolByName(name);
  if (!pool) throw new MockServerError(MockErrorCode.InvalidConfig, `Pool "${name}" does not exist`);
  const vdev = pool.topology.data.find((v) => v.kind === 'group') ?? pool.topology.data[0];
  const leaves = vdev ? leavesOf(vdev) : [];
  const leaf = leaves.find((l) => l.status === 'ONLINE') ?? leaves[0];
  if (!leaf) throw new MockServerError(MockErrorCode.InvalidConfig, `Pool "${name}" has no disks`);
  setDiskStatus(domain, leaf.disk, 'FAULTED');
  return leaf.disk;
}
