import { poolSpace } from '../pools/poolSpace.js';
import { parentName, poolNameOf, type StorageState } from '../storageState.js';
import type { DatasetState } from '../storageTypes.js';

/**
 * The space properties of a dataset, in bytes, with ZFS's accounting:
 * `used = usedbydataset + usedbysnapshots + usedbychildren + usedbyrefreservation`; a child is charged to its parent
 * as `max(used, reservation)`; `available` is the parent's available (the pool's usable space minus the root's used
 * at the top) plus this dataset's own unused reservations, capped by `quota - used` and `refquota - referenced`.
 * @internal
 */
export type DatasetSpace = {
  used: number;
  usedbydataset: number;
  usedbysnapshots: number;
  usedbychildren: number;
  usedbyrefreservation: number;
  referenced: number;
  available: number;
};

/** A numeric local property (`0` when unset or `none`). @internal */
export function numericProp(ds: DatasetState, name: string): number {
  const raw = ds.local.get(name);
  if (raw === undefined || raw === 'none') return 0;
  const value = Number(raw);
  return Number.isFinite(value) ? value : 0;
}

/** `usedbyrefreservation`: the part of `refreservation` not yet filled by referenced data. @internal */
export function usedByRefreservation(ds: DatasetState): number {
  return Math.max(0, numericProp(ds, 'refreservation') - ds.head);
}

/** `used` of a dataset (recursive over children). @internal */
export function usedOf(state: StorageState, ds: DatasetState): number {
  let used = Math.max(0, ds.head - ds.shared) + usedByRefreservation(ds);
  for (const snapshot of state.snapshotsOf(ds.name)) used += snapshot.unique;
  for (const child of state.childrenOf(ds.name)) used += chargedOf(state, child);
  return used;
}

/** What a dataset costs its parent: `max(used, reservation)`. @internal */
export function chargedOf(state: StorageState, ds: DatasetState): number {
  return Math.max(usedOf(state, ds), numericProp(ds, 'reservation'));
}

/** `available` of a dataset. @internal */
export function availableOf(state: StorageState, ds: DatasetState): number {
  const parent = parentName(ds.name);
  const used = usedOf(state, ds);
  let available: number;
  if (parent === undefined) {
    const pool = state.poolByName(poolNameOf(ds.name));
    const usable = pool ? poolSpace(state, pool).usable : 0;
    available = usable - used;
  } else {
    const parentDs = state.datasets.get(parent);
    available = (parentDs ? availableOf(state, parentDs) : 0) + (chargedOf(state, ds) - used);
  }
  available += usedByRefreservation(ds);
  const quota = numericProp(ds, 'quota');
  if (quota > 0) available = Math.min(available, quota - used);
  const refquota = numericProp(ds, 'refquota');
  if (refquota > 0) available = Math.min(available, refquota - ds.head);
  return Math.max(0, available);
}

/** All {@link DatasetSpace} values of a dataset. @internal */
export function datasetSpace(state: StorageState, ds: DatasetState): DatasetSpace {
  let usedbysnapshots = 0;
  for (const snapshot of state.snapshotsOf(ds.name)) usedbysnapshots += snapshot.unique;
  let usedbychildren = 0;
  for (const child of state.childrenOf(ds.name)) usedbychildren += chargedOf(state, child);
  const usedbydataset = Math.max(0, ds.head - ds.shared);
  const usedbyrefreservation = usedByRefreservation(ds);
  return {
    used: usedbydataset + usedbysnapshots + usedbychildren + usedbyrefreservation,
    usedbydataset,
    usedbysnapshots,
    usedbychildren,
    usedbyrefreservation,
    referenced: ds.head,
    available: availableOf(state, ds),
  };
}
