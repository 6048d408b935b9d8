import { z } from 'zod';
import { NotFoundError } from '../../namespaces/notFoundError.js';
import { parseVolumeRequest } from '../volumeOps/parseVolumeRequest.js';
import { type CapacityDataset, CapacityDatasetSchema } from './capacityDataset.js';
import type { CapacityEntry, CapacityReport, CapacityWarning } from './capacityReportSchema.js';
import { formatBytes } from './formatBytes.js';

/**
 * Options of {@link computeCapacity} and {@link capacityReport}.
 *
 * @example
 * ```ts
 * import { CapacityOptionsSchema } from '@tn/api';
 *
 * CapacityOptionsSchema.parse({ parents: ['tank/k8s'], warnRatio: 3 });
 * ```
 */
export const CapacityOptionsSchema = z.strictObject({
  /**
   * Parent datasets to report on. @default the direct parents of every zvol and of every filesystem with a
   * `refquota` (pool roots excluded: they have their pool entry)
   */
  parents: z.array(z.string().min(1)).optional(),
  /** Warn when `thinRatio` (allocated / physical, see {@link CapacityEntrySchema}) is above this. @default 2 */
  warnRatio: z.number().positive().default(2),
});

/**
 * Options of {@link CapacityOptionsSchema}, as callers write them.
 *
 * @example
 * ```ts
 * import type { CapacityOptions } from '@tn/api';
 *
 * const options: CapacityOptions = { warnRatio: 1.5 };
 * ```
 */
export type CapacityOptions = z.input<typeof CapacityOptionsSchema>;

type Dataset = z.output<typeof CapacityDatasetSchema>;

const parentOf = (name: string): string | undefined =>
  name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : undefined;

function entryOf(ds: Dataset, kind: CapacityEntry['kind'], all: readonly Dataset[]): CapacityEntry {
  const prefix = `${ds.name}/`;
  let volsizeBytes = 0;
  let refquotaBytes = 0;
  let zvols = 0;
  let filesystems = 0;
  for (const child of all) {
    if (!child.name.startsWith(prefix)) continue;
    if (child.type === 'VOLUME') {
      zvols++;
      volsizeBytes += child.volsize;
    } else {
      filesystems++;
      refquotaBytes += child.refquota;
    }
  }
  const physicalBytes = ds.used + ds.available;
  const allocatedBytes = volsizeBytes + refquotaBytes;
  return {
    name: ds.name,
    kind,
    pool: ds.name.split('/')[0] as string,
    usedBytes: ds.used,
    availableBytes: ds.available,
    referencedBytes: ds.referenced,
    physicalBytes,
    volsizeBytes,
    refquotaBytes,
    allocatedBytes,
    zvols,
    filesystems,
    thinRatio: allocatedBytes === 0 ? 0 : allocatedBytes / Math.max(physicalBytes, 1),
    overcommitted: allocatedBytes > physicalBytes,
  };
}

function warningOf(entry: CapacityEntry, warnRatio: number): CapacityWarning {
  const what = [`${entry.zvols} zvol${entry.zvols === 1 ? '' : 's'}`];
  if (entry.refquotaBytes > 0) what.push('filesystem quotas');
  return {
    name: entry.name,
    kind: entry.kind,
    thinRatio: entry.thinRatio,
    warnRatio,
    message:
      `${entry.name} is over-committed ${entry.thinRatio.toFixed(2)}:1 (${formatBytes(entry.allocatedBytes)} ` +
      `promised to ${what.join(' and ')} on ${formatBytes(entry.physicalBytes)}), above the ${warnRatio}:1 ` +
      'warning threshold: add capacity, move volumes, or stop creating sparse volumes here before writes fail with ENOSPC',
  };
}

function defaultParents(all: readonly Dataset[]): string[] {
  const parents = new Set<string>();
  for (const ds of all) {
    if (ds.type === 'FILESYSTEM' && ds.refquota === 0) continue;
    const parent = parentOf(ds.name);
    if (parent?.includes('/')) parents.add(parent);
  }
  return [...parents].sort();
}

/**
 * Computes the {@link CapacityReport} from dataset space figures (pure; {@link capacityReport} fetches them): one
 * entry per pool root (datasets without a `/`), one per parent dataset, and a warning for each entry whose
 * thin-provisioning ratio `allocated / physical` exceeds `warnRatio` (see {@link CapacityEntrySchema} for the exact
 * definition: allocated = Σ `volsize` of zvols + Σ `refquota` of filesystems below; physical = `used + available`).
 *
 * @param datasets - every dataset of the pools concerned (descendants of a parent must all be there).
 * @param options - {@link CapacityOptions}.
 * @returns the report.
 * @throws `VolumeRequestError` (`invalid`) for malformed input; `NotFoundError` when a parent is not in `datasets`.
 * @example
 * ```ts
 * import { computeCapacity } from '@tn/api';
 *
 * const report = computeCapacity([
 *   { name: 'tank', type: 'FILESYSTEM', used: 10, available: 90, referenced: 1 },
 *   { name: 'tank/k8s', type: 'FILESYSTEM', used: 5, available: 90, referenced: 1 },
 *   { name: 'tank/k8s/pvc-1', type: 'VOLUME', used: 4, available: 90, referenced: 4, volsize: 300 },
 * ]);
 * report.pools[0]?.thinRatio; // 3 (300 / (10 + 90))
 * report.warnings.length; // 2 (tank and tank/k8s are above 2:1)
 * ```
 */
export function computeCapacity(datasets: readonly CapacityDataset[], options: CapacityOptions = {}): CapacityReport {
  const all = parseVolumeRequest(z.array(CapacityDatasetSchema), datasets, 'capacity');
  const { parents, warnRatio } = parseVolumeRequest(CapacityOptionsSchema, options, 'capacity');
  const byName = new Map(all.map((ds) => [ds.name, ds]));
  const pools = all
    .filter((ds) => !ds.name.includes('/'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((ds) => entryOf(ds, 'pool', all));
  const parentEntries = (parents ?? defaultParents(all)).map((name) => {
    const ds = byName.get(name);
    if (ds === undefined) throw new NotFoundError({ method: 'pool.dataset.query', target: name });
    return entryOf(ds, 'parent', all);
  });
  const warnings = [...pools, ...parentEntries]
    .filter((entry) => entry.thinRatio > warnRatio)
    .map((entry) => warningOf(entry, warnRatio));
  return { warnRatio, pools, parents: parentEntries, warnings };
}
