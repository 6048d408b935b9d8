import { Errno } from '../../errno.js';
import { ValidationError, ValidationErrors } from '../../errors.js';
import { apiPropChanges } from '../datasets/apiProps.js';
import { datasetRow } from '../datasets/datasetRow.js';
import { availableOf, numericProp, usedOf } from '../datasets/datasetSpace.js';
import { type DatasetData, validateDataset } from '../datasets/validateDataset.js';
import { formatBlockSize } from '../format/zfsFormat.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, refreshAlerts } from '../storageEvents.js';
import { parentName } from '../storageState.js';
import type { DatasetState } from '../storageTypes.js';

const SCHEMA = 'pool_dataset_update';

function zfsFailure(message: string): ValidationError {
  return new ValidationError('pool.dataset.update', `Failed to update properties: ${message}`);
}

/** ZFS's own checks of new space properties against what is available and used. */
function checkSpace(domain: StorageDomain, ds: DatasetState, next: Map<string, string>): void {
  const state = domain.state;
  const used = usedOf(state, ds);
  const room = availableOf(state, ds);
  const grow = (prop: string) => Math.max(0, Number(next.get(prop) ?? numericProp(ds, prop)) - numericProp(ds, prop));
  if (grow('refreservation') > room || grow('reservation') > room)
    throw zfsFailure('size is greater than available space');
  for (const prop of ['quota', 'refquota']) {
    const value = Number(next.get(prop) ?? 0);
    const current = prop === 'quota' ? used : ds.head;
    if (next.has(prop) && value > 0 && value < current)
      throw zfsFailure('size is less than current used or reserved space');
  }
}

/**
 * `pool.dataset.update`: validation like the middleware (unknown id → `id` ENOENT entry, type-specific fields,
 * `volsize` cannot shrink, 80 % rule, user property updates), ZFS's space checks (reported as
 * `pool.dataset.update: Failed to update properties: ...`), then the changes: set, inherit (`INHERIT`) and user
 * properties; a thick zvol's `refreservation` follows its `volsize`. Sends CHANGED and returns the row.
 * @internal
 */
export function updateDataset(
  domain: StorageDomain,
  id: string,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const state = domain.state;
  const ds = state.datasets.get(id);
  const verrors = new ValidationErrors();
  if (!ds) {
    verrors.add('id', `${id} does not exist`, Errno.ENOENT);
    verrors.check();
    throw verrors;
  }
  const data: DatasetData = { ...input, name: ds.name, type: ds.type };
  if (ds.type === 'VOLUME') data.volblocksize = formatBlockSize(numericProp(ds, 'volblocksize'));
  const parent = state.datasets.get(parentName(ds.name) ?? ds.name) ?? ds;
  validateDataset(verrors, state, SCHEMA, data, parent, ds);
  if (typeof data.volsize === 'number' && data.volsize < numericProp(ds, 'volsize')) {
    verrors.add(`${SCHEMA}.volsize`, 'You cannot shrink a zvol from GUI, this may lead to data loss.');
  }
  verrors.check();
  const { set, inherit } = apiPropChanges(input);
  set.delete('volblocksize');
  for (const prop of (input.user_properties_update ?? []) as { key: string; value?: string; remove?: boolean }[]) {
    if (prop.value !== undefined) set.set(prop.key, prop.value);
    else if (prop.remove) inherit.add(prop.key);
  }
  for (const prop of (input.user_properties ?? []) as { key: string; value: string }[]) set.set(prop.key, prop.value);
  if (ds.type === 'VOLUME' && set.has('volsize') && numericProp(ds, 'refreservation') === numericProp(ds, 'volsize')) {
    if (!set.has('refreservation')) set.set('refreservation', set.get('volsize') as string);
  }
  checkSpace(domain, ds, set);
  for (const [key, value] of set) ds.local.set(key, value);
  for (const key of inherit) ds.local.delete(key);
  emitDataset(domain, 'CHANGED', ds.name);
  refreshAlerts(domain);
  return datasetRow(state, ds, domain.profile);
}
