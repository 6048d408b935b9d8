import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import { EMPTY_VOLUME, insertDataset } from '../datasets/insertDataset.js';
import { normalizeSeedProps } from '../datasets/normalizeSeedProps.js';
import { parseZfsSize } from '../format/zfsFormat.js';
import { insertSnapshot } from '../snapshots/insertSnapshot.js';
import { parentName, type StorageState, splitSnapshotName } from '../storageState.js';
import type { DatasetState, SnapshotState } from '../storageTypes.js';
import { EMPTY_FILESYSTEM, SEED_EPOCH } from './seedPools.js';
import type { SeedDataset, SeedSnapshot, StorageSeed } from './storageSeed.js';

function invalid(message: string): MockServerError {
  return new MockServerError(MockErrorCode.InvalidConfig, message);
}

function seedDate(state: StorageState): Date {
  return new Date(SEED_EPOCH + state.txg * 60_000);
}

function volumeProps(seed: SeedDataset, local: Map<string, string>): void {
  const blocksize = parseZfsSize(seed.volblocksize ?? '16K');
  if (blocksize === undefined) throw invalid(`Dataset "${seed.name}": bad volblocksize "${seed.volblocksize}"`);
  if (seed.volsize === undefined || seed.volsize <= 0 || seed.volsize % blocksize !== 0) {
    throw invalid(`Dataset "${seed.name}": volsize must be a positive multiple of volblocksize (${blocksize})`);
  }
  local.set('volsize', String(seed.volsize));
  local.set('volblocksize', String(blocksize));
  if (!local.has('refreservation')) local.set('refreservation', seed.sparse ? '0' : String(seed.volsize));
}

/**
 * Adds a seeded filesystem or zvol (or a clone, with `origin`). Throws `MockServerError` for a missing or zvol
 * parent, an existing name, a missing origin or a bad volume size.
 * @internal
 */
export function addSeedDataset(state: StorageState, seed: SeedDataset): DatasetState {
  if (state.datasets.has(seed.name)) throw invalid(`Dataset "${seed.name}" exists`);
  const parent = state.datasets.get(parentName(seed.name) ?? '');
  if (!parent) throw invalid(`Dataset "${seed.name}": parent does not exist`);
  if (parent.type === 'VOLUME') throw invalid(`Dataset "${seed.name}": parent is a volume`);
  const type = seed.type ?? 'FILESYSTEM';
  const local = normalizeSeedProps(seed.properties ?? {}, `dataset "${seed.name}"`);
  if (seed.comments !== undefined) local.set('org.freenas:description', seed.comments);
  if (type === 'VOLUME') volumeProps(seed, local);
  else if (!local.has('xattr')) local.set('xattr', 'sa');
  let shared = 0;
  if (seed.origin !== undefined) {
    const origin = state.snapshots.get(seed.origin);
    if (!origin) throw invalid(`Dataset "${seed.name}": origin "${seed.origin}" does not exist`);
    shared = origin.referenced;
  }
  const empty = type === 'VOLUME' ? EMPTY_VOLUME : EMPTY_FILESYSTEM;
  return insertDataset(state, {
    name: seed.name,
    type,
    local,
    head: seed.origin !== undefined ? shared + (seed.used ?? 0) : (seed.used ?? empty),
    shared,
    origin: seed.origin ?? null,
    creation: seedDate(state),
  });
}

/** Adds a seeded snapshot. Throws `MockServerError` for a missing dataset or an existing name. @internal */
export function addSeedSnapshot(state: StorageState, seed: SeedSnapshot): SnapshotState {
  const { dataset, name } = splitSnapshotName(seed.name);
  const ds = state.datasets.get(dataset);
  if (!ds) throw invalid(`Snapshot "${seed.name}": dataset does not exist`);
  if (state.snapshots.has(seed.name) || name === '') throw invalid(`Snapshot "${seed.name}" exists or is unnamed`);
  return insertSnapshot(state, ds, name, {
    creation: seedDate(state),
    unique: seed.used ?? 0,
    holds: seed.holds ?? [],
  });
}

/**
 * Adds a seed's datasets then its snapshots, in order; snapshots a clone's `origin` needs are taken just before the
 * clone (once their dataset exists).
 * @internal
 */
export function addSeedDatasets(state: StorageState, seed: StorageSeed): void {
  const pending = [...(seed.snapshots ?? [])];
  const flush = (only?: string) => {
    for (let i = 0; i < pending.length; ) {
      const snapshot = pending[i] as SeedSnapshot;
      const ready = state.datasets.has(splitSnapshotName(snapshot.name).dataset);
      if (ready && (only === undefined || snapshot.name === only)) {
        addSeedSnapshot(state, snapshot);
        pending.splice(i, 1);
      } else i++;
    }
  };
  for (const dataset of seed.datasets ?? []) {
    if (dataset.origin !== undefined && !state.snapshots.has(dataset.origin)) flush(dataset.origin);
    addSeedDataset(state, dataset);
  }
  flush();
  for (const snapshot of pending) addSeedSnapshot(state, snapshot);
}
