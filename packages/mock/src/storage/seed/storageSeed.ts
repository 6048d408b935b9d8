/**
 * A physical disk of a {@link StorageSeed}. Only `name` is required.
 *
 * @example
 * ```ts
 * import type { SeedDisk } from '@tn/mock';
 *
 * const disk: SeedDisk = { name: 'sdc', size: 4 * 1024 ** 4, type: 'SSD' };
 * ```
 */
export type SeedDisk = {
  /** Device name, e.g. `sda` (also its `devname`). */
  name: string;
  /** Bytes. @default 1099511627776 (1 TiB) */
  size?: number;
  /** Serial number. @default derived from the name (`TNMOCK-SDA`) */
  serial?: string;
  /** Model string. @default 'tn-mock HDD' / 'tn-mock SSD' */
  model?: string;
  /** Rotational or solid state. @default 'HDD' */
  type?: 'HDD' | 'SSD';
  /** RPM, `null` for SSDs. @default 7200 for HDDs */
  rotationrate?: number | null;
  /** `disk.query` description. @default '' */
  description?: string;
};

/**
 * One top-level vdev of a seeded pool: a single disk (`STRIPE`), a mirror or a raidz.
 *
 * @example
 * ```ts
 * import type { SeedVdev } from '@tn/mock';
 *
 * const vdev: SeedVdev = { type: 'RAIDZ1', disks: ['sda', 'sdb', 'sdc'] };
 * ```
 */
export type SeedVdev = {
  /** Layout; a `STRIPE` vdev holds exactly one disk. */
  type: 'STRIPE' | 'MIRROR' | 'RAIDZ1' | 'RAIDZ2' | 'RAIDZ3';
  /** Disk names (declared in `disks` or created with the default size). */
  disks: string[];
};

/**
 * A pool of a {@link StorageSeed}. Give either `disks` (two or more become one mirror, one disk a stripe) or a full
 * `topology`. The pool's root dataset is created with it.
 *
 * @example
 * ```ts
 * import type { SeedPool } from '@tn/mock';
 *
 * const pool: SeedPool = { name: 'tank', disks: ['sda', 'sdb'], used: 10 * 1024 ** 3 };
 * ```
 */
export type SeedPool = {
  /** Pool name (also the root dataset's name). */
  name: string;
  /** Datastore id. @default max(existing) + 1 */
  id?: number;
  /** Shortcut for `topology.data`: one mirror of all disks, or a stripe of one. Inline objects declare disks. */
  disks?: (string | SeedDisk)[];
  /** Full vdev layout (wins over `disks`). Cache and spare devices are single disks. */
  topology?: {
    /** Data vdevs. */
    data?: SeedVdev[];
    /** ZIL devices. */
    log?: SeedVdev[];
    /** L2ARC devices. */
    cache?: string[];
    /** Hot spares. */
    spare?: string[];
    /** Metadata vdevs. */
    special?: SeedVdev[];
    /** Dedup table vdevs. */
    dedup?: SeedVdev[];
  };
  /** Bytes already written to the root dataset. @default 0 */
  used?: number;
  /** Locally set ZFS properties of the root dataset (ZFS names and raw values, `user:props` too). */
  properties?: Record<string, string | number>;
  /** Whether a finished scrub is on record (`scan`), else `scan` is empty. @default true */
  scrubbed?: boolean;
  /** `pool.is_upgraded`. @default true */
  upgraded?: boolean;
};

/**
 * A filesystem or zvol of a {@link StorageSeed}; its parent must already exist (pools come first, then datasets in
 * order).
 *
 * @example
 * ```ts
 * import type { SeedDataset } from '@tn/mock';
 *
 * const zvol: SeedDataset = { name: 'tank/vm0', type: 'VOLUME', volsize: 10 * 1024 ** 3, sparse: true };
 * ```
 */
