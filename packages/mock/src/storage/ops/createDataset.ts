import { Errno } from '../../errno.js';
import { CallError, ValidationErrors } from '../../errors.js';
import { apiPropChanges } from '../datasets/apiProps.js';
import { datasetRow } from '../datasets/datasetRow.js';
import { availableOf } from '../datasets/datasetSpace.js';
import { insertDataset } from '../datasets/insertDataset.js';
import { type DatasetData, existingParent, validateDataset } from '../datasets/validateDataset.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset } from '../storageEvents.js';
import { parentName } from '../storageState.js';

const SCHEMA = 'pool_dataset_create';
const NAME_RE = /^[A-Za-z0-9_.: -]+(\/[A-Za-z0-9_.: -]+)+$/;

function shareTypeDefaults(data: DatasetData): void {
  if (data.type !== 'FILESYSTEM') return;
  if (data.share_type === 'SMB')
    Object.assign(data, { casesensitivity: 'INSENSITIVE', acltype: 'NFSV4', aclmode: 'RESTRICTED' });
  else if (data.share_type === 'APPS' || data.share_type === 'MULTIPROTOCOL' || data.share_type === 'NFS') {
    Object.assign(data, { casesensitivity: 'SENSITIVE', atime: 'OFF', acltype: 'NFSV4', aclmode: 'PASSTHROUGH' });
  }
}

function checkName(verrors: ValidationErrors, name: string): boolean {
  if (!name.includes('/')) verrors.add(`${SCHEMA}.name`, 'You need a full name, e.g. pool/newdataset');
  else if (!NAME_RE.test(name)) verrors.add(`${SCHEMA}.name`, 'Invalid dataset name');
  else if (name.endsWith(' ')) verrors.add(`${SCHEMA}.name`, 'Trailing spaces are not permitted in dataset names');
  else return true;
  return false;
}

function checkParent(domain: StorageDomain, verrors: ValidationErrors, data: DatasetData) {
  const createAncestors = data.create_ancestors === true;
  const parent = existingParent(domain.state, data.name, createAncestors);
  if (!parent.ds) {
    if (createAncestors) {
      verrors.add(`${SCHEMA}.name`, 'Please specify a pool which exists for the dataset/volume to be created');
    } else {
      const depth = data.name.split('/').length - 1;
      verrors.add(`${SCHEMA}.name`, `${depth === 1 ? 'zpool' : 'Parent dataset'} (${parent.name}) does not exist.`);
    }
  } else if (parent.ds.local.get('readonly') === 'on') {
    verrors.add(
      `${SCHEMA}.readonly`,
      `Turn off readonly mode on ${parent.ds.name} to create ${data.name.split('/')[0]}`,
    );
  }
  verrors.check();
  return parent.ds as NonNullable<typeof parent.ds>;
}

function localProps(data: DatasetData): Map<string, string> {
  const { set } = apiPropChanges(data);
  if (data.type === 'FILESYSTEM' && !set.has('xattr')) set.set('xattr', 'sa');
  if (data.type === 'VOLUME' && !set.has('refreservation')) {
    set.set('refreservation', data.sparse === true ? '0' : String(data.volsize));
  }
  if (data.encryption === true) {
    const options = (data.encryption_options ?? {}) as Record<string, unknown>;
    set.set('encryption', String(options.algorithm ?? 'AES-256-GCM').toLowerCase());
    set.set('keyformat', typeof options.passphrase === 'string' ? 'passphrase' : 'hex');
    if (typeof options.passphrase === 'string') set.set('pbkdf2iters', String(options.pbkdf2iters ?? 350000));
  }
  for (const prop of (data.user_properties ?? []) as { key: string; value: string }[]) set.set(prop.key, prop.value);
  return set;
}

/**
 * `pool.dataset.create`: the middleware's validation (name, parent, type-specific fields, ACLs, the 80 % `volsize`
 * rule, block-size multiple, existing path), then ZFS's own failures (`dataset already exists`, `out of space` for a
 * thick zvol or reservation larger than the parent's available space). Creates missing ancestors with
 * `create_ancestors`, sends `pool.dataset.query` ADDED and returns the new row.
 * @internal
 */
export function createDataset(domain: StorageDomain, input: Record<string, unknown>): Record<string, unknown> {
  const state = domain.state;
  if (typeof input.name !== 'string') throw new ValidationErrors([[`${SCHEMA}.name`, 'Field required', Errno.EINVAL]]);
  const data = { ...input, type: input.type === 'VOLUME' ? 'VOLUME' : 'FILESYSTEM' } as DatasetData;
  if (data.type === 'VOLUME' && data.volblocksize === undefined) data.volblocksize = '16K';
  const verrors = new ValidationErrors();
  if (!checkName(verrors, data.name)) verrors.check();
  shareTypeDefaults(data);
  const parent = checkParent(domain, verrors, data);
  validateDataset(verrors, state, SCHEMA, data, parent);
  verrors.check();
  if (parent.type === 'VOLUME') verrors.add(`${SCHEMA}.name`, `${parent.name}: parent may not be a ZFS volume`);
  const existing = state.datasets.get(data.name);
  if (existing?.type === 'FILESYSTEM') verrors.add(`${SCHEMA}.name`, `Path /mnt/${data.name} already exists`);
  if (data.encryption === true && data.inherit_encryption !== false) {
    verrors.add(`${SCHEMA}.inherit_encryption`, 'Must be disabled when encryption is enabled.');
  }
  verrors.check();
  if (existing) throw new CallError(`Failed to create dataset ${data.name}: dataset already exists`, Errno.EEXIST);
  const local = localProps(data);
  const charge = Math.max(Number(local.get('refreservation') ?? 0), Number(local.get('reservation') ?? 0));
  if (charge > availableOf(state, parent)) {
    throw new CallError(`Failed to create dataset ${data.name}: out of space`, Errno.ENOSPC);
  }
  const created: string[] = [];
  for (let name = parentName(data.name); name && !state.datasets.has(name); name = parentName(name))
    created.unshift(name);
  for (const name of created) insertDataset(state, { name, type: 'FILESYSTEM', local: new Map([['xattr', 'sa']]) });
  const ds = insertDataset(state, { name: data.name, type: data.type, local });
  for (const name of [...created, ds.name]) emitDataset(domain, 'ADDED', name);
  return datasetRow(state, ds, domain.profile);
}
