import { CallError, ValidationError } from '../../errors.js';
import { instanceNotFound } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitSnapshot } from '../storageEvents.js';
import { parentName, poolNameOf, type StorageState } from '../storageState.js';

function renamed(name: string, from: string, to: string): string {
  return name === from || name.startsWith(`${from}/`) || name.startsWith(`${from}@`)
    ? to + name.slice(from.length)
    : name;
}

/**
 * Renames a dataset subtree in place: datasets, their snapshots and every clone `origin` pointing into it.
 * Returns the old→new names of datasets and snapshots.
 * @internal
 */
export function moveSubtree(
  state: StorageState,
  from: string,
  to: string,
): { datasets: [string, string][]; snapshots: [string, string][] } {
  const datasets: [string, string][] = [from, ...state.descendantsOf(from).map((d) => d.name)].map((name) => [
    name,
    renamed(name, from, to),
  ]);
  const moving = [...state.snapshots].filter(([full]) => renamed(full, from, to) !== full);
  const snapshots: [string, string][] = moving.map(([full]) => [full, renamed(full, from, to)]);
  for (const [full, snap] of moving) {
    state.snapshots.delete(full);
    snap.dataset = renamed(snap.dataset, from, to);
  }
  for (const [full, snap] of moving) state.snapshots.set(renamed(full, from, to), snap);
  for (const [old, next] of datasets) {
    const ds = state.datasets.get(old);
    if (!ds) continue;
    state.datasets.delete(old);
    ds.name = next;
    state.datasets.set(next, ds);
  }
  for (const ds of state.datasets.values()) if (ds.origin) ds.origin = renamed(ds.origin, from, to);
  return { datasets, snapshots };
}

/** Why a rename without `force` is refused (`pool.dataset.rename`, `pool.snapshot.rename`). @internal */
export const FORCE_MESSAGE =
  'No safety checks are performed when renaming ZFS resources; this may break existing usages. If you understand the risks, please set force and proceed.';

/**
 * `pool.dataset.rename(id, {new_name, recursive, force})` (25.10): refused without `force`; ZFS rules for the new
 * name (same pool, existing parent, not below itself, not taken). Sends REMOVED for the old names and ADDED for the
 * new ones (datasets and snapshots).
 * @internal
 */
export function renameDataset(domain: StorageDomain, id: string, data: { new_name: string; force?: boolean }): null {
  const state = domain.state;
  if (data.force !== true) throw new ValidationError('pool.dataset.rename.force', FORCE_MESSAGE);
  if (!state.datasets.has(id)) throw instanceNotFound('PoolDataset', id);
  const target = data.new_name;
  const fail = (why: string) => new CallError(`cannot rename to '${target}': ${why}`);
  if (parentName(id) === undefined) throw new CallError(`cannot rename '${id}': operation does not apply to pools`);
  if (poolNameOf(target) !== poolNameOf(id)) throw fail('datasets must be within same pool');
  if (target.startsWith(`${id}/`)) throw fail('New name of a dataset must not be a descendant of the source');
  if (state.datasets.has(target)) throw fail('dataset already exists');
  const parent = state.datasets.get(parentName(target) ?? '');
  if (!parent) throw fail('parent does not exist');
  if (parent.type === 'VOLUME') throw fail('parent is not a filesystem');
  const moved = moveSubtree(state, id, target);
  for (const [old] of moved.snapshots) emitSnapshot(domain, 'REMOVED', old);
  for (const [old] of moved.datasets) emitDataset(domain, 'REMOVED', old);
  for (const [, next] of moved.datasets) emitDataset(domain, 'ADDED', next);
  for (const [, next] of moved.snapshots) emitSnapshot(domain, 'ADDED', next);
  return null;
}
