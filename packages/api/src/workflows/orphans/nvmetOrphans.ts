import { zvolDataset } from './datasetIndex.js';
import { type OrphanContext, ownership } from './orphanContext.js';
import type { OrphanCause } from './orphanFinding.js';
import type { ScanNamed, ScanNamespace } from './orphanScan.js';
import { orphanVolume } from './volumeOrphans.js';

type Verdict = { cause: OrphanCause; reason: string; dataset?: string };

function namespaceVerdict(ctx: OrphanContext, ns: ScanNamespace, label: string): Verdict | undefined {
  if (ns.deviceType === 'ZVOL') {
    const dataset = zvolDataset(ns.devicePath);
    if (dataset === undefined) return undefined;
    if (!ctx.index.isZvol(dataset)) {
      return { cause: 'missing-zvol', dataset, reason: `${label} points at ${ns.devicePath}, which does not exist` };
    }
    const doomed = ctx.doomedVolumeOf(dataset);
    if (doomed === undefined) return undefined;
    return { cause: 'orphan-volume', dataset: String(doomed.id), reason: `${label} exposes ${orphanVolume(doomed)}` };
  }
  if (ns.deviceType !== 'FILE' || !ns.devicePath.startsWith('/')) return undefined;
  const holder = ctx.index.containing(ns.devicePath);
  if (holder === undefined) {
    return { cause: 'missing-path', reason: `${label} uses file ${ns.devicePath}, which is in no existing dataset` };
  }
  const doomed = ctx.doomedVolumeOf(holder.name);
  if (doomed === undefined) return undefined;
  return {
    cause: 'orphan-volume',
    dataset: String(doomed.id),
    reason: `${label} uses file ${ns.devicePath} on ${orphanVolume(doomed)}`,
  };
}

function namespaceInScope(ctx: OrphanContext, ns: ScanNamespace): boolean {
  if (ns.deviceType !== 'ZVOL') return ctx.pathInScope(ns.devicePath);
  const dataset = zvolDataset(ns.devicePath);
  return dataset !== undefined && ctx.datasetInScope(dataset);
}

/**
 * NVMe-oF orphans (25.10): namespaces whose zvol or file is gone (or belongs to an orphan volume), and subsystems
 * with no namespace or only orphan ones. With `parents`, a namespace is in scope by its device, a subsystem by its
 * namespaces or by the markers of a volume in scope. Does nothing when NVMe-oF was not read (25.04). @internal
 *
 * @example
 * ```ts
 * findNvmetOrphans(ctx);
 * ```
 */
export function findNvmetOrphans(ctx: OrphanContext): void {
  const { namespaces, subsystems } = ctx.scan;
  if (namespaces === undefined || subsystems === undefined) return;
  const subsysById = new Map(subsystems.map((subsys) => [subsys.id, subsys]));
  const namespacesOf = (subsys: ScanNamed) => namespaces.filter((ns) => ns.subsystem === subsys.id);

  for (const ns of namespaces) {
    const subsys = ns.subsystem === undefined ? undefined : subsysById.get(ns.subsystem);
    const label = `namespace ${ns.nsid ?? '?'} of subsystem '${subsys?.name ?? `#${ns.subsystem}`}'`;
    const verdict = namespaceVerdict(ctx, ns, label);
    if (verdict === undefined) continue;
    const claim = ctx.claim('nvmet-namespace', ns.id, (c) => ns.devicePath === `zvol/${c.volume}`);
    ctx.add(
      {
        kind: 'nvmet-namespace',
        id: ns.id,
        name: label,
        ...verdict,
        ...ownership(claim, [], subsys !== undefined && ctx.sdkNamed(subsys.name, zvolDataset(ns.devicePath))),
        path: ns.devicePath,
        ...(ns.subsystem === undefined ? {} : { subsystem: ns.subsystem }),
      },
      namespaceInScope(ctx, ns),
    );
  }

  for (const subsys of subsystems) {
    const own = namespacesOf(subsys);
    const orphans = own.map((ns) => ctx.found('nvmet-namespace', ns.id));
    let verdict: Verdict;
    if (own.length === 0) {
      verdict = { cause: 'no-namespaces', reason: `subsystem '${subsys.name}' has no namespaces` };
    } else if (orphans.every((finding) => finding !== undefined)) {
      verdict = {
        cause: 'orphan-namespaces',
        reason: `every namespace of subsystem '${subsys.name}' is an orphan (${own.map((ns) => ns.devicePath).join(', ')})`,
      };
    } else {
      continue;
    }
    const claim = ctx.claim(
      'nvmet-subsystem',
      subsys.id,
      (c) => own.length === 0 || own.some((ns) => ns.devicePath === `zvol/${c.volume}`),
    );
    const inScope =
      ctx.parents === undefined ||
      own.some((ns) => namespaceInScope(ctx, ns)) ||
      ctx.claim('nvmet-subsystem', subsys.id, (c) => ctx.datasetInScope(c.volume)) !== undefined;
    const named =
      own.some((ns) => ctx.sdkNamed(subsys.name, zvolDataset(ns.devicePath))) ||
      (own.length === 0 && ctx.sdkDatasetOf(subsys.name) !== undefined);
    ctx.add(
      { kind: 'nvmet-subsystem', id: subsys.id, name: subsys.name, ...verdict, ...ownership(claim, orphans, named) },
      inScope,
    );
  }
}
