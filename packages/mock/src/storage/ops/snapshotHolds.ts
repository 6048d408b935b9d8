import { Errno } from '../../errno.js';
import { CallError, ValidationError } from '../../errors.js';
import { instanceNotFound } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitSnapshot } from '../storageEvents.js';
import { splitSnapshotName } from '../storageState.js';
import { FORCE_MESSAGE } from './renameDataset.js';
import { snapshotVerboseName } from './snapshotDelete.js';

/** The snapshot and, with `recursive`, the same-named snapshots of descendants. */
function targetsOf(domain: StorageDomain, id: string, recursive: boolean): string[] {
  const state = domain.state;
  if (!state.snapshots.has(id)) throw new CallError(`cannot open '${id}': dataset does not exist`, Errno.ENOENT);
  if (!recursive) return [id];
  const { dataset, name } = splitSnapshotName(id);
  return [
    id,
    ...state
      .descendantsOf(dataset)
      .map((d) => `${d.name}@${name}`)
      .filter((s) => state.snapshots.has(s)),
  ];
}

/** `hold(id, {recursive})`: adds the `truenas` tag (EEXIST when already held with it). Returns `null`. @internal */
export function holdSnapshot(domain: StorageDomain, id: string, options: { recursive?: boolean }): null {
  const targets = targetsOf(domain, id, options.recursive === true);
  for (const full of targets) {
    if (domain.state.snapshots.get(full)?.holds.has('truenas')) {
      throw new CallError(`cannot hold snapshot '${full}': tag already exists on this dataset`, Errno.EEXIST);
    }
  }
  for (const full of targets) {
    domain.state.snapshots.get(full)?.holds.add('truenas');
    emitSnapshot(domain, 'CHANGED', full);
  }
  return null;
}

/**
 * `release(id, {recursive})`: 25.10 removes every hold tag (a no-op without holds); 25.04 releases the `truenas`
 * tag and fails without it ("no such tag on this dataset"). Returns `null`.
 * @internal
 */
export function releaseSnapshot(domain: StorageDomain, id: string, options: { recursive?: boolean }): null {
  const targets = targetsOf(domain, id, options.recursive === true);
  const all = domain.profile === '25.10';
  if (!all) {
    const missing = targets.find((full) => !domain.state.snapshots.get(full)?.holds.has('truenas'));
    if (missing)
      throw new CallError(`cannot release hold from snapshot '${missing}': no such tag on this dataset`, Errno.ESRCH);
  }
  for (const full of targets) {
    const holds = domain.state.snapshots.get(full)?.holds;
    if (!holds) continue;
    if (all) holds.clear();
    else holds.delete('truenas');
    emitSnapshot(domain, 'CHANGED', full);
  }
  return null;
}

/**
 * `pool.snapshot.rename(id, {new_name, force})` (25.10): needs `force`, stays within the dataset; clones follow the
 * new name. Sends REMOVED/ADDED. Returns `null`.
 * @internal
 */
export function renameSnapshot(
  domain: StorageDomain,
  id: string,
  options: { new_name: string; force?: boolean },
): null {
  const state = domain.state;
  if (options.force !== true) throw new ValidationError('pool.snapshot.rename.force', FORCE_MESSAGE);
  if (options.new_name.split('@')[0] !== id.split('@')[0]) {
    throw new ValidationError(
      'pool.snapshot.rename.new_name',
      'Old and new snapshot must be part of the same ZFS dataset',
    );
  }
  const snapshot = state.snapshots.get(id);
  if (!snapshot) throw instanceNotFound(snapshotVerboseName(domain), id);
  const target = options.new_name;
  const { name } = splitSnapshotName(target);
  if (!/^[A-Za-z0-9_.:-]+$/.test(name))
    throw new CallError(`cannot rename to '${target}': invalid snapshot name`, Errno.EINVAL);
  if (state.snapshots.has(target))
    throw new CallError(`cannot rename to '${target}': dataset already exists`, Errno.EEXIST);
  state.snapshots.delete(id);
  snapshot.name = name;
  state.snapshots.set(target, snapshot);
  const clones = state.clonesOf(id);
  for (const clone of clones) clone.origin = target;
  emitSnapshot(domain, 'REMOVED', id);
  emitSnapshot(domain, 'ADDED', target);
  for (const clone of clones) emitDataset(domain, 'CHANGED', clone.name);
  return null;
}
