/**
 * Internal state of the storage emulation: plain mutable records owned by one {@link StorageState}. Rows sent to
 * clients are built from these by the `*Row.ts` builders.
 * @internal
 */

/** Status of a vdev (leaf or group) or pool, as `zpool status` names it. @internal */
export type VdevStatus = 'ONLINE' | 'DEGRADED' | 'FAULTED' | 'OFFLINE' | 'UNAVAIL' | 'REMOVED';

/** A disk inside a pool (a partition of it, on a real system). @internal */
export type LeafVdev = {
  kind: 'leaf';
  guid: string;
  /** Disk name (`sda`). */
  disk: string;
  /** Partition uuid: the vdev's `name` and the tail of its `path`. */
  partuuid: string;
  status: VdevStatus;
  readErrors: number;
  writeErrors: number;
  checksumErrors: number;
};

/** Redundant top-level vdev types. @internal */
export type GroupType = 'MIRROR' | 'RAIDZ1' | 'RAIDZ2' | 'RAIDZ3';

/** A mirror or raidz vdev. @internal */
export type GroupVdev = {
  kind: 'group';
  guid: string;
  type: GroupType;
  children: LeafVdev[];
};

/** A top-level vdev: a single disk (stripe) or a group. @internal */
export type TopVdev = LeafVdev | GroupVdev;

/** The vdev classes of `pool.query` `topology`. @internal */
export const TOPOLOGY_CLASSES = ['data', 'log', 'cache', 'spare', 'special', 'dedup'] as const;

/** One vdev class. @internal */
export type TopologyClass = (typeof TOPOLOGY_CLASSES)[number];

/** A pool's vdev tree. @internal */
export type Topology = Record<TopologyClass, TopVdev[]>;

/** A scrub or resilver, current or last. @internal */
export type ScanState = {
  function: 'SCRUB' | 'RESILVER';
  state: 'SCANNING' | 'FINISHED' | 'CANCELED';
  startTime: Date;
  endTime: Date | null;
  /** 0–100. */
  percentage: number;
  bytesToProcess: number;
  /** Set while paused. */
  pause: Date | null;
  errors: number;
};

/** A raidz expansion, current or last. @internal */
export type ExpandState = {
  state: 'EXPANDING' | 'FINISHED';
  expandingVdev: number;
  startTime: Date;
  endTime: Date | null;
  bytesToReflow: number;
  bytesReflowed: number;
};

/** An imported pool. @internal */
export type PoolState = {
  id: number;
  name: string;
  guid: string;
  topology: Topology;
  scan: ScanState | null;
  expand: ExpandState | null;
  autotrim: boolean;
  upgraded: boolean;
};

/** A physical disk. @internal */
export type DiskState = {
  name: string;
  serial: string;
  lunid: string | null;
  size: number;
  model: string;
  type: 'HDD' | 'SSD';
  rotationrate: number | null;
  /** `major * 256 + minor`. */
  number: number;
  description: string;
  bus: string;
};

/** Dataset kinds. @internal */
export type DatasetType = 'FILESYSTEM' | 'VOLUME';

/** A filesystem or zvol (the pool's root dataset included). @internal */
export type DatasetState = {
  /** Full name, `tank/a/b`. */
  name: string;
  type: DatasetType;
  /** Locally set properties: ZFS names (and `user:props`) to raw values. */
  local: Map<string, string>;
  /** Logical bytes referenced by the head (its `referenced`). */
  head: number;
  /** Of `head`, bytes shared with the origin snapshot (clones only): not charged to `usedbydataset`. */
  shared: number;
  createtxg: number;
  creation: Date;
  guid: string;
  /** Full name of the origin snapshot of a clone. */
  origin: string | null;
};

/** A snapshot. @internal */
export type SnapshotState = {
  dataset: string;
  /** The part after `@`. */
  name: string;
  createtxg: number;
  creation: Date;
  guid: string;
  /** Bytes the dataset referenced when the snapshot was taken. */
  referenced: number;
  /** Bytes only this snapshot holds (its `used`). */
  unique: number;
  /** Hold tags. */
  holds: Set<string>;
  /** User properties. */
  local: Map<string, string>;
  deferDestroy: boolean;
};

/** An alert as `alert.list` shows it (datetimes are `Date`s). @internal */
export type AlertState = {
  uuid: string;
  source: string;
  klass: string;
  args: unknown;
  key: string;
  datetime: Date;
  lastOccurrence: Date;
  dismissed: boolean;
  text: string;
  level: string;
  oneShot: boolean;
};

/** An exported pool, kept for `pool.import_find` / `pool.import_pool` with its datasets. @internal */
export type ExportedPool = {
  pool: PoolState;
  datasets: DatasetState[];
  snapshots: SnapshotState[];
};
