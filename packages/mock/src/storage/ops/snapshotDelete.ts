import { Errno } from '../../errno.js';
import { CallError, ValidationError, ValidationErrors } from '../../errors.js';
import { pyRepr } from '../alerts/alertClasses.js';
import { instanceNotFound } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitSnapshot, refreshAlerts } from '../storageEvents.js';
import { splitSnapshotName } from '../storageState.js';
import { removeSnapshots } from './destroy.js';

/** Verbose name of the snapshot service of a profile (`InstanceNotFound` messages). @internal */
export function snapshotVerboseName(domain: StorageDomain): string {
  return domain.profile === '25.10' ? 'PoolSnapshot' : 'ZFSSnapshot';
}

/** ZFS's refusal to destroy a snapshot that has clones (EBUSY), naming them. @internal */
export function dependentClones(full: string, clones: readonly string[]): CallError {
  return new CallError(
    `cannot destroy snapshot ${full}: snapshot has dependent clones\nuse '-R' to destroy the following datasets:\n${clones.join('\n')}`,
    Errno.EBUSY,
  );
}

/**
 * `pool.snapshot.delete` / `zfs.snapshot.delete(id, {defer, recursive})`: 25.10 refuses names without `@`; unknown
 * snapshots are `InstanceNotFound`; held snapshots are busy; a snapshot with clones needs `defer` (25.04: ValidationErrors
 * on `options.defer` naming the clones, as `zfs.snapshot.delete` does; 25.10: EBUSY "has dependent clones") and is then only marked `defer_destroy` until its last clone goes.
 * `recursive` also deletes the same-named snapshots of descendants. Sends REMOVED (`extra.recursive`).
 * @internal
 */
export function deleteSnapshot(
  domain: StorageDomain,
  id: string,
  options: { defer?: boolean; recursive?: boolean },
): true {
  const state = domain.state;
  if (!id.includes('@')) {
    if (domain.profile === '25.10')
      throw new ValidationError('pool.snapshot.delete', `Invalid snapshot name: ${pyRepr(id)}`);
    throw instanceNotFound(snapshotVerboseName(domain), id);
  }
  const snapshot = state.snapshots.get(id);
  if (!snapshot) throw instanceNotFound(snapshotVerboseName(domain), id);
  const { dataset, name } = splitSnapshotName(id);
  const targets = [id];
  if (options.recursive) {
    for (const ds of state.descendantsOf(dataset))
      if (state.snapshots.has(`${ds.name}@${name}`)) targets.push(`${ds.name}@${name}`);
  }
  const deferred: string[] = [];
  for (const full of targets) {
    const snap = state.snapshots.get(full);
    if (!snap) continue;
    if (snap.holds.size > 0) throw new CallError(`cannot destroy snapshot ${full}: dataset is busy`, Errno.EBUSY);
    const clones = state.clonesOf(full);
    if (clones.length === 0) continue;
    if (!options.defer && domain.profile === '25.10')
      throw dependentClones(
        full,
        clones.map((c) => c.name),
      );
    if (!options.defer) {
      throw new ValidationErrors([
        [
          'options.defer',
          `Please set this attribute as ${pyRepr(full)} snapshot has dependent clones: ${clones.map((c) => c.name).join(', ')}`,
          Errno.EINVAL,
        ],
      ]);
    }
    deferred.push(full);
  }
  for (const full of deferred) {
    const snap = state.snapshots.get(full);
    if (snap) snap.deferDestroy = true;
    emitSnapshot(domain, 'CHANGED', full);
  }
  removeSnapshots(
    domain,
    targets.filter((t) => !deferred.includes(t)),
    options.recursive === true,
  );
  refreshAlerts(domain);
  return true;
}

/** One `snapshots.snapshots` entry of `pool.dataset.destroy_snapshots`: a name or an inclusive `{start, end}` range. */
type SnapshotSpec = string | { start?: string | null; end?: string | null };

function selectNames(all: string[], specs: readonly SnapshotSpec[]): Set<string> {
  const out = new Set<string>();
  for (const spec of specs) {
    if (typeof spec === 'string') {
      if (all.includes(spec)) out.add(spec);
      continue;
    }
    const start = spec.start ? all.indexOf(spec.start) : 0;
    const end = spec.end ? all.indexOf(spec.end) : all.length - 1;
    if (start === -1 || end === -1) continue;
    for (let i = start; i <= end; i++) out.add(all[i] as string);
  }
  return out;
}

/**
 * `pool.dataset.destroy_snapshots(name, {all, recursive, snapshots})` (a job): picks snapshots of the dataset (and of
 * its descendants with `recursive`) by name, by `{start, end}` range (oldest to newest) or `all`; refuses held or
 * cloned ones; returns the destroyed names.
 * @internal
 */
export function destroySnapshots(domain: StorageDomain, name: string, spec: Record<string, unknown>): string[] {
  const state = domain.state;
  if (!state.datasets.has(name)) throw instanceNotFound('PoolDataset', name);
  const datasets = [name, ...(spec.recursive === true ? state.descendantsOf(name).map((d) => d.name) : [])];
  const chosen: string[] = [];
  for (const ds of datasets) {
    const all = state.snapshotsOf(ds).map((s) => s.name);
    const picked = spec.all === true ? new Set(all) : selectNames(all, (spec.snapshots ?? []) as SnapshotSpec[]);
    for (const snap of all) if (picked.has(snap)) chosen.push(`${ds}@${snap}`);
  }
  for (const full of chosen) {
    const snap = state.snapshots.get(full);
    if (snap && snap.holds.size > 0)
      throw new CallError(`cannot destroy snapshot ${full}: dataset is busy`, Errno.EBUSY);
    const clones = state.clonesOf(full);
    if (clones.length > 0)
      throw dependentClones(
        full,
        clones.map((c) => c.name),
      );
  }
  removeSnapshots(domain, chosen);
  refreshAlerts(domain);
  return chosen;
}
