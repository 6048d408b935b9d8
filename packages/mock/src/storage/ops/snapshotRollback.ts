import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitSnapshot, refreshAlerts } from '../storageEvents.js';
import { splitSnapshotName } from '../storageState.js';
import { removeDatasets, removeSnapshots } from './destroy.js';

/** `pool.snapshot.rollback` / `zfs.snapshot.rollback` options. @internal */
export type RollbackOptions = {
  recursive?: boolean;
  recursive_clones?: boolean;
  force?: boolean;
  recursive_rollback?: boolean;
};

function failure(message: string, errno: number = Errno.EFAULT): CallError {
  return new CallError(`Failed to rollback snapshot: ${message}`, errno);
}

function rollbackOne(domain: StorageDomain, id: string, options: RollbackOptions): void {
  const state = domain.state;
  const snapshot = state.snapshots.get(id);
  if (!snapshot) throw failure(`cannot open '${id}': dataset does not exist`, Errno.ENOENT);
  const { dataset } = splitSnapshotName(id);
  const newer = state.snapshotsOf(dataset).filter((s) => s.createtxg > snapshot.createtxg);
  const newerNames = newer.map((s) => `${dataset}@${s.name}`);
  if (newer.length > 0 && !options.recursive && !options.recursive_clones) {
    throw failure(
      `cannot rollback to '${id}': more recent snapshots or bookmarks exist\nuse '-r' to force deletion of the following snapshots and bookmarks:\n${newerNames.join('\n')}`,
    );
  }
  const clones = newerNames.flatMap((n) => state.clonesOf(n).map((c) => c.name));
  if (clones.length > 0 && !options.recursive_clones) {
    throw failure(
      `cannot rollback to '${id}': clones of previous snapshots exist\nuse '-R' to force deletion of the following clones and dependents:\n${clones.join('\n')}`,
    );
  }
  const held = newer.find((s) => s.holds.size > 0);
  if (held) throw failure(`cannot destroy snapshot ${dataset}@${held.name}: dataset is busy`, Errno.EBUSY);
  if (clones.length > 0) {
    removeDatasets(domain, [...clones, ...clones.flatMap((c) => state.descendantsOf(c).map((d) => d.name))]);
  }
  removeSnapshots(domain, newerNames);
  const ds = state.datasets.get(dataset);
  if (ds) {
    ds.head = snapshot.referenced;
    ds.shared = Math.min(ds.shared, ds.head);
  }
  snapshot.unique = 0;
  emitSnapshot(domain, 'CHANGED', id);
  emitDataset(domain, 'CHANGED', dataset);
}

/**
 * Rolls a dataset back to a snapshot, like `zfs rollback` (25.04 runs the command and reports its stderr as
 * `CallError("Failed to rollback snapshot: ...")`): only to the latest snapshot unless `recursive` (destroys newer
 * snapshots) or `recursive_clones` (also their clones). `recursive_rollback` rolls back every descendant that has a
 * snapshot of the same name. The head returns to the snapshot's referenced size.
 * @internal
 */
export function rollbackSnapshot(domain: StorageDomain, id: string, options: RollbackOptions): null {
  const state = domain.state;
  if (!options.recursive_rollback) {
    rollbackOne(domain, id, options);
  } else {
    const { dataset, name } = splitSnapshotName(id);
    const all = [dataset, ...state.descendantsOf(dataset).map((d) => d.name)].map((d) => `${d}@${name}`);
    const existing = all.filter((full) => state.snapshots.has(full));
    if (existing.length === 0) throw failure(`cannot open '${id}': dataset does not exist`, Errno.ENOENT);
    for (const full of existing) rollbackOne(domain, full, options);
  }
  refreshAlerts(domain);
  return null;
}
