import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import { availableOf, numericProp } from '../datasets/datasetSpace.js';
import { datasetAllocated, poolSpace } from '../pools/poolSpace.js';
import { EMPTY_FILESYSTEM } from '../seed/seedPools.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitPool, refreshAlerts } from '../storageEvents.js';
import { poolNameOf } from '../storageState.js';

/**
 * Writes (positive) or deletes (negative) `bytes` in a dataset or zvol, as a client would through a share: writes
 * are bounded by `available` (and a zvol's `volsize`) and fail with ENOSPC "out of space"; deleted data still held
 * by the latest snapshot becomes that snapshot's `used`. Sends `pool.dataset.query` CHANGED.
 * @internal
 */
export function writeData(domain: StorageDomain, name: string, bytes: number): void {
  const state = domain.state;
  const ds = state.datasets.get(name);
  if (!ds) throw new MockServerError(MockErrorCode.InvalidConfig, `Dataset "${name}" does not exist`);
  if (bytes >= 0) {
    const limit = ds.type === 'VOLUME' ? numericProp(ds, 'volsize') - ds.head : Number.POSITIVE_INFINITY;
    if (bytes > availableOf(state, ds) || bytes > limit) {
      throw new CallError(`cannot write ${bytes} bytes to ${name}: out of space`, Errno.ENOSPC);
    }
    ds.head += bytes;
  } else {
    const freed = Math.min(-bytes, ds.head);
    ds.head -= freed;
    ds.shared = Math.min(ds.shared, ds.head);
    const latest = state.snapshotsOf(name).at(-1);
    if (latest) latest.unique += Math.min(freed, latest.referenced);
  }
  emitDataset(domain, 'CHANGED', name);
  const pool = state.poolByName(poolNameOf(name));
  if (pool) emitPool(domain, 'CHANGED', pool);
  refreshAlerts(domain);
}

/**
 * Fills a pool to `percent` % allocated by growing (or shrinking) the data in its root dataset, and raises the
 * capacity alerts at 80 %/90 %. Returns the percentage reached (other datasets' data cannot be removed).
 * @internal
 */
export function fillPool(domain: StorageDomain, name: string, percent: number): number {
  const state = domain.state;
  const pool = state.poolByName(name);
  const root = state.datasets.get(name);
  if (!pool || !root) throw new MockServerError(MockErrorCode.InvalidConfig, `Pool "${name}" does not exist`);
  if (!(percent >= 0 && percent <= 100)) {
    throw new MockServerError(MockErrorCode.InvalidConfig, `fillPool percent must be 0..100, got ${percent}`);
  }
  const space = poolSpace(state, pool);
  const wanted = space.size === 0 ? 0 : (space.size * percent) / 100 / (space.size / space.logical);
  let others = 0;
  for (const ds of state.datasets.values()) {
    if (ds !== root && poolNameOf(ds.name) === name) others += datasetAllocated(state, ds);
  }
  for (const snapshot of state.snapshotsOf(name)) others += snapshot.unique;
  root.head = Math.max(EMPTY_FILESYSTEM, Math.ceil(wanted - others));
  root.shared = 0;
  emitDataset(domain, 'CHANGED', name);
  emitPool(domain, 'CHANGED', pool);
  refreshAlerts(domain);
  const after = poolSpace(state, pool);
  return after.size === 0 ? 0 : (after.allocated / after.size) * 100;
}
