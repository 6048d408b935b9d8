import { poolNameOf, type StorageState } from '../storageState.js';
import type { DatasetState, PoolState, TopVdev } from '../storageTypes.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

function diskSize(state: StorageState, disk: string): number {
  return state.disks.get(disk)?.size ?? 0;
}

function parityOf(vdev: TopVdev): number {
  if (vdev.kind === 'leaf') return 0;
  if (vdev.type === 'RAIDZ1') return 1;
  if (vdev.type === 'RAIDZ2') return 2;
  if (vdev.type === 'RAIDZ3') return 3;
  return 0;
}

/** Raw capacity of a top-level vdev as `zpool list` counts it (raidz includes parity). @internal */
export function vdevRawSize(state: StorageState, vdev: TopVdev): number {
  if (vdev.kind === 'leaf') return diskSize(state, vdev.disk);
  const smallest = Math.min(...vdev.children.map((c) => diskSize(state, c.disk)));
  return vdev.type === 'MIRROR' ? smallest : smallest * vdev.children.length;
}

/** Capacity of a top-level vdev for data (parity excluded). @internal */
export function vdevDataSize(state: StorageState, vdev: TopVdev): number {
  if (vdev.kind === 'leaf') return diskSize(state, vdev.disk);
  const smallest = Math.min(...vdev.children.map((c) => diskSize(state, c.disk)));
  return vdev.type === 'MIRROR' ? smallest : smallest * (vdev.children.length - parityOf(vdev));
}

/**
 * Space of a pool: `size` (raw, like `zpool list`), `logical` capacity for data, `usable` (logical minus the 1/32
 * slop ZFS keeps back, clamped to 128 MiB..128 GiB), bytes `allocated` (raw) and `free`.
 * @internal
 */
export type PoolSpace = { size: number; logical: number; usable: number; allocated: number; free: number };

function storageVdevs(pool: PoolState): TopVdev[] {
  return [...pool.topology.data, ...pool.topology.special, ...pool.topology.dedup];
}

/** Logical bytes a dataset's blocks occupy (head not shared with an origin, plus snapshot-only blocks). @internal */
export function datasetAllocated(state: StorageState, ds: DatasetState): number {
  let bytes = Math.max(0, ds.head - ds.shared);
  for (const snapshot of state.snapshotsOf(ds.name)) bytes += snapshot.unique;
  return bytes;
}

/** Computes {@link PoolSpace} of an imported pool. @internal */
export function poolSpace(state: StorageState, pool: PoolState): PoolSpace {
  const vdevs = storageVdevs(pool);
  const size = vdevs.reduce((sum, v) => sum + vdevRawSize(state, v), 0);
  const logical = vdevs.reduce((sum, v) => sum + vdevDataSize(state, v), 0);
  const slop = Math.min(128 * GiB, Math.max(Math.min(128 * MiB, Math.floor(logical / 2)), Math.floor(logical / 32)));
  const usable = Math.max(0, logical - slop);
  let data = 0;
  for (const ds of state.datasets.values()) {
    if (poolNameOf(ds.name) === pool.name) data += datasetAllocated(state, ds);
  }
  const allocated = logical === 0 ? 0 : Math.min(size, Math.round((data * size) / logical));
  return { size, logical, usable, allocated, free: Math.max(0, size - allocated) };
}
