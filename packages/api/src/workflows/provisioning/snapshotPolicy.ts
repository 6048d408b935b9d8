import type { ApiClient } from '../../createApiClient.js';
import { ConflictError } from './conflictError.js';
import { queryRows } from './provisionContext.js';

/**
 * A snapshot of the volume (or of a dataset below it), reduced to what the snapshot policy looks at.
 * @internal
 * @example
 * ```ts
 * const snap: VolumeSnapshot = { dataset: 'tank/v', name: 'tank/v@s1', createtxg: 12, outsideClones: ['tank/c'], held: false };
 * ```
 */
export type VolumeSnapshot = {
  /** The snapshot's dataset. */
  dataset: string;
  /** `dataset@name`. */
  name: string;
  /** Creation transaction group (orders snapshots of one dataset). */
  createtxg: number;
  /** Clones of it that live outside the volume. */
  outsideClones: string[];
  /** Whether it has user holds. */
  held: boolean;
};

/**
 * What destroying the volume needs: the clones to promote first (one per dataset: a clone of its newest snapshot
 * that has outside clones, which takes that snapshot and every older one with it, so the older snapshots' clones
 * follow it too) and the snapshots that are then destroyed with the volume.
 * @internal
 * @param snapshots - the volume's snapshots.
 * @example
 * ```ts
 * planPromotions(snapshots).promote; // ['tank/clone-of-newest']
 * ```
 */
export function planPromotions(snapshots: readonly VolumeSnapshot[]): {
  promote: string[];
  destroyed: VolumeSnapshot[];
} {
  const promote: string[] = [];
  const destroyed: VolumeSnapshot[] = [];
  const datasets = [...new Set(snapshots.map((snap) => snap.dataset))].sort();
  for (const dataset of datasets) {
    const own = snapshots.filter((snap) => snap.dataset === dataset).sort((a, b) => a.createtxg - b.createtxg);
    const pivot = own.filter((snap) => snap.outsideClones.length > 0).at(-1);
    if (pivot !== undefined) promote.push([...pivot.outsideClones].sort()[0] as string);
    destroyed.push(...own.filter((snap) => pivot === undefined || snap.createtxg > pivot.createtxg));
  }
  return { promote, destroyed };
}

function text(row: Record<string, unknown>, property: string): string {
  const value = (row.properties as Record<string, { value?: unknown; rawvalue?: unknown }> | undefined)?.[property];
  return String(value?.rawvalue ?? value?.value ?? '');
}

function inside(volume: string, name: string): boolean {
  return name === volume || name.startsWith(`${volume}/`);
}

/**
 * Applies the snapshot policy of a deprovisioning before anything is deleted: reads the snapshots and child
 * datasets of the volume and either refuses with a {@link ConflictError} that lists them (and their clones) or says
 * which clones to promote and whether the destroy must be recursive. Held snapshots that would be destroyed are
 * refused too (waiting does not release a hold).
 * @internal
 * @param api - the client.
 * @param volume - the volume.
 * @param policy - `refuse`, `destroy` or `promote-clones`.
 * @example
 * ```ts
 * const { promote, recursive } = await applySnapshotPolicy(api, 'tank/k8s/pvc-1', 'promote-clones');
 * ```
 */
export async function applySnapshotPolicy(
  api: ApiClient,
  volume: string,
  policy: 'refuse' | 'destroy' | 'promote-clones',
): Promise<{ promote: string[]; recursive: boolean }> {
  const children = (await queryRows(api, 'pool.dataset', [['id', '^', `${volume}/`]])).map((row) => String(row.id));
  const rows = (await api.snapshots.query([['name', '^', `${volume}`]])) as unknown as Record<string, unknown>[];
  const snapshots: VolumeSnapshot[] = rows
    .filter((row) => inside(volume, String(row.dataset)))
    .map((row) => ({
      dataset: String(row.dataset),
      name: String(row.name),
      createtxg: Number(row.createtxg ?? text(row, 'createtxg')),
      outsideClones: text(row, 'clones')
        .split(',')
        .filter((clone) => clone !== '' && !inside(volume, clone)),
      held: Number(text(row, 'userrefs') || 0) > 0,
    }));
  const listed = snapshots.map((snap) =>
    snap.outsideClones.length > 0 ? `${snap.name} (clones: ${snap.outsideClones.join(', ')})` : snap.name,
  );
  if (policy === 'refuse' && snapshots.length + children.length > 0) {
    throw new ConflictError({
      subject: volume,
      reason: `it has ${snapshots.length} snapshot(s) and ${children.length} child dataset(s)`,
      conflicts: [...children.map((child) => `child dataset ${child}`), ...listed.map((line) => `snapshot ${line}`)],
      hint: "Pass snapshots: 'destroy' to destroy them with the volume, or 'promote-clones' to keep the clones.",
    });
  }
  const outside = snapshots.filter((snap) => snap.outsideClones.length > 0);
  if (policy === 'destroy' && outside.length > 0) {
    throw new ConflictError({
      subject: volume,
      reason: 'clones outside the volume depend on its snapshots',
      conflicts: outside.map((snap) => `snapshot ${snap.name} (clones: ${snap.outsideClones.join(', ')})`),
      hint: "Pass snapshots: 'promote-clones' to keep the clones, or destroy the clones first.",
    });
  }
  const { promote, destroyed } = planPromotions(snapshots);
  const held = destroyed.filter((snap) => snap.held);
  if (held.length > 0) {
    throw new ConflictError({
      subject: volume,
      reason: 'snapshots that would be destroyed are held',
      conflicts: held.map((snap) => `snapshot ${snap.name}`),
      hint: 'Release the holds (api.snapshots.release) and retry.',
    });
  }
  return { promote: policy === 'promote-clones' ? promote : [], recursive: snapshots.length + children.length > 0 };
}
