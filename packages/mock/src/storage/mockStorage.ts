import { randomUUID } from 'node:crypto';
import { createAlert } from './alerts/alertOps.js';
import type { AttachmentProvider } from './attachmentProvider.js';
import { datasetRow } from './datasets/datasetRow.js';
import { diskRow } from './disks/diskRow.js';
import { degradePool, setDiskStatus } from './ops/poolHealthOps.js';
import { fillPool, writeData } from './ops/spaceHooks.js';
import { poolRow } from './pools/poolRow.js';
import { addSeedDataset, addSeedSnapshot } from './seed/seedDatasets.js';
import { addSeedDisk } from './seed/seedDisks.js';
import { addSeedPool } from './seed/seedPools.js';
import type { RaiseAlertOptions, SeedDataset, SeedDisk, SeedPool, SeedSnapshot } from './seed/storageSeed.js';
import { servicesOf } from './services/servicesState.js';
import { setServiceState } from './services/systemServices.js';
import { snapshotRow } from './snapshots/snapshotRow.js';
import type { StorageDomain } from './storageDomain.js';
import { emitAlerts, emitDataset, emitDisks, emitPool, emitSnapshot, refreshAlerts } from './storageEvents.js';
import { leavesOf } from './storageState.js';

/**
 * Builder and test hooks of the storage emulation, available as `server.storage`. Builders take the seed shapes and
 * send the same events as the API would; changes last until `server.reset()` (which restores the seed).
 * Builders and hooks throw `MockServerError` (`MOCK_INVALID_CONFIG`) for unknown or conflicting names.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * const server = await createMockServer().start();
 * server.storage.addPool({ name: 'fast', disks: [{ name: 'nvme0n1', size: 2 * 1024 ** 4, type: 'SSD' }] });
 * server.storage.fillPool('tank', 95);      // creating a thick zvol now fails with ENOSPC "out of space"
 * server.storage.degradePool('tank');       // a mirror disk faults: DEGRADED + VolumeStatus alert
 * server.faults.failOnce('pool.dataset.create');
 * server.storage.setIscsiSessions('target0', 1); // iscsi.target.delete now fails with EBUSY
 * server.storage.setServiceState('nfs', 'STOPPED'); // service.query shows nfs STOPPED
 * ```
 */
export type MockStorage = {
  /** Adds a free disk; returns its `disk.query` row. */
  addDisk(disk: SeedDisk): Record<string, unknown>;
  /** Adds a pool with its root dataset (disks are created as needed); returns its `pool.query` row. */
  addPool(pool: SeedPool): Record<string, unknown>;
  /** Adds a filesystem, zvol or clone (bypassing API validation); returns its `pool.dataset.query` row. */
  addDataset(dataset: SeedDataset): Record<string, unknown>;
  /** Adds a snapshot; returns its snapshot row. */
  addSnapshot(snapshot: SeedSnapshot): Record<string, unknown>;
  /** Faults one disk of the pool's first redundant vdev (DEGRADED, or FAULTED without redundancy); returns its name. */
  degradePool(name: string): string;
  /** Marks a pooled disk FAULTED (errors counted), degrading or faulting its pool and raising `VolumeStatus`. */
  failDisk(name: string): void;
  /** Fills a pool to `percent` % allocated via its root dataset (capacity alerts at 80/90 %); returns the % reached. */
  fillPool(name: string, percent: number): number;
  /** Writes (or, negative, deletes) bytes in a dataset/zvol like a client; ENOSPC `CallError` when it does not fit. */
  writeData(dataset: string, bytes: number): void;
  /** Raises an alert (`alert.list` ADDED); returns its uuid. */
  raiseAlert(alert: RaiseAlertOptions): string;
  /** Registers a `pool.dataset.attachments` provider (kept across `reset()`). */
  registerAttachmentProvider(provider: AttachmentProvider): void;
  /** The `pool.query` row of a pool by name. */
  pool(name: string): Record<string, unknown> | undefined;
  /** The `pool.dataset.query` row of a dataset. */
  dataset(name: string): Record<string, unknown> | undefined;
  /** The snapshot row of `dataset@name`. */
  snapshot(name: string): Record<string, unknown> | undefined;
  /** Names of every dataset, in ZFS order. */
  datasetNames(): string[];
  /** Simulates `count` live iSCSI sessions on a target (by name): deleting it then fails with EBUSY; `0` clears. */
  setIscsiSessions(targetName: string, count: number): void;
  /**
   * Puts a system service (`cifs`, `nfs`, `iscsitarget`, `nvmet` on 25.10, `ssh`...) in `RUNNING` or `STOPPED`, as if
   * it had started or died, and sends the `service.query` CHANGED event. Sharing services start out running.
   */
  setServiceState(service: string, state: 'RUNNING' | 'STOPPED'): void;
};

/** Builds `server.storage` over a domain. @internal */
export function createMockStorage(domain: StorageDomain): MockStorage {
  const state = () => domain.state;
  return {
    addDisk(disk) {
      const created = addSeedDisk(state(), disk);
      const row = diskRow(state(), created, domain.profile);
      domain.emit('disk.query', 'ADDED', { id: created.name, fields: row });
      return row;
    },
    addPool(seed) {
      const pool = addSeedPool(state(), seed);
      emitPool(domain, 'ADDED', pool);
      emitDataset(domain, 'ADDED', pool.name);
      emitDisks(
        domain,
        Object.values(pool.topology)
          .flat()
          .flatMap(leavesOf)
          .map((l) => l.disk),
      );
      refreshAlerts(domain);
      return poolRow(state(), pool);
    },
    addDataset(seed) {
      const ds = addSeedDataset(state(), seed);
      emitDataset(domain, 'ADDED', ds.name);
      refreshAlerts(domain);
      return datasetRow(state(), ds, domain.profile);
    },
    addSnapshot(seed) {
      const snapshot = addSeedSnapshot(state(), seed);
      emitSnapshot(domain, 'ADDED', seed.name);
      refreshAlerts(domain);
      return snapshotRow(state(), snapshot);
    },
    degradePool: (name) => degradePool(domain, name),
    failDisk: (name) => setDiskStatus(domain, name, 'FAULTED'),
    fillPool: (name, percent) => fillPool(domain, name, percent),
    writeData: (dataset, bytes) => writeData(domain, dataset, bytes),
    raiseAlert(options) {
      const alert = createAlert(options, randomUUID());
      state().alerts.push(alert);
      emitAlerts(domain, [{ type: 'ADDED', alert }]);
      return alert.uuid;
    },
    registerAttachmentProvider(provider) {
      domain.providers.push(provider);
    },
    pool(name) {
      const pool = state().poolByName(name);
      return pool ? poolRow(state(), pool) : undefined;
    },
    dataset(name) {
      const ds = state().datasets.get(name);
      return ds ? datasetRow(state(), ds, domain.profile) : undefined;
    },
    snapshot(name) {
      const snapshot = state().snapshots.get(name);
      return snapshot ? snapshotRow(state(), snapshot) : undefined;
    },
    setServiceState: (service, state) => setServiceState(domain, service, state),
    setIscsiSessions(targetName, count) {
      if (count > 0) servicesOf(domain).sessions.set(targetName, count);
      else servicesOf(domain).sessions.delete(targetName);
    },
    datasetNames: () =>
      state()
        .datasetList()
        .map((d) => d.name),
  };
}
