import { guidFor } from './nextRowId.js';
import {
  type AlertState,
  type DatasetState,
  type DiskState,
  type ExportedPool,
  type LeafVdev,
  type PoolState,
  type SnapshotState,
  TOPOLOGY_CLASSES,
  type TopVdev,
} from './storageTypes.js';

/** Parent dataset name, `undefined` for a pool's root dataset. @internal */
export function parentName(name: string): string | undefined {
  const index = name.lastIndexOf('/');
  return index === -1 ? undefined : name.slice(0, index);
}

/** Pool name of a dataset or snapshot name. @internal */
export function poolNameOf(name: string): string {
  return name.split(/[/@]/, 1)[0] as string;
}

/** Splits `dataset@snap`. @internal */
export function splitSnapshotName(full: string): { dataset: string; name: string } {
  const at = full.indexOf('@');
  return { dataset: full.slice(0, at), name: full.slice(at + 1) };
}

/** Every leaf vdev of a top-level vdev. @internal */
export function leavesOf(vdev: TopVdev): LeafVdev[] {
  return vdev.kind === 'leaf' ? [vdev] : vdev.children;
}

/**
 * The whole storage model of one server: pools (with vdevs), disks, datasets, snapshots, alerts, exported pools, the
 * transaction group counter and the guid generator. Plain data; operations live in `ops/`.
 * @internal
 */
export class StorageState {
  readonly pools = new Map<number, PoolState>();
  readonly disks = new Map<string, DiskState>();
  readonly datasets = new Map<string, DatasetState>();
  readonly snapshots = new Map<string, SnapshotState>();
  alerts: AlertState[] = [];
  readonly exported: ExportedPool[] = [];
  txg = 1;
  #guids = 0;

  /** Next transaction group number. */
  nextTxg(): number {
    this.txg += 1;
    return this.txg;
  }

  /** A new deterministic guid (the sequence restarts with every fresh state). */
  newGuid(kind: string): string {
    this.#guids += 1;
    return guidFor(`${kind}:${this.#guids}`);
  }

  poolByName(name: string): PoolState | undefined {
    for (const pool of this.pools.values()) if (pool.name === name) return pool;
    return undefined;
  }

  /** Pools in id order. */
  poolList(): PoolState[] {
    return [...this.pools.values()].sort((a, b) => a.id - b.id);
  }

  /** Datasets in ZFS iteration order (depth first, children by name). */
  datasetList(): DatasetState[] {
    return [...this.datasets.values()].sort((a, b) => compareDatasetNames(a.name, b.name));
  }

  /** Direct children of a dataset. */
  childrenOf(name: string): DatasetState[] {
    return this.datasetList().filter((ds) => parentName(ds.name) === name);
  }

  /** Every descendant of a dataset (not the dataset itself). */
  descendantsOf(name: string): DatasetState[] {
    const prefix = `${name}/`;
    return this.datasetList().filter((ds) => ds.name.startsWith(prefix));
  }

  /** Snapshots of one dataset, oldest first. */
  snapshotsOf(dataset: string): SnapshotState[] {
    return [...this.snapshots.values()].filter((s) => s.dataset === dataset).sort((a, b) => a.createtxg - b.createtxg);
  }

  /** Every snapshot, in dataset order then oldest first. */
  snapshotList(): SnapshotState[] {
    return this.datasetList().flatMap((ds) => this.snapshotsOf(ds.name));
  }

  /** Datasets cloned from a snapshot (`pool/ds@snap`). */
  clonesOf(snapshot: string): DatasetState[] {
    return this.datasetList().filter((ds) => ds.origin === snapshot);
  }

  /** The pool holding a disk, and its leaf vdev. */
  diskLocation(disk: string): { pool: PoolState; leaf: LeafVdev } | undefined {
    for (const pool of this.pools.values()) {
      for (const cls of TOPOLOGY_CLASSES) {
        for (const vdev of pool.topology[cls]) {
          const leaf = leavesOf(vdev).find((l) => l.disk === disk);
          if (leaf) return { pool, leaf };
        }
      }
    }
    return undefined;
  }

  /** Whether a disk belongs to an imported or exported pool. */
  diskInUse(disk: string): boolean {
    if (this.diskLocation(disk)) return true;
    return this.exported.some((e) =>
      TOPOLOGY_CLASSES.some((cls) => e.pool.topology[cls].some((v) => leavesOf(v).some((l) => l.disk === disk))),
    );
  }
}

/** ZFS order: compares path segments, so `tank/a/b` sorts before `tank/a-b`. @internal */
export function compareDatasetNames(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
