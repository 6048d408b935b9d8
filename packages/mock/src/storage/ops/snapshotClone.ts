import { Errno } from '../../errno.js';
import { CallError, ValidationErrors } from '../../errors.js';
import { MockServerError } from '../../mockServerError.js';
import { insertDataset } from '../datasets/insertDataset.js';
import { normalizeSeedProps } from '../datasets/normalizeSeedProps.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitSnapshot } from '../storageEvents.js';
import { parentName, poolNameOf } from '../storageState.js';

/** `pool.snapshot.clone` / `zfs.snapshot.clone` payload. @internal */
export type SnapshotCloneData = { snapshot: string; dataset_dst: string; dataset_properties?: Record<string, unknown> };

/**
 * Clones a snapshot into a new dataset of the same type (a zvol's size and block size are kept; a clone has no
 * `refreservation`). The clone references the snapshot's data without using space (`origin` is set). ZFS failures
 * are `CallError("Failed to clone snapshot: ...")`. Returns `true`.
 * @internal
 */
export function cloneSnapshot(domain: StorageDomain, data: SnapshotCloneData): true {
  const state = domain.state;
  const missing = (['snapshot', 'dataset_dst'] as const).filter((key) => typeof data[key] !== 'string');
  if (missing.length > 0) {
    throw new ValidationErrors(missing.map((key) => [`snapshot_clone.${key}`, 'Field required', Errno.EINVAL]));
  }
  const fail = (why: string, errno: number = Errno.EFAULT) => new CallError(`Failed to clone snapshot: ${why}`, errno);
  const snapshot = state.snapshots.get(data.snapshot);
  if (!snapshot) throw fail(`cannot open '${data.snapshot}': dataset does not exist`, Errno.ENOENT);
  const target = data.dataset_dst;
  if (state.datasets.has(target)) throw fail(`cannot create '${target}': dataset already exists`, Errno.EEXIST);
  const parent = state.datasets.get(parentName(target) ?? '');
  if (!parent) throw fail(`cannot create '${target}': parent does not exist`, Errno.ENOENT);
  if (poolNameOf(target) !== poolNameOf(data.snapshot)) {
    throw fail(`cannot create '${target}': source and target pools differ`, Errno.EXDEV);
  }
  if (parent.type === 'VOLUME') throw fail(`cannot create '${target}': parent is not a filesystem`);
  const source = state.datasets.get(snapshot.dataset);
  let local: Map<string, string>;
  try {
    const props: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(data.dataset_properties ?? {})) props[key] = String(value);
    local = normalizeSeedProps(props, `clone "${target}"`);
  } catch (err) {
    throw fail(err instanceof MockServerError ? err.shortMessage : String(err), Errno.EINVAL);
  }
  if (source?.type === 'VOLUME') {
    for (const prop of ['volsize', 'volblocksize']) local.set(prop, source.local.get(prop) ?? '0');
  } else if (!local.has('xattr')) local.set('xattr', 'sa');
  insertDataset(state, {
    name: target,
    type: source?.type ?? 'FILESYSTEM',
    local,
    head: snapshot.referenced,
    shared: snapshot.referenced,
    origin: data.snapshot,
  });
  emitDataset(domain, 'ADDED', target);
  emitSnapshot(domain, 'CHANGED', data.snapshot);
  return true;
}
