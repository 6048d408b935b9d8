import { zvolDataset } from './datasetIndex.js';
import { type OrphanContext, ownership } from './orphanContext.js';
import type { OrphanCause, OrphanFinding } from './orphanFinding.js';
import type { ScanExtent, ScanNamed, ScanTargetExtent } from './orphanScan.js';
import { orphanVolume } from './volumeOrphans.js';

type Verdict = { cause: OrphanCause; reason: string; dataset?: string };

/**
 * Why a DISK extent (its zvol is gone or is an orphan volume) or a FILE extent (its path lies in no dataset, or in
 * an orphan volume) is an orphan, or `undefined` when it is not (or cannot be judged: a disk that is not a zvol).
 */
function extentVerdict(ctx: OrphanContext, extent: ScanExtent): Verdict | undefined {
  const label = `extent '${extent.name}'`;
  if (extent.type === 'DISK') {
    const dataset = zvolDataset(extent.disk);
    if (dataset === undefined) return undefined;
    if (!ctx.index.isZvol(dataset)) {
      return { cause: 'missing-zvol', dataset, reason: `${label} points at ${extent.disk}, which does not exist` };
    }
    const doomed = ctx.doomedVolumeOf(dataset);
    if (doomed === undefined) return undefined;
    return { cause: 'orphan-volume', dataset: String(doomed.id), reason: `${label} exposes ${orphanVolume(doomed)}` };
  }
  if (!extent.path.startsWith('/')) return undefined;
  const holder = ctx.index.containing(extent.path);
  if (holder === undefined) {
    return { cause: 'missing-path', reason: `${label} uses file ${extent.path}, which is in no existing dataset` };
  }
  const doomed = ctx.doomedVolumeOf(holder.name);
  if (doomed === undefined) return undefined;
  return {
    cause: 'orphan-volume',
    dataset: String(doomed.id),
    reason: `${label} uses file ${extent.path} on ${orphanVolume(doomed)}`,
  };
}

function extentInScope(ctx: OrphanContext, extent: ScanExtent): boolean {
  if (extent.type !== 'DISK') return ctx.pathInScope(extent.path);
  const dataset = zvolDataset(extent.disk);
  return dataset !== undefined && ctx.datasetInScope(dataset);
}

/**
 * iSCSI orphans: extents whose zvol or file is gone (or belongs to an orphan volume); target/extent links whose
 * extent or target is gone, or whose extent is an orphan; targets without links, or whose links are all orphans.
 * With `parents`, an extent is in scope by its zvol or file, a link by its extent (else its target), a target by
 * its extents or by the markers of a volume in scope. @internal
 *
 * @example
 * ```ts
 * findIscsiOrphans(ctx);
 * ```
 */
export function findIscsiOrphans(ctx: OrphanContext): void {
  const { extents, targets, targetextents } = ctx.scan;
  const extentById = new Map(extents.map((extent) => [extent.id, extent]));
  const targetById = new Map(targets.map((target) => [target.id, target]));
  const linksOf = new Map<number, ScanTargetExtent[]>();
  for (const link of targetextents) {
    if (link.target === undefined) continue;
    linksOf.set(link.target, [...(linksOf.get(link.target) ?? []), link]);
  }

  for (const extent of extents) {
    const verdict = extentVerdict(ctx, extent);
    if (verdict === undefined) continue;
    const claim = ctx.claim('iscsi-extent', extent.id, (c) => extent.disk === `zvol/${c.volume}`);
    const finding: OrphanFinding = {
      kind: 'iscsi-extent',
      id: extent.id,
      name: extent.name,
      ...verdict,
      ...ownership(claim, [], extent.type === 'DISK' && ctx.sdkNamed(extent.name, zvolDataset(extent.disk))),
      path: extent.type === 'DISK' ? extent.disk : extent.path,
    };
    ctx.add(finding, extentInScope(ctx, extent));
  }

  const targetInScope = (target: ScanNamed): boolean =>
    ctx.parents === undefined ||
    (linksOf.get(target.id) ?? []).some((link) => {
      const extent = link.extent === undefined ? undefined : extentById.get(link.extent);
      return extent !== undefined && extentInScope(ctx, extent);
    }) ||
    ctx.claim('iscsi-target', target.id, (c) => ctx.datasetInScope(c.volume)) !== undefined;

  for (const link of targetextents) {
    const extent = link.extent === undefined ? undefined : extentById.get(link.extent);
    const target = link.target === undefined ? undefined : targetById.get(link.target);
    const label = `LUN ${link.lunid ?? '?'} of target '${target?.name ?? `#${link.target}`}'`;
    const orphanExtent = extent && ctx.found('iscsi-extent', extent.id);
    let verdict: Verdict;
    if (extent === undefined) {
      verdict = { cause: 'missing-extent', reason: `${label} links extent #${link.extent}, which does not exist` };
    } else if (target === undefined) {
      verdict = {
        cause: 'missing-target',
        reason: `link #${link.id} joins extent '${extent.name}' to target #${link.target}, which does not exist`,
      };
    } else if (orphanExtent !== undefined) {
      verdict = { cause: 'orphan-extent', reason: `${label} links extent '${extent.name}', which is an orphan` };
    } else {
      continue;
    }
    const claim = ctx.claim('iscsi-targetextent', link.id, (c) => c.markers.iscsiExtent === link.extent);
    const inScope =
      ctx.parents === undefined ||
      (extent ? extentInScope(ctx, extent) : target !== undefined && targetInScope(target));
    ctx.add(
      {
        kind: 'iscsi-targetextent',
        id: link.id,
        name: label,
        ...verdict,
        ...ownership(
          claim,
          [orphanExtent],
          !extent && target !== undefined && ctx.sdkDatasetOf(target.name) !== undefined,
        ),
        ...(link.target === undefined ? {} : { target: link.target }),
        ...(link.extent === undefined ? {} : { extent: link.extent }),
      },
      inScope,
    );
  }

  for (const target of targets) {
    const links = linksOf.get(target.id) ?? [];
    const orphanLinks = links.map((link) => ctx.found('iscsi-targetextent', link.id));
    let verdict: Verdict;
    if (links.length === 0) {
      verdict = { cause: 'no-extents', reason: `target '${target.name}' has no extents` };
    } else if (orphanLinks.every((finding) => finding !== undefined)) {
      const names = links.map((link) => `'${extentById.get(link.extent ?? -1)?.name ?? `#${link.extent}`}'`);
      verdict = {
        cause: 'orphan-extents',
        reason: `every extent of target '${target.name}' is an orphan (${names.join(', ')})`,
      };
    } else {
      continue;
    }
    const claim = ctx.claim(
      'iscsi-target',
      target.id,
      (c) => links.length === 0 || links.some((link) => link.extent === c.markers.iscsiExtent),
    );
    const named = links.some((link) => {
      const extent = link.extent === undefined ? undefined : extentById.get(link.extent);
      return extent !== undefined && ctx.sdkNamed(target.name, zvolDataset(extent.disk));
    });
    const owned = ownership(
      claim,
      orphanLinks,
      named || (links.length === 0 && ctx.sdkDatasetOf(target.name) !== undefined),
    );
    ctx.add({ kind: 'iscsi-target', id: target.id, name: target.name, ...verdict, ...owned }, targetInScope(target));
  }
}
