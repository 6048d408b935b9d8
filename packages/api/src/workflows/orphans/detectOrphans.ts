import type { TnError } from '@tn/rpc';
import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import { assessOrphans } from './assessOrphans.js';
import { OrphanInputError, type OrphanInputErrorType } from './orphanInputError.js';
import { countOrphans, type OrphanReport } from './orphanReport.js';
import { readOrphanScan } from './orphanScan.js';

const DatasetNameSchema = z
  .string()
  .trim()
  .min(1)
  .refine((name) => !name.startsWith('/') && !name.includes('@'), 'expected a dataset name such as tank/k8s/pvc-1')
  .transform((name) => name.replace(/\/+$/, ''));

const OptionsSchema = z.strictObject({
  owner: z.string().min(1).optional(),
  inventory: z.array(DatasetNameSchema).optional(),
  parents: z.array(DatasetNameSchema).min(1, 'give at least one parent, or leave parents out').optional(),
});

/**
 * Options of {@link detectOrphans}. Every field is optional: without them, every orphan on the system is reported
 * and volumes are not checked.
 *
 * @example
 * ```ts
 * import type { DetectOrphansParameters } from '@tn/api';
 *
 * const params: DetectOrphansParameters = {
 *   owner: 'csi/cluster-a',
 *   inventory: ['tank/k8s/pvc-1', 'tank/k8s/pvc-2'],
 *   parents: ['tank/k8s'],
 * };
 * ```
 */
export type DetectOrphansParameters = {
  /**
   * The caller's owner tag (`tn:owner`): only this owner's volumes are checked against `inventory`, and objects the
   * markers of another owner name are left out. Unmanaged findings are reported regardless.
   */
  owner?: string | undefined;
  /**
   * The volume datasets the caller still knows (e.g. the datasets of its PVs). Marked volumes (of `owner`) not listed
   * are orphans, and so is what exposes them. Without it, volumes are not checked.
   */
  inventory?: readonly string[] | undefined;
  /**
   * Only report objects on volumes below these datasets (by zvol, file or share path; targets and subsystems by
   * their extents/namespaces or by the markers of a volume in scope).
   */
  parents?: readonly string[] | undefined;
  /** Aborts the reads. */
  signal?: AbortSignal | undefined;
  /** Clock for `checkedAt`. @default () => new Date() */
  now?: (() => Date) | undefined;
};

/**
 * Result of {@link detectOrphans}: an {@link OrphanReport}.
 *
 * @example
 * ```ts
 * import type { DetectOrphansReturnType } from '@tn/api';
 *
 * const hasOrphans = (report: DetectOrphansReturnType) => report.counts.total > 0;
 * ```
 */
export type DetectOrphansReturnType = OrphanReport;

/**
 * Errors of {@link detectOrphans}: refused options ({@link OrphanInputError}, nothing read) or a failed read (any
 * `TnError` of the API client).
 *
 * @example
 * ```ts
 * import type { DetectOrphansErrorType } from '@tn/api';
 *
 * const refused = (err: DetectOrphansErrorType) => err.name === 'OrphanInputError';
 * ```
 */
export type DetectOrphansErrorType = OrphanInputErrorType | TnError;

/**
 * Finds storage objects left behind, and reports them; changes nothing. Reads every dataset, iSCSI extent, target
 * and target/extent link, NFS and SMB share and, on 25.10, every NVMe-oF namespace and subsystem (on 25.04 those
 * checks are skipped). Orphans are:
 * - iSCSI extents whose zvol (`disk: zvol/<dataset>`) does not exist, or FILE extents whose path is in no dataset;
 * - target/extent links whose extent or target does not exist, or whose extent is an orphan;
 * - targets with no extent, or only orphan ones;
 * - NVMe-oF namespaces whose zvol (`device_path: zvol/<dataset>`) or file is gone; subsystems with no namespace, or
 *   only orphan ones;
 * - NFS/SMB shares whose path is in no existing dataset (a path inside an existing dataset counts as existing,
 *   except directly inside one of `parents`, where only volumes are expected);
 * - with `inventory`: volumes carrying the SDK's markers (of `owner`, when given) that the inventory does not list,
 *   and the extents, namespaces and shares exposing them.
 *
 * Each finding says why (`reason`, `cause`) and whether the SDK made it (`managed`: a volume's markers record its
 * id, or its name is the SDK's `exposureNames` name for the dataset it points at; `owner` when markers name it).
 * Inherited markers do not count. Link rows that nest objects (`subsys: { id }`) and bare ids are both understood.
 * Pass the report to {@link cleanupOrphans}. Objects a provisioning run is creating right now can look like orphans
 * (a target before its LUN link): clean up when no provisioning runs, or rely on the re-check of `cleanupOrphans`.
 *
 * @param api - the API client.
 * @param params - {@link DetectOrphansParameters}.
 * @returns the {@link OrphanReport}; findings in cleanup order.
 * @example
 * ```ts
 * import { detectOrphans } from '@tn/api';
 *
 * const report = await detectOrphans(api, { owner: 'csi/cluster-a', inventory: knownVolumes, parents: ['tank/k8s'] });
 * for (const finding of report.findings) console.log(`${finding.kind} ${finding.id}: ${finding.reason}`);
 * ```
 */
export async function detectOrphans(
  api: ApiClient,
  params: DetectOrphansParameters = {},
): Promise<DetectOrphansReturnType> {
  const { signal, now = () => new Date(), ...rest } = params;
  const parsed = OptionsSchema.safeParse(rest);
  if (!parsed.success) throw OrphanInputError.fromZod('options', parsed.error);
  const { owner, inventory, parents } = parsed.data;
  const scan = await readOrphanScan(api, { signal });
  const findings = assessOrphans(scan, { owner, inventory, parents });
  return {
    version: scan.version,
    checkedAt: now().toISOString(),
    scope: {
      ...(owner === undefined ? {} : { owner }),
      ...(parents === undefined ? {} : { parents }),
      inventoryChecked: inventory !== undefined,
      nvmetChecked: scan.namespaces !== undefined,
    },
    findings,
    counts: countOrphans(findings),
  };
}
