import { uuidFor } from '../nextRowId.js';
import type { StorageState } from '../storageState.js';
import type { GroupType, LeafVdev, TopVdev } from '../storageTypes.js';

/** A new healthy leaf vdev on `disk` (fresh guid and partition uuid). @internal */
export function newLeaf(state: StorageState, disk: string): LeafVdev {
  const guid = state.newGuid('vdev');
  return {
    kind: 'leaf',
    guid,
    disk,
    partuuid: uuidFor(`partuuid:${disk}:${guid}`),
    status: 'ONLINE',
    readErrors: 0,
    writeErrors: 0,
    checksumErrors: 0,
  };
}

/** A top-level vdev: one leaf for `STRIPE`, else a group of leaves. @internal */
export function newVdev(state: StorageState, type: GroupType | 'STRIPE', disks: readonly string[]): TopVdev {
  const leaves = disks.map((d) => newLeaf(state, d));
  if (type === 'STRIPE') return leaves[0] as LeafVdev;
  return { kind: 'group', guid: state.newGuid('vdev'), type, children: leaves };
}

/** Smallest number of disks of a vdev type. @internal */
export function minimumDisks(type: GroupType | 'STRIPE'): number {
  if (type === 'STRIPE') return 1;
  if (type === 'MIRROR') return 2;
  return Number(type.slice(-1)) + 2;
}
