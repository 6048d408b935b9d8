import type { ApiClient } from '../../createApiClient.js';
import { readDatasets, type ScanDataset, toScanDataset } from './orphanScan.js';

/**
 * Whether `name` is `base` or below it (`tank/a/b` is below `tank/a`, `tank/ab` is not). Works for dataset names
 * and paths alike. @internal
 *
 * @example
 * ```ts
 * atOrBelow('/mnt/tank/a/b', '/mnt/tank/a'); // true
 * ```
 */
export function atOrBelow(name: string, base: string): boolean {
  return name === base || name.startsWith(`${base}/`);
}

function trimSlashes(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * Datasets by name, with the lookups the orphan rules need. @internal
 *
 * @example
 * ```ts
 * const index = new DatasetIndex(scan.datasets);
 * index.isZvol('tank/k8s/pvc-1');
 * ```
 */
export class DatasetIndex {
  readonly #byName: Map<string, ScanDataset>;

  constructor(datasets: readonly ScanDataset[]) {
    this.#byName = new Map(datasets.map((ds) => [ds.name, ds]));
  }

  /** Every dataset. */
  get all(): ScanDataset[] {
    return [...this.#byName.values()];
  }

  /** The dataset of that name. */
  get(name: string): ScanDataset | undefined {
    return this.#byName.get(name);
  }

  /** Whether `name` is an existing zvol. */
  isZvol(name: string): boolean {
    return this.#byName.get(name)?.type === 'VOLUME';
  }

  /** Where a filesystem is mounted (its `mountpoint`, else `/mnt/<name>`); `undefined` for zvols and legacy mounts. */
  mountpointOf(ds: ScanDataset): string | undefined {
    if (ds.type === 'VOLUME') return undefined;
    const mountpoint = ds.mountpoint ?? `/mnt/${ds.name}`;
    return mountpoint.startsWith('/') ? trimSlashes(mountpoint) : undefined;
  }

  /** The deepest filesystem whose mountpoint is `path` or contains it. */
  containing(path: string): ScanDataset | undefined {
    const wanted = trimSlashes(path);
    let best: { ds: ScanDataset; length: number } | undefined;
    for (const ds of this.#byName.values()) {
      const mountpoint = this.mountpointOf(ds);
      if (mountpoint === undefined || !atOrBelow(wanted, mountpoint)) continue;
      if (best === undefined || mountpoint.length > best.length) best = { ds, length: mountpoint.length };
    }
    return best?.ds;
  }

  /** The datasets (other than `name` and its descendants) that are clones of a snapshot of `name` or below it. */
  outsideClonesOf(name: string): string[] {
    return this.all
      .filter((ds) => ds.origin.includes('@') && atOrBelow(ds.origin.slice(0, ds.origin.indexOf('@')), name))
      .filter((ds) => !atOrBelow(ds.name, name))
      .map((ds) => ds.name);
  }
}

/**
 * `zvol/<dataset>` as the dataset name, else `undefined`. @internal
 *
 * @example
 * ```ts
 * zvolDataset('zvol/tank/k8s/pvc-1'); // 'tank/k8s/pvc-1'
 * ```
 */
export function zvolDataset(device: string): string | undefined {
  if (!device.startsWith('zvol/')) return undefined;
  const name = trimSlashes(device.slice('zvol/'.length));
  return name === '' ? undefined : name;
}

/**
 * Reads every dataset (or only `name`) into a {@link DatasetIndex}. @internal
 *
 * @example
 * ```ts
 * const index = await readDatasetIndex(api, { signal }, 'tank/k8s/pvc-1');
 * ```
 */
export async function readDatasetIndex(
  api: ApiClient,
  call: { signal?: AbortSignal | undefined },
  name?: string,
): Promise<DatasetIndex> {
  const rows = await readDatasets(api, call, name === undefined ? [] : [['id', '=', name]]);
  return new DatasetIndex(rows.flatMap((row) => toScanDataset(row) ?? []));
}
