import type { QueryOptions } from '@tn/api';
import type { VersionProfile } from '../../profile.js';
import { extraFlag, extraList } from '../queryRows.js';
import { parentName, type StorageState } from '../storageState.js';
import { datasetRow } from './datasetRow.js';

function snapshotSummary(state: StorageState, name: string): Record<string, unknown>[] {
  return state.snapshotsOf(name).map((s) => ({
    pool: name.split('/')[0],
    name: `${name}@${s.name}`,
    type: 'SNAPSHOT',
    snapshot_name: s.name,
    dataset: name,
    id: `${name}@${s.name}`,
    createtxg: String(s.createtxg),
  }));
}

/**
 * The rows `pool.dataset.query` filters, honouring `options.extra`: `properties` (`null` = default set, list =
 * those), `retrieve_user_props` (default true), `retrieve_children` (default true: `children` holds the nested
 * child rows), `snapshots`/`snapshots_recursive`/`snapshots_count`. Every dataset is a row (the flat form).
 * @internal
 */
export function datasetRows(
  state: StorageState,
  options: QueryOptions,
  profile: VersionProfile,
): Record<string, unknown>[] {
  const properties = extraList(options, 'properties');
  const userProps = extraFlag(options, 'retrieve_user_props', true);
  const children = extraFlag(options, 'retrieve_children', true);
  const snapshots = extraFlag(options, 'snapshots', false);
  const snapshotsRecursive = extraFlag(options, 'snapshots_recursive', false);
  const snapshotCount = extraFlag(options, 'snapshots_count', false);
  const byName = new Map<string, Record<string, unknown>>();
  const list = state.datasetList();
  for (const ds of list) {
    const row = datasetRow(state, ds, profile, { properties, userProps });
    if (snapshotCount) row.snapshot_count = state.snapshotsOf(ds.name).length;
    if (snapshots || snapshotsRecursive) {
      const names = snapshotsRecursive ? [ds.name, ...state.descendantsOf(ds.name).map((d) => d.name)] : [ds.name];
      row.snapshots = names.flatMap((n) => snapshotSummary(state, n));
    }
    byName.set(ds.name, row);
  }
  if (children) {
    for (const ds of list) {
      const parent = byName.get(parentName(ds.name) ?? '');
      if (parent) (parent.children as unknown[]).push(byName.get(ds.name));
    }
  }
  return [...byName.values()];
}

/**
 * The hierarchical form (`extra.flat: false`): matching rows whose ancestors did not match, each with its subtree
 * in `children`.
 * @internal
 */
export function topLevelRows(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const names = new Set(rows.map((r) => String(r.name)));
  return rows.filter((row) => {
    for (let p = parentName(String(row.name)); p !== undefined; p = parentName(p)) if (names.has(p)) return false;
    return true;
  });
}
