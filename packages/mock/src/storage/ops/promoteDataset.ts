import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitSnapshot } from '../storageEvents.js';
import { splitSnapshotName } from '../storageState.js';

/**
 * `pool.dataset.promote(id)` / `zfs promote`: the clone takes over its origin snapshot and every older snapshot of
 * the origin dataset (renamed `clone@name`); the former origin dataset becomes a clone of `clone@origin-snap`, and
 * other clones of moved snapshots follow the rename. Errors: unknown dataset (ENOENT), not a clone (EBADMSG), a
 * snapshot name clash.
 * @internal
 */
export function promoteDataset(domain: StorageDomain, id: string): null {
  const state = domain.state;
  const clone = state.datasets.get(id);
  if (!clone) throw new CallError('Dataset does not exist', Errno.ENOENT);
  if (!clone.origin) throw new CallError('Only cloned datasets can be promoted', Errno.EBADMSG);
  const originFull = clone.origin;
  const { dataset: originName } = splitSnapshotName(originFull);
  const origin = state.datasets.get(originName);
  const pivot = state.snapshots.get(originFull);
  if (!origin || !pivot) throw new CallError(`cannot promote '${id}': origin does not exist`, Errno.ENOENT);
  const moving = state.snapshotsOf(originName).filter((s) => s.createtxg <= pivot.createtxg);
  for (const snap of moving) {
    if (state.snapshots.has(`${id}@${snap.name}`)) {
      throw new CallError(
        `cannot promote '${id}': snapshot name '${snap.name}' from origin conflicts with '${id}@${snap.name}' from target`,
        Errno.EEXIST,
      );
    }
  }
  const renames = new Map<string, string>();
  for (const snap of moving) {
    const old = `${originName}@${snap.name}`;
    state.snapshots.delete(old);
    snap.dataset = id;
    state.snapshots.set(`${id}@${snap.name}`, snap);
    renames.set(old, `${id}@${snap.name}`);
  }
  const previousOrigin = origin.origin;
  const previousShared = origin.shared;
  for (const ds of state.datasets.values()) {
    if (ds !== clone && ds.origin && renames.has(ds.origin)) ds.origin = renames.get(ds.origin) as string;
  }
  origin.origin = `${id}@${pivot.name}`;
  origin.shared = pivot.referenced;
  clone.origin = previousOrigin;
  clone.shared = previousShared;
  for (const [old, next] of renames) {
    emitSnapshot(domain, 'REMOVED', old);
    emitSnapshot(domain, 'ADDED', next);
  }
  emitDataset(domain, 'CHANGED', id);
  emitDataset(domain, 'CHANGED', originName);
  return null;
}
