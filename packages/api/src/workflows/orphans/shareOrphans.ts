import { atOrBelow } from './datasetIndex.js';
import { type OrphanContext, ownership } from './orphanContext.js';
import type { OrphanCause, OrphanKind } from './orphanFinding.js';
import type { ScanShare } from './orphanScan.js';
import { orphanVolume } from './volumeOrphans.js';

type Verdict = { cause: OrphanCause; reason: string; dataset?: string };

/**
 * Why a share's path is an orphan's. A path under `/mnt/` that no existing dataset contains is one (`missing-path`);
 * a dataset's mountpoint, or a directory inside a dataset, is not: there is no way to list directories through the
 * API. Exception, with `parents`: directly inside a parent (or where a missing parent would be mounted) only
 * volumes are expected, so a path there that is no dataset's mountpoint is where a destroyed volume was
 * (`missing-dataset`). A share of (or inside) an orphan volume is an orphan too (`orphan-volume`). Paths outside
 * `/mnt/` (SMB `EXTERNAL`) are never judged.
 */
function shareVerdict(ctx: OrphanContext, path: string, label: string): Verdict | undefined {
  if (!path.startsWith('/mnt/')) return undefined;
  const holder = ctx.index.containing(path);
  if (holder === undefined) {
    return { cause: 'missing-path', reason: `${label} ${path}, which is in no existing dataset` };
  }
  const doomed = ctx.doomedVolumeOf(holder.name);
  if (doomed !== undefined) {
    return {
      cause: 'orphan-volume',
      dataset: String(doomed.id),
      reason: `${label} ${path} on ${orphanVolume(doomed)}`,
    };
  }
  const mountpoint = ctx.index.mountpointOf(holder) ?? '';
  if (mountpoint === path.replace(/\/+$/, '')) return undefined;
  const parent = ctx.parents?.find((p) => atOrBelow(p, holder.name) && atOrBelow(path, ctx.parentMount(p)));
  if (parent === undefined) return undefined;
  const [first = ''] = path.slice(mountpoint.length + 1).split('/');
  const dataset = `${holder.name}/${first}`;
  return { cause: 'missing-dataset', dataset, reason: `${label} ${path}, whose dataset ${dataset} does not exist` };
}

function findIn(ctx: OrphanContext, kind: OrphanKind & `${string}-share`, shares: readonly ScanShare[]): void {
  const nfs = kind === 'nfs-share';
  for (const share of shares) {
    const label = nfs ? `NFS share #${share.id} exports` : `SMB share '${share.name}' shares`;
    const verdict = shareVerdict(ctx, share.path, label);
    if (verdict === undefined) continue;
    const claim = ctx.claim(kind, share.id, (c) => {
      const volume = ctx.index.get(c.volume);
      return volume !== undefined && ctx.index.mountpointOf(volume) === share.path;
    });
    ctx.add(
      {
        kind,
        id: share.id,
        name: nfs ? share.path : share.name,
        ...verdict,
        ...ownership(claim, [], !nfs && ctx.sdkNamed(share.name, share.path.replace(/^\/mnt\//, ''))),
        path: share.path,
      },
      ctx.pathInScope(share.path),
    );
  }
}

/**
 * NFS and SMB shares whose path is gone (see the rules on `shareVerdict`), or that share an orphan volume.
 * @internal
 *
 * @example
 * ```ts
 * findShareOrphans(ctx);
 * ```
 */
export function findShareOrphans(ctx: OrphanContext): void {
  findIn(ctx, 'nfs-share', ctx.scan.nfs);
  findIn(ctx, 'smb-share', ctx.scan.smb);
}
