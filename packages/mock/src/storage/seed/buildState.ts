import { createAlert, syncPoolAlerts } from '../alerts/alertOps.js';
import { uuidFor } from '../nextRowId.js';
import { StorageState } from '../storageState.js';
import { addSeedDatasets } from './seedDatasets.js';
import { addSeedDisk } from './seedDisks.js';
import { addSeedPool } from './seedPools.js';
import type { StorageSeed } from './storageSeed.js';

/**
 * Builds a fresh {@link StorageState} from a seed: disks, pools (with root datasets), datasets, snapshots, seeded
 * alerts, then the pool health/capacity alerts. Throws `MockServerError` for an inconsistent seed.
 * @internal
 */
export function buildState(seed: StorageSeed): StorageState {
  const state = new StorageState();
  for (const disk of seed.disks ?? []) addSeedDisk(state, disk);
  for (const pool of seed.pools ?? []) addSeedPool(state, pool);
  addSeedDatasets(state, seed);
  (seed.alerts ?? []).forEach((alert, i) => {
    state.alerts.push(createAlert(alert, uuidFor(`alert:${i}:${alert.klass}`)));
  });
  syncPoolAlerts(state);
  return state;
}
