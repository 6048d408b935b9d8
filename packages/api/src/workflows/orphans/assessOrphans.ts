import { findIscsiOrphans } from './iscsiOrphans.js';
import { findNvmetOrphans } from './nvmetOrphans.js';
import { OrphanContext } from './orphanContext.js';
import { type OrphanFinding, OrphanKindSchema } from './orphanFinding.js';
import type { OrphanScan } from './orphanScan.js';
import { findShareOrphans } from './shareOrphans.js';
import { findVolumeOrphans } from './volumeOrphans.js';

/** Normalised options of the orphan rules. @internal */
export type OrphanRuleOptions = {
  owner?: string | undefined;
  inventory?: readonly string[] | undefined;
  parents?: readonly string[] | undefined;
};

const ORDER = new Map([...OrphanKindSchema.values].map((kind, index) => [kind, index]));

/**
 * Cleanup order: by kind ({@link OrphanKindSchema} order), volumes deepest first, then by id. @internal
 *
 * @example
 * ```ts
 * findings.sort(cleanupOrder);
 * ```
 */
export function cleanupOrder(a: OrphanFinding, b: OrphanFinding): number {
  const byKind = (ORDER.get(a.kind) ?? 0) - (ORDER.get(b.kind) ?? 0);
  if (byKind !== 0) return byKind;
  if (typeof a.id === 'number' && typeof b.id === 'number') return a.id - b.id;
  const depth = String(b.id).split('/').length - String(a.id).split('/').length;
  return depth !== 0 ? depth : String(a.id).localeCompare(String(b.id));
}

/**
 * Applies every orphan rule to a scan: volumes first (so that what exposes an orphan volume is an orphan too), then
 * iSCSI, NVMe-oF and shares. Keeps the findings in the `parents` scope and, with `owner`, drops the findings the
 * markers of another owner name. Returns them in cleanup order. @internal
 *
 * @example
 * ```ts
 * const findings = assessOrphans(scan, { owner: 'csi/a', inventory: ['tank/k8s/pvc-1'], parents: ['tank/k8s'] });
 * ```
 */
export function assessOrphans(scan: OrphanScan, options: OrphanRuleOptions = {}): OrphanFinding[] {
  const ctx = new OrphanContext(scan, options.parents);
  findVolumeOrphans(ctx, options);
  findIscsiOrphans(ctx);
  findNvmetOrphans(ctx);
  findShareOrphans(ctx);
  const { owner } = options;
  return ctx
    .inScope()
    .filter((finding) => owner === undefined || finding.owner === undefined || finding.owner === owner)
    .sort(cleanupOrder);
}
