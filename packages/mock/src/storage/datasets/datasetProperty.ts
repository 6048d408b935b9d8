import type { VersionProfile } from '../../profile.js';
import { formatBlockSize, formatCreation, formatSize } from '../format/zfsFormat.js';
import { parentName, type StorageState } from '../storageState.js';
import type { DatasetState } from '../storageTypes.js';
import type { DatasetSpace } from './datasetSpace.js';
import type { PropDef } from './propertyTable.js';

/** Where a property value comes from (`truenas_pylibzfs.PropertySource` names). @internal */
export type PropSource = 'NONE' | 'DEFAULT' | 'LOCAL' | 'INHERITED';

/** A property value with its source. @internal */
export type ResolvedProp = { raw: string; source: PropSource; sourceInfo: string | null };

/**
 * A ZFS property object as rows carry it.
 * @internal
 */
export type ZfsPropertyObject = {
  parsed: unknown;
  rawvalue: string;
  value: string | null;
  source: PropSource;
  source_info: string | null;
};

/**
 * Resolves a settable property: set locally, else inherited from the nearest ancestor that sets it (inheritable
 * properties only; `source_info` names that ancestor), else the default.
 * @internal
 */
export function resolveProp(state: StorageState, ds: DatasetState, prop: PropDef): ResolvedProp {
  const own = ds.local.get(prop.zfs);
  if (own !== undefined) return { raw: own, source: 'LOCAL', sourceInfo: null };
  if (prop.inherit) {
    for (let name = parentName(ds.name); name !== undefined; name = parentName(name)) {
      const value = state.datasets.get(name)?.local.get(prop.zfs);
      if (value !== undefined) return { raw: value, source: 'INHERITED', sourceInfo: name };
    }
  }
  return { raw: prop.default, source: 'DEFAULT', sourceInfo: null };
}

/** A user property (`key:value` name), own or inherited, `undefined` when unset. @internal */
export function resolveUserProp(state: StorageState, ds: DatasetState, key: string): string | undefined {
  for (let name: string | undefined = ds.name; name !== undefined; name = parentName(name)) {
    const value = state.datasets.get(name)?.local.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Every user property in effect (own and inherited, nearest wins). @internal */
export function effectiveUserProps(state: StorageState, ds: DatasetState): Map<string, string> {
  const out = new Map<string, string>();
  for (let name: string | undefined = ds.name; name !== undefined; name = parentName(name)) {
    const local = state.datasets.get(name)?.local;
    if (!local) continue;
    for (const [key, value] of local) if (key.includes(':') && !out.has(key)) out.set(key, value);
  }
  return out;
}

/** Raw value of a computed property. @internal */
export function computedRaw(ds: DatasetState, prop: PropDef, space: DatasetSpace): string {
  switch (prop.zfs) {
    case 'creation':
      return String(Math.floor(ds.creation.getTime() / 1000));
    case 'compressratio':
      return '1.00';
    case 'origin':
      return ds.origin ?? 'none';
    case 'referenced':
    case 'logicalreferenced':
      return String(space.referenced);
    case 'logicalused':
      return String(space.used);
    case 'written':
      return String(Math.max(0, ds.head - ds.shared));
    default: {
      const value = space[prop.zfs as keyof DatasetSpace];
      return String(value ?? 0);
    }
  }
}

function upper(raw: string): string {
  return raw.toUpperCase();
}

/**
 * Builds the property object of `prop` from its raw value, like `normalize_zfs_properties` (25.10) and the legacy
 * property mapping of `pool.dataset.query` (25.04), which differ only for free text (`text` kind).
 * @internal
 */
export function propertyObject(prop: PropDef, resolved: ResolvedProp, profile: VersionProfile): ZfsPropertyObject {
  const { raw, source, sourceInfo } = resolved;
  const base = { rawvalue: raw, source, source_info: sourceInfo };
  switch (prop.kind) {
    case 'date': {
      const date = new Date(Number(raw) * 1000);
      return { parsed: date, ...base, value: formatCreation(date) };
    }
    case 'bool':
      return { parsed: raw === 'on' ? true : raw === 'off' ? false : null, ...base, value: upper(raw) };
    case 'nullsize':
      if (raw === '0' || raw === 'none') return { parsed: null, ...base, rawvalue: '0', value: null };
      return { parsed: Number(raw), ...base, value: formatSize(Number(raw)) };
    case 'size':
      return { parsed: Number(raw), ...base, value: formatSize(Number(raw)) };
    case 'blocksize':
      return { parsed: Number(raw), ...base, value: formatBlockSize(Number(raw)) };
    case 'int':
      return { parsed: Number(raw), ...base, value: upper(raw) };
    case 'string':
      return stringProperty(prop, resolved);
    case 'text':
      return textProperty(resolved, profile);
    default:
      return { parsed: raw, ...base, value: upper(raw) };
  }
}

function stringProperty(prop: PropDef, { raw, source, sourceInfo }: ResolvedProp): ZfsPropertyObject {
  const base = { parsed: raw, rawvalue: raw, source, source_info: sourceInfo };
  if (prop.zfs === 'compressratio') return { ...base, value: `${raw}x` };
  if (prop.zfs === 'encryption' && raw === 'off') return { ...base, value: null };
  if (prop.zfs === 'keyformat' && raw === 'none') return { ...base, value: null };
  return { ...base, value: upper(raw) };
}

/** Free text (`origin`); `none` (not a clone) is reported as empty strings on both releases. */
function textProperty({ raw, source, sourceInfo }: ResolvedProp, profile: VersionProfile): ZfsPropertyObject {
  const text = raw === 'none' ? '' : raw;
  const value = profile === '25.04' ? text : upper(text);
  return { parsed: text, rawvalue: text, value, source, source_info: sourceInfo };
}

/** A user property object (`normalize_user_properties`: the source is always reported as `LOCAL`). @internal */
export function userPropertyObject(value: string): ZfsPropertyObject {
  return { parsed: value, rawvalue: value, value, source: 'LOCAL', source_info: null };
}
