import type { StorageState } from '../storageState.js';
import type { DatasetState, SnapshotState } from '../storageTypes.js';

/** Takes a snapshot of `ds` named `name` (no validation, no events): it references the head as it is now. @internal */
export function insertSnapshot(
  state: StorageState,
  ds: DatasetState,
  name: string,
  options: { creation?: Date; unique?: number; holds?: readonly string[]; properties?: Map<string, string> } = {},
): SnapshotState {
  const snapshot: SnapshotState = {
    dataset: ds.name,
    name,
    createtxg: state.nextTxg(),
    creation: options.creation ?? new Date(Math.floor(Date.now() / 1000) * 1000),
    guid: state.newGuid('snapshot'),
    referenced: ds.head,
    unique: options.unique ?? 0,
    holds: new Set(options.holds ?? []),
    local: options.properties ?? new Map(),
    deferDestroy: false,
  };
  state.snapshots.set(`${ds.name}@${name}`, snapshot);
  return snapshot;
}
