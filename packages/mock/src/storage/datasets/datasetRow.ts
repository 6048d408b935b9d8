import type { VersionProfile } from '../../profile.js';
import { parentName, poolNameOf, type StorageState } from '../storageState.js';
import type { DatasetState } from '../storageTypes.js';
import { computedRaw, effectiveUserProps, propertyObject, resolveProp, userPropertyObject } from './datasetProperty.js';
import { datasetSpace } from './datasetSpace.js';
import { PROPERTIES, PROPERTY_BY_NAME, type PropDef, TRUENAS_USER_PROPS } from './propertyTable.js';

/** Which parts of a row to build (`pool.dataset.query` `options.extra`). @internal */
export type DatasetRowOptions = {
  /** ZFS (or row) property names; `null` = the default set, `[]` = none. */
  properties: readonly string[] | null;
  /** Include `user_properties`. */
  userProps: boolean;
};

/** Default row options. @internal */
export const FULL_ROW: DatasetRowOptions = { properties: null, userProps: true };

function applies(prop: PropDef, ds: DatasetState): boolean {
  return ds.type === 'VOLUME' ? prop.vol : prop.fs;
}

function selectedProps(ds: DatasetState, names: readonly string[] | null): PropDef[] {
  if (names === null) return PROPERTIES.filter((p) => p.base && applies(p, ds));
  const out: PropDef[] = [];
  for (const name of names) {
    const prop = PROPERTY_BY_NAME.get(name.toLowerCase());
    if (prop && applies(prop, ds) && !out.includes(prop)) out.push(prop);
  }
  return out;
}

/** Nearest dataset (itself or an ancestor) that set `encryption` locally. @internal */
export function encryptionRoot(state: StorageState, ds: DatasetState): string | null {
  for (let name: string | undefined = ds.name; name !== undefined; name = parentName(name)) {
    const value = state.datasets.get(name)?.local.get('encryption');
    if (value !== undefined) return value === 'off' ? null : name;
  }
  return null;
}

/**
 * Builds a `pool.dataset.query` row (without `children`, which the query fills in): identity, encryption summary,
 * the selected ZFS property objects, TrueNAS fields kept in user properties (`comments`, `quota_warning`, ...),
 * `user_properties` and `mountpoint`.
 * @internal
 */
export function datasetRow(
  state: StorageState,
  ds: DatasetState,
  profile: VersionProfile,
  options: DatasetRowOptions = FULL_ROW,
): Record<string, unknown> {
  const root = encryptionRoot(state, ds);
  const row: Record<string, unknown> = {
    id: ds.name,
    type: ds.type,
    name: ds.name,
    pool: poolNameOf(ds.name),
    encrypted: root !== null,
    encryption_root: root,
    key_loaded: root !== null,
    locked: false,
  };
  const props = selectedProps(ds, options.properties);
  if (props.length > 0) {
    const space = datasetSpace(state, ds);
    for (const prop of props) {
      const resolved = prop.computed
        ? { raw: computedRaw(ds, prop, space), source: 'NONE' as const, sourceInfo: null }
        : resolveProp(state, ds, prop);
      row[prop.api] = propertyObject(prop, resolved, profile);
    }
  }
  const userProps = effectiveUserProps(state, ds);
  for (const [key, field] of TRUENAS_USER_PROPS) {
    const value = userProps.get(key);
    if (value !== undefined) row[field] = userPropertyObject(value);
  }
  if (options.userProps) {
    const visible: Record<string, unknown> = {};
    for (const [key, value] of userProps) if (!TRUENAS_USER_PROPS.has(key)) visible[key] = userPropertyObject(value);
    row.user_properties = visible;
  }
  row.mountpoint = ds.type === 'VOLUME' ? null : `/mnt/${ds.name}`;
  row.children = [];
  return row;
}
