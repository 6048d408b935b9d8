import { Errno } from '../../errno.js';
import { CallError, ValidationError, ValidationErrors } from '../../errors.js';
import { insertSnapshot } from '../snapshots/insertSnapshot.js';
import { snapshotRow } from '../snapshots/snapshotRow.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitSnapshot } from '../storageEvents.js';
import type { SnapshotState } from '../storageTypes.js';

/** `pool.snapshot.create` / `zfs.snapshot.create` payload. @internal */
export type SnapshotCreateData = {
  dataset: string;
  name?: string;
  naming_schema?: string;
  recursive?: boolean;
  exclude?: string[];
  vmware_sync?: boolean;
  properties?: Record<string, unknown>;
};

const SNAPSHOT_NAME = /^[A-Za-z0-9_.:-]+$/;

/** Expands a periodic-task naming schema (`auto-%Y-%m-%d_%H-%M`) with the current UTC time. @internal */
export function expandNamingSchema(schema: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const parts: Record<string, string> = {
    Y: String(now.getUTCFullYear()),
    m: pad(now.getUTCMonth() + 1),
    d: pad(now.getUTCDate()),
    H: pad(now.getUTCHours()),
    M: pad(now.getUTCMinutes()),
    S: pad(now.getUTCSeconds()),
    z: '+0000',
    '%': '%',
  };
  return schema.replace(/%([YmdHMSz%])/g, (_m, key: string) => parts[key] ?? '');
}

function validate(data: SnapshotCreateData): string {
  const verrors = new ValidationErrors();
  if (typeof data.dataset !== 'string') verrors.add('snapshot_create.dataset', 'Field required').check();
  let name = '';
  if (data.name !== undefined && data.naming_schema !== undefined) {
    verrors.add('snapshot_create.naming_schema', "You can't specify name and naming schema at the same time");
  } else if (data.name !== undefined) name = data.name;
  else if (data.naming_schema !== undefined) name = expandNamingSchema(data.naming_schema);
  else verrors.add('snapshot_create.naming_schema', 'You must specify either name or naming schema');
  if (data.exclude?.length) {
    if (!data.recursive) verrors.add('snapshot_create.exclude', 'This option has no sense for non-recursive snapshots');
    if (data.vmware_sync)
      verrors.add('snapshot_create.vmware_sync', 'This option is not supported when excluding datasets');
    if (data.properties && Object.keys(data.properties).length > 0) {
      verrors.add('snapshot_create.properties', 'This option is not supported when excluding datasets');
    }
  }
  if (name && (!SNAPSHOT_NAME.test(name) || `${data.dataset}@${name}`.length > 255)) {
    verrors.add('snapshot_create.name', 'Invalid snapshot name');
  }
  verrors.check();
  return name;
}

/**
 * Takes a snapshot (recursively over descendants, minus `exclude`, with `recursive`). 25.04 reports ZFS failures as
 * `CallError("Failed to snapshot ds@name: ...")` (EEXIST for an existing one); 25.10 reports an existing snapshot as
 * `ValidationError("pool.snapshot.create", "<name> already exists.")`. Sends ADDED per snapshot and returns the row
 * (25.10: without `holds`).
 * @internal
 */
export function createSnapshot(domain: StorageDomain, data: SnapshotCreateData): Record<string, unknown> {
  const state = domain.state;
  const name = validate(data);
  const full = `${data.dataset}@${name}`;
  const ds = state.datasets.get(data.dataset);
  if (!ds) throw new CallError(`Failed to snapshot ${full}: dataset does not exist`);
  const exclude = new Set(data.exclude ?? []);
  const targets = [ds, ...(data.recursive ? state.descendantsOf(ds.name) : []).filter((d) => !exclude.has(d.name))];
  const clash = targets.find((d) => state.snapshots.has(`${d.name}@${name}`));
  if (clash) {
    if (domain.profile === '25.10')
      throw new ValidationError('pool.snapshot.create', `${name} already exists.`, Errno.EEXIST);
    throw new CallError(`Failed to snapshot ${full}: dataset already exists`, Errno.EEXIST);
  }
  const properties = new Map(Object.entries(data.properties ?? {}).map(([k, v]) => [k, String(v)]));
  let top: SnapshotState | undefined;
  for (const target of targets) {
    const snapshot = insertSnapshot(state, target, name, { properties: new Map(properties) });
    top ??= snapshot;
    emitSnapshot(domain, 'ADDED', `${target.name}@${name}`);
  }
  return snapshotRow(state, top as SnapshotState);
}