export type SeedDataset = {
  /** Full name, `pool/parent/child`. */
  name: string;
  /** Kind. @default 'FILESYSTEM' */
  type?: 'FILESYSTEM' | 'VOLUME';
  /** Zvol size in bytes (required for volumes; a multiple of `volblocksize`). */
  volsize?: number;
  /** Zvol block size (`16K`, `64K`, ...). @default '16K' */
  volblocksize?: string;
  /** Thin zvol (no `refreservation`). @default false */
  sparse?: boolean;
  /** Bytes written to the dataset (its `referenced`). @default 0 */
  used?: number;
  /** The `comments` field (`org.freenas:description`). */
  comments?: string;
  /** Locally set ZFS properties (ZFS names, raw values: `compression: 'zstd'`, `quota: 1073741824`, `'org.x:y': 'z'`). */
  properties?: Record<string, string | number>;
  /** Makes the dataset a clone of this snapshot (`pool/ds@snap`, seeded earlier). */
  origin?: string;
};

/**
 * A snapshot of a {@link StorageSeed}, taken in order after every dataset exists.
 *
 * @example
 * ```ts
 * import type { SeedSnapshot } from '@tn/mock';
 *
 * const snapshot: SeedSnapshot = { name: 'tank/home@daily', holds: ['truenas'] };
 * ```
 */
export type SeedSnapshot = {
  /** `dataset@name`. */
  name: string;
  /** Hold tags. @default [] */
  holds?: string[];
  /** Bytes only this snapshot holds (its `used`), e.g. data deleted since. @default 0 */
  used?: number;
};

/**
 * An alert to raise (seeded, or via `server.storage.raiseAlert`).
 *
 * @example
 * ```ts
 * import type { RaiseAlertOptions } from '@tn/mock';
 *
 * const alert: RaiseAlertOptions = { klass: 'SMARTTestFailed', text: 'SMART test failed on %(disk)s', args: { disk: 'sda' } };
 * ```
 */
export type RaiseAlertOptions = {
  /** Alert class name (`klass`), e.g. `VolumeStatus`. */
  klass: string;
  /** Arguments (`args`), interpolated into `text` with `%(name)s`/`%(name)d`. @default null */
  args?: unknown;
  /** Level. @default 'WARNING' */
  level?: 'INFO' | 'NOTICE' | 'WARNING' | 'ERROR' | 'CRITICAL' | 'ALERT' | 'EMERGENCY';
  /** Text template. @default the class's text, or its name */
  text?: string;
  /** Alert source name. @default klass */
  source?: string;
  /** Already dismissed. @default false */
  dismissed?: boolean;
  /** One-shot alerts are deleted (not just hidden) when dismissed. @default false */
  oneShot?: boolean;
};

/**
 * JSON fixture describing the storage of a mock server: `createMockServer({ seed })`. Everything is optional; pools
 * are built first (with their root datasets), then `datasets`, then `snapshots`, then `alerts`. `server.reset()`
 * restores it. See `DEFAULT_STORAGE_SEED` for the default (pool `tank` on two mirrored 1 TiB disks).
 *
 * @example
 * ```ts
 * import { createMockServer, type StorageSeed } from '@tn/mock';
 *
 * const seed: StorageSeed = {
 *   disks: [{ name: 'sdc', size: 2 * 1024 ** 4 }],
 *   pools: [{ name: 'tank', disks: ['sda', 'sdb'] }],
 *   datasets: [{ name: 'tank/apps', properties: { compression: 'zstd' } }],
 *   snapshots: [{ name: 'tank/apps@first' }],
 * };
 * const server = createMockServer({ seed });
 * ```
 */
export type StorageSeed = {
  /** Disks, pooled or free. Disks named by pools but not declared here get the defaults. */
  disks?: SeedDisk[];
  /** Pools with their vdevs. */
  pools?: SeedPool[];
  /** Filesystems and zvols below the pools' root datasets. */
  datasets?: SeedDataset[];
  /** Snapshots. */
  snapshots?: SeedSnapshot[];
  /** Alerts present at start (pool health alerts are raised automatically). */
  alerts?: RaiseAlertOptions[];
};
