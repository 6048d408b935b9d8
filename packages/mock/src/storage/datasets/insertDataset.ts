import type { StorageState } from '../storageState.js';
import type { DatasetState, DatasetType } from '../storageTypes.js';

/** Bytes an empty zvol references. @internal */
export const EMPTY_VOLUME = 57344;

/** What a new dataset needs. @internal */
export type DatasetInit = {
  name: string;
  type: DatasetType;
  local: Map<string, string>;
  /** @default 96 KiB for filesystems, 56 KiB for volumes */
  head?: number;
  /** Bytes shared with the origin (clones). @default 0 */
  shared?: number;
  origin?: string | null;
  /** @default now (whole seconds) */
  creation?: Date;
};

/** Adds a dataset with a fresh txg and guid (no validation, no events). @internal */
export function insertDataset(state: StorageState, init: DatasetInit): DatasetState {
  const ds: DatasetState = {
    name: init.name,
    type: init.type,
    local: init.local,
    head: init.head ?? (init.type === 'VOLUME' ? EMPTY_VOLUME : 98304),
    shared: init.shared ?? 0,
    createtxg: state.nextTxg(),
    creation: init.creation ?? new Date(Math.floor(Date.now() / 1000) * 1000),
    guid: state.newGuid('dataset'),
    origin: init.origin ?? null,
  };
  state.datasets.set(ds.name, ds);
  return ds;
}
