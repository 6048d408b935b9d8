import type { ValidationErrors } from '../../errors.js';
import { parentName, type StorageState } from '../storageState.js';
import type { DatasetState, DatasetType } from '../storageTypes.js';
import { RECORDSIZE_CHOICES, volblocksizeBytes } from './apiProps.js';
import { resolveProp } from './datasetProperty.js';
import { availableOf, usedOf } from './datasetSpace.js';
import { PROPERTY_BY_NAME, type PropDef } from './propertyTable.js';

/** Create/update payload after param validation (API field names). @internal */
export type DatasetData = Record<string, unknown> & { name: string; type: DatasetType };

const FS_ONLY = ['aclmode', 'acltype', 'atime', 'casesensitivity', 'quota', 'refquota', 'recordsize'] as const;
const VOL_ONLY = ['force_size', 'sparse', 'volsize', 'volblocksize'] as const;

function upperProp(state: StorageState, ds: DatasetState, zfs: string): string {
  return resolveProp(state, ds, PROPERTY_BY_NAME.get(zfs) as PropDef).raw.toUpperCase();
}

function validateAcl(
  verrors: ValidationErrors,
  state: StorageState,
  schema: string,
  data: DatasetData,
  parent: DatasetState,
  current?: DatasetState,
): void {
  const effective = (key: 'acltype' | 'aclmode'): string => {
    const given = data[key] ?? (current ? upperProp(state, current, key) : 'INHERIT');
    return given === 'INHERIT' ? upperProp(state, parent, key) : String(given);
  };
  const acltype = effective('acltype');
  const aclmode = effective('aclmode');
  if ((acltype === 'POSIX' || acltype === 'OFF') && aclmode !== 'DISCARD') {
    verrors.add(`${schema}.aclmode`, 'Must be set to DISCARD when acltype is POSIX or OFF');
  } else if (acltype === 'NFSV4' && aclmode === 'DISCARD') {
    verrors.add(`${schema}.aclmode`, 'DISCARD aclmode may not be set for NFSv4 acl type');
  }
}

function validateVolume(
  verrors: ValidationErrors,
  state: StorageState,
  schema: string,
  data: DatasetData,
  parent: DatasetState,
  current?: DatasetState,
): void {
  for (const field of FS_ONLY)
    if (field in data) verrors.add(`${schema}.${field}`, 'This field is not valid for VOLUME');
  if (typeof data.volsize !== 'number') return;
  let available = availableOf(state, parent);
  if (current) available += usedOf(state, current);
  if (data.volsize > available * 0.8 && data.force_size !== true) {
    verrors.add(`${schema}.volsize`, 'It is not recommended to use more than 80% of your available space for VOLUME');
  }
  if (typeof data.volblocksize === 'string' && data.volsize % volblocksizeBytes(data.volblocksize) !== 0) {
    verrors.add(`${schema}.volsize`, 'Volume size should be a multiple of volume block size');
  }
}

/**
 * The middleware's `common_validation` for `pool.dataset.create`/`update` once the parent is known: ACL type/mode
 * combinations, fields that do not apply to the type, `recordsize` choices, the 80 % rule and block-size multiple for
 * `volsize`, `special_small_block_size` range, and `user_properties_update` entries.
 * @internal
 */
export function validateDataset(
  verrors: ValidationErrors,
  state: StorageState,
  schema: string,
  data: DatasetData,
  parent: DatasetState,
  current?: DatasetState,
): void {
  if (data.type === 'FILESYSTEM') {
    validateAcl(verrors, state, schema, data, parent, current);
    for (const field of VOL_ONLY)
      if (field in data) verrors.add(`${schema}.${field}`, 'This field is not valid for FILESYSTEM');
    const recordsize = data.recordsize;
    if (typeof recordsize === 'string' && recordsize !== 'INHERIT' && !RECORDSIZE_CHOICES.includes(recordsize)) {
      verrors.add(`${schema}.recordsize`, `'${recordsize}' is an invalid recordsize.`);
    }
  } else validateVolume(verrors, state, schema, data, parent, current);
  const small = data.special_small_block_size;
  if (typeof small === 'number' && !(small >= 0 && small <= 16 * 1048576)) {
    verrors.add(`${schema}.special_small_block_size`, 'This field must be from zero to 16M');
  }
  const updates = data.user_properties_update;
  if (Array.isArray(updates) && updates.length > 0) {
    if (Array.isArray(data.user_properties) && data.user_properties.length > 0) {
      verrors.add(
        `${schema}.user_properties_update`,
        'Should not be specified when "user_properties" are explicitly specified',
      );
    }
    updates.forEach((prop: Record<string, unknown>, index) => {
      const where = `${schema}.user_properties_update.${index}`;
      if ('value' in prop && prop.remove)
        verrors.add(`${where}.remove`, 'When "value" is specified, this cannot be set');
      else if (!('value' in prop) && !('remove' in prop))
        verrors.add(`${where}.value`, 'Either "value" or "remove" must be specified');
    });
  }
}

/** The parent a create checks: the direct parent, or (with `create_ancestors`) the nearest existing ancestor. @internal */
export function existingParent(
  state: StorageState,
  name: string,
  createAncestors: boolean,
): { name: string; ds?: DatasetState } {
  let parent = parentName(name) ?? name;
  if (createAncestors) {
    while (!state.datasets.has(parent) && parent.includes('/')) parent = parentName(parent) as string;
  }
  return { name: parent, ds: state.datasets.get(parent) };
}
