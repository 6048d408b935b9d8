import type { ApiClient } from '../../createApiClient.js';
import type { InvokeOptions } from '../../namespaces/apiContext.js';
import type { CapacityDataset } from './capacityDataset.js';
import type { CapacityReport } from './capacityReportSchema.js';
import { type CapacityOptions, computeCapacity } from './computeCapacity.js';
import { propertyBytes } from './propertyBytes.js';

const PROPERTIES = ['used', 'available', 'referenced', 'volsize', 'refquota'];

/**
 * Reports space and thin-provisioning over-commit per pool and per parent dataset: used, available, referenced,
 * the volume sizes and quotas promised below it, how many zvols and filesystems it holds, and the ratio
 * `allocated / physical` (Σ `volsize` of zvols + Σ `refquota` of filesystems below, over `used + available`; see
 * {@link CapacityEntrySchema}), with a warning for each ratio above `warnRatio` (2:1 by default). One read
 * (`pool.dataset.query`); nothing is changed.
 *
 * @param api - the API client.
 * @param options - {@link CapacityOptions}.
 * @param call - per-call options of the read.
 * @returns the {@link CapacityReport}.
 * @throws `NotFoundError` when a parent asked for does not exist.
 * @example
 * ```ts
 * import { capacityReport } from '@tn/api';
 *
 * const report = await capacityReport(api, { parents: ['tank/k8s'], warnRatio: 2 });
 * for (const warning of report.warnings) console.warn(warning.message);
 * ```
 */
export async function capacityReport(
  api: ApiClient,
  options: CapacityOptions = {},
  call?: InvokeOptions,
): Promise<CapacityReport> {
  const rows = await api.datasets.query([], { extra: { retrieve_children: false, properties: PROPERTIES } }, call);
  const datasets: CapacityDataset[] = rows.map((row) => {
    const raw = row as Record<string, unknown>;
    return {
      name: String(raw.name ?? raw.id),
      type: raw.type === 'VOLUME' ? 'VOLUME' : 'FILESYSTEM',
      used: propertyBytes(raw, 'used'),
      available: propertyBytes(raw, 'available'),
      referenced: propertyBytes(raw, 'referenced'),
      volsize: propertyBytes(raw, 'volsize'),
      refquota: propertyBytes(raw, 'refquota'),
    };
  });
  return computeCapacity(datasets, options);
}
