import { atOrBelow } from './datasetIndex.js';
import type { OrphanContext } from './orphanContext.js';
import type { OrphanFinding } from './orphanFinding.js';

/**
 * Volumes whose own markers name `owner` (any owner when not given) and that the caller's `inventory` no longer
 * lists: recorded as orphans (`not-in-inventory`, always managed) and as doomed, so that what exposes them becomes
 * an orphan too. Only volumes below `parents` (when given) are judged. Never reported: pool roots, a dataset that is one of `parents`, and a dataset at or above an
 * inventory entry (deleting it would destroy a known volume). Does nothing without an inventory. @internal
 *
 * @example
 * ```ts
 * findVolumeOrphans(ctx, { owner: 'csi/a', inventory: ['tank/k8s/pvc-1'] });
 * ```
 */
export function findVolumeOrphans(
  ctx: OrphanContext,
  options: { owner?: string | undefined; inventory?: readonly string[] | undefined },
): void {
  const { owner, inventory } = options;
  if (inventory === undefined) return;
  const known = new Set(inventory);
  for (const ds of ctx.index.all) {
    const markers = ds.markers;
    if (markers === undefined || !ds.name.includes('/')) continue;
    if (owner !== undefined && markers.owner !== owner) continue;
    if (known.has(ds.name) || ctx.parents?.includes(ds.name) || !ctx.datasetInScope(ds.name)) continue;
    if (inventory.some((entry) => atOrBelow(entry, ds.name))) continue;
    const finding = {
      kind: 'volume' as const,
      id: ds.name,
      name: ds.name,
      cause: 'not-in-inventory' as const,
      reason: `volume ${ds.name} carries the markers of owner '${markers.owner}' but the inventory does not list it`,
      managed: true,
      owner: markers.owner,
      dataset: ds.name,
    };
    ctx.doomed.set(ds.name, finding);
    ctx.add(finding, true);
  }
}

/**
 * `volume <name>, which is an orphan (not in the inventory)`, for reasons. @internal
 *
 * @example
 * ```ts
 * orphanVolume(volumeFinding); // 'volume tank/k8s/pvc-9, which is an orphan (not in the inventory)'
 * ```
 */
export function orphanVolume(volume: OrphanFinding): string {
  return `volume ${volume.id}, which is an orphan (not in the inventory)`;
}
