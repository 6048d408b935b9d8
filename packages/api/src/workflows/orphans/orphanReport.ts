import { z } from 'zod';
import { type OrphanFinding, OrphanFindingSchema, type OrphanKind, OrphanKindSchema } from './orphanFinding.js';

/**
 * How many orphans a report holds: in all, managed (named by the SDK's markers), and per kind (every kind present,
 * zero when none).
 *
 * @example
 * ```ts
 * import { OrphanCountsSchema } from '@tn/api';
 *
 * const counts = OrphanCountsSchema.parse({
 *   total: 1, managed: 0,
 *   byKind: { 'iscsi-targetextent': 0, 'iscsi-target': 0, 'iscsi-extent': 1, 'nvmet-namespace': 0,
 *     'nvmet-subsystem': 0, 'nfs-share': 0, 'smb-share': 0, volume: 0 },
 * });
 * ```
 */
export const OrphanCountsSchema = z.object({
  /** Findings in all. */
  total: z.number().int().nonnegative(),
  /** Findings with `managed: true`. */
  managed: z.number().int().nonnegative(),
  /** Findings per kind. */
  byKind: z.record(OrphanKindSchema, z.number().int().nonnegative()),
});

/**
 * Counts of {@link OrphanCountsSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanCounts } from '@tn/api';
 *
 * const summary = (c: OrphanCounts) => `${c.total} orphans (${c.managed} managed)`;
 * ```
 */
export type OrphanCounts = z.infer<typeof OrphanCountsSchema>;

/**
 * What {@link detectOrphans} checked, echoed in the report.
 *
 * @example
 * ```ts
 * import { OrphanScopeSchema } from '@tn/api';
 *
 * OrphanScopeSchema.parse({ owner: 'csi/cluster-a', parents: ['tank/k8s'], inventoryChecked: true, nvmetChecked: true });
 * ```
 */
export const OrphanScopeSchema = z.object({
  /** Only this owner's managed objects were reported. */
  owner: z.string().optional(),
  /** Only objects on volumes at or below these datasets were reported. */
  parents: z.array(z.string()).optional(),
  /** Whether volumes were checked against an inventory. */
  inventoryChecked: z.boolean(),
  /** Whether NVMe-oF was checked (25.10 only). */
  nvmetChecked: z.boolean(),
});

/**
 * A scope of {@link OrphanScopeSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanScope } from '@tn/api';
 *
 * const scoped = (s: OrphanScope) => s.parents !== undefined;
 * ```
 */
export type OrphanScope = z.infer<typeof OrphanScopeSchema>;

/**
 * The result of {@link detectOrphans}: the findings (in cleanup order), their counts, what was checked, the server's
 * release line and when. Pass it (or some of its findings) to {@link cleanupOrphans}.
 *
 * @example
 * ```ts
 * import { OrphanReportSchema } from '@tn/api';
 *
 * const saved = OrphanReportSchema.parse(JSON.parse(await readFile('orphans.json', 'utf8')));
 * ```
 */
export const OrphanReportSchema = z.object({
  /** The server's release line (`25.04`, `25.10`). */
  version: z.string(),
  /** When the scan ran, ISO 8601. */
  checkedAt: z.string(),
  /** What was checked. */
  scope: OrphanScopeSchema,
  /** The orphans, in the order {@link cleanupOrphans} deletes them. */
  findings: z.array(OrphanFindingSchema),
  /** Their counts. */
  counts: OrphanCountsSchema,
});

/**
 * A report of {@link OrphanReportSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanReport } from '@tn/api';
 *
 * const print = (r: OrphanReport) => r.findings.forEach((f) => console.log(`${f.kind} ${f.id}: ${f.reason}`));
 * ```
 */
export type OrphanReport = z.infer<typeof OrphanReportSchema>;

/**
 * Counts findings. @internal
 *
 * @example
 * ```ts
 * countOrphans(report.findings).byKind['iscsi-extent'];
 * ```
 */
export function countOrphans(findings: readonly OrphanFinding[]): OrphanCounts {
  const byKind = Object.fromEntries([...OrphanKindSchema.values].map((kind) => [kind, 0])) as Record<
    OrphanKind,
    number
  >;
  for (const finding of findings) byKind[finding.kind] += 1;
  return { total: findings.length, managed: findings.filter((f) => f.managed).length, byKind };
}
