import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import { instanceNotFound } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import { refreshAlerts } from '../storageEvents.js';
import { parentName } from '../storageState.js';
import { removeDatasets } from './destroy.js';

function failure(message: string, errno: number = Errno.EFAULT): CallError {
  return new CallError(`Failed to delete dataset: ${message}`, errno);
}

/**
 * Checks that `datasets` (with their snapshots) can be destroyed together, like `zfs destroy -r`: no snapshot
 * holds, no clones outside the set. Throws the ZFS error as a `CallError`.
 * @internal
 */
export function checkDestroyable(domain: StorageDomain, datasets: readonly string[]): void {
  const state = domain.state;
  const doomed = new Set(datasets);
  for (const name of datasets) {
    for (const snapshot of state.snapshotsOf(name)) {
      const full = `${name}@${snapshot.name}`;
      if (snapshot.holds.size > 0) throw failure(`cannot destroy snapshot ${full}: dataset is busy`, Errno.EBUSY);
      const clones = state.clonesOf(full).filter((c) => !doomed.has(c.name));
      if (clones.length > 0) {
        throw failure(
          `cannot destroy '${name}': filesystem has dependent clones\nuse '-R' to destroy the following datasets:\n${clones
            .map((c) => c.name)
            .join('\n')}`,
          Errno.EBUSY,
        );
      }
    }
  }
}

/**
 * `pool.dataset.delete(id, {recursive, force})`: unknown ids are `InstanceNotFound`; a pool's root dataset only
 * loses its children (with `recursive`); without `recursive` children or snapshots block the destroy ("filesystem has
 * children"); holds and outside clones always do. Sends REMOVED for every dataset and snapshot destroyed.
 * @internal
 */
export function deleteDataset(
  domain: StorageDomain,
  id: string,
  options: { recursive?: boolean; force?: boolean },
): true {
  const state = domain.state;
  const ds = state.datasets.get(id);
  if (!ds) throw instanceNotFound('PoolDataset', id);
  const recursive = options.recursive === true;
  const root = parentName(id) === undefined;
  const below = state.descendantsOf(id).map((d) => d.name);
  if (root && !recursive) throw failure(`cannot destroy '${id}': operation does not apply to pools`, Errno.EINVAL);
  if (!recursive) {
    const dependents = state.snapshotsOf(id).map((s) => `${id}@${s.name}`);
    if (below.length + dependents.length > 0) {
      const kind = ds.type === 'VOLUME' ? 'volume' : 'filesystem';
      throw failure(
        `cannot destroy '${id}': ${kind} has children\nuse '-r' to destroy the following datasets:\n${[...below, ...dependents].join('\n')}`,
      );
    }
  }
  const targets = root ? below : [id, ...below];
  checkDestroyable(domain, targets);
  removeDatasets(domain, targets);
  refreshAlerts(domain);
  return true;
}
