import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitSnapshot } from '../storageEvents.js';

/** Removes snapshots (no checks), announcing each; then drops deferred ones whose last clone is gone. @internal */
export function removeSnapshots(domain: StorageDomain, names: readonly string[], recursive = false): void {
  for (const full of names) {
    if (!domain.state.snapshots.delete(full)) continue;
    emitSnapshot(domain, 'REMOVED', full, recursive);
  }
}

/**
 * Removes datasets (deepest first) with their snapshots (no checks), announcing each, tells attachment providers,
 * and completes deferred destroys of origin snapshots left without clones.
 * @internal
 */
export function removeDatasets(domain: StorageDomain, names: readonly string[]): void {
  const state = domain.state;
  const ordered = [...names].sort((a, b) => b.split('/').length - a.split('/').length);
  const origins = new Set<string>();
  for (const name of ordered) {
    const ds = state.datasets.get(name);
    if (!ds) continue;
    if (ds.origin) origins.add(ds.origin);
    removeSnapshots(
      domain,
      state.snapshotsOf(name).map((s) => `${name}@${s.name}`),
    );
    state.datasets.delete(name);
    emitDataset(domain, 'REMOVED', name);
  }
  for (const provider of domain.providers) provider.datasetsDeleted?.(ordered);
  for (const origin of origins) {
    const snapshot = state.snapshots.get(origin);
    if (snapshot?.deferDestroy && snapshot.holds.size === 0 && state.clonesOf(origin).length === 0) {
      removeSnapshots(domain, [origin]);
    }
  }
}
