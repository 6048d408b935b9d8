import type { EventType } from '../events/eventTypes.js';
import { type AlertChange, alertRow, syncPoolAlerts } from './alerts/alertOps.js';
import { datasetRow } from './datasets/datasetRow.js';
import { diskRow } from './disks/diskRow.js';
import { poolRow, scanRow } from './pools/poolRow.js';
import { snapshotRow } from './snapshots/snapshotRow.js';
import type { StorageDomain } from './storageDomain.js';
import type { PoolState } from './storageTypes.js';

/** `pool.query` ADDED/CHANGED (full row) or REMOVED (id only). @internal */
export function emitPool(domain: StorageDomain, type: EventType, pool: PoolState): void {
  if (type === 'REMOVED') domain.emit('pool.query', 'REMOVED', { id: pool.id });
  else domain.emit('pool.query', type, { id: pool.id, fields: poolRow(domain.state, pool) });
}

/** `zfs.pool.scan` CHANGED `{scan, name}` (scrub/resilver progress). @internal */
export function emitScan(domain: StorageDomain, pool: PoolState): void {
  domain.emit('zfs.pool.scan', 'CHANGED', { id: pool.name, fields: { scan: scanRow(pool.scan), name: pool.name } });
}

/** `pool.dataset.query` for one dataset (REMOVED carries the id only). @internal */
export function emitDataset(domain: StorageDomain, type: EventType, name: string): void {
  const ds = domain.state.datasets.get(name);
  if (type === 'REMOVED' || !ds) domain.emit('pool.dataset.query', 'REMOVED', { id: name });
  else domain.emit('pool.dataset.query', type, { id: name, fields: datasetRow(domain.state, ds, domain.profile) });
}

/**
 * `pool.snapshot.query` (25.10) / `zfs.snapshot.query` (25.04) for one snapshot; REMOVED carries
 * `extra.recursive` like the server.
 * @internal
 */
export function emitSnapshot(domain: StorageDomain, type: EventType, full: string, recursive = false): void {
  const snapshot = domain.state.snapshots.get(full);
  if (type === 'REMOVED' || !snapshot) {
    domain.emit(domain.snapshotCollection, 'REMOVED', { id: full, extra: { recursive } });
  } else {
    domain.emit(domain.snapshotCollection, type, { id: full, fields: snapshotRow(domain.state, snapshot) });
  }
}

/** `disk.query` CHANGED for each named disk. @internal */
export function emitDisks(domain: StorageDomain, names: Iterable<string>): void {
  for (const name of names) {
    const disk = domain.state.disks.get(name);
    if (!disk) continue;
    domain.emit('disk.query', 'CHANGED', { id: name, fields: diskRow(domain.state, disk, domain.profile) });
  }
}

/** `alert.list` events for alert changes. @internal */
export function emitAlerts(domain: StorageDomain, changes: readonly AlertChange[]): void {
  for (const { type, alert } of changes) {
    if (type === 'REMOVED') domain.emit('alert.list', 'REMOVED', { id: alert.uuid });
    else domain.emit('alert.list', type, { id: alert.uuid, fields: alertRow(alert) });
  }
}

/** Re-evaluates pool alerts after a change and announces the difference. @internal */
export function refreshAlerts(domain: StorageDomain): void {
  emitAlerts(domain, syncPoolAlerts(domain.state));
}
