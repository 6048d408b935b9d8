import { formatCreation, zfsNicenum } from '../format/zfsFormat.js';
import { poolNameOf, type StorageState } from '../storageState.js';
import type { SnapshotState } from '../storageTypes.js';

/** `pool.snapshot.query` / `zfs.snapshot.query` `options.extra`. @internal */
export type SnapshotRowOptions = {
  /** Property names; `null` = the default set. */
  properties: readonly string[] | null;
  /** Include `holds`. */
  holds: boolean;
  /** Include `retention` (always `null`: no periodic snapshot tasks). */
  retention: boolean;
};

/** Default snapshot row options. @internal */
export const SNAPSHOT_DEFAULTS: SnapshotRowOptions = { properties: null, holds: false, retention: false };

const DEFAULT_PROPS = [
  'name',
  'type',
  'creation',
  'used',
  'referenced',
  'createtxg',
  'userrefs',
  'defer_destroy',
  'clones',
] as const;

type SnapshotProperty = { value: string; rawvalue: string; source: string; parsed: unknown };

function prop(raw: string, parsed: unknown, value: string = raw, source = 'NONE'): SnapshotProperty {
  return { value, rawvalue: raw, source, parsed };
}

function snapshotProperty(state: StorageState, snap: SnapshotState, name: string): SnapshotProperty | undefined {
  const full = `${snap.dataset}@${snap.name}`;
  switch (name) {
    case 'name':
      return prop(full, full);
    case 'type':
      return prop('snapshot', 'snapshot', 'SNAPSHOT');
    case 'creation': {
      const raw = String(Math.floor(snap.creation.getTime() / 1000));
      return prop(raw, new Date(Number(raw) * 1000), formatCreation(snap.creation));
    }
    case 'used':
      return prop(String(snap.unique), snap.unique, zfsNicenum(snap.unique));
    case 'referenced':
      return prop(String(snap.referenced), snap.referenced, zfsNicenum(snap.referenced));
    case 'createtxg':
      return prop(String(snap.createtxg), snap.createtxg);
    case 'guid':
      return prop(snap.guid, snap.guid);
    case 'userrefs':
      return prop(String(snap.holds.size), snap.holds.size);
    case 'defer_destroy':
      return prop(snap.deferDestroy ? 'on' : 'off', snap.deferDestroy);
    case 'clones': {
      const clones = state.clonesOf(full).map((c) => c.name);
      return prop(clones.join(','), clones.join(','));
    }
    default: {
      const user = snap.local.get(name);
      return user === undefined ? undefined : prop(user, user, user, 'LOCAL');
    }
  }
}

/**
 * Builds a snapshot row (`PoolSnapshotEntry`; 25.04 `zfs.snapshot.query` rows have the same fields): identity,
 * `createtxg` as a string, `properties` objects `{value, rawvalue, source, parsed}`, and `holds`/`retention` when
 * requested.
 * @internal
 */
export function snapshotRow(
  state: StorageState,
  snap: SnapshotState,
  options: SnapshotRowOptions = SNAPSHOT_DEFAULTS,
): Record<string, unknown> {
  const full = `${snap.dataset}@${snap.name}`;
  const names = options.properties ?? [...DEFAULT_PROPS, ...[...snap.local.keys()].filter((k) => k.includes(':'))];
  const properties: Record<string, SnapshotProperty> = {};
  for (const name of names) {
    const value = snapshotProperty(state, snap, name);
    if (value) properties[name] = value;
  }
  const row: Record<string, unknown> = {
    id: full,
    name: full,
    pool: poolNameOf(full),
    type: 'SNAPSHOT',
    snapshot_name: snap.name,
    dataset: snap.dataset,
    createtxg: String(snap.createtxg),
    properties,
  };
  if (options.holds) row.holds = Object.fromEntries([...snap.holds].map((tag) => [tag, 1]));
  if (options.retention) row.retention = null;
  return row;
}
