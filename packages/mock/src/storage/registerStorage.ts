import type { MethodRegistry } from '../registry/methodRegistry.js';
import { alertHandlers } from './handlers/alertHandlers.js';
import { datasetHandlers } from './handlers/datasetHandlers.js';
import { diskHandlers } from './handlers/diskHandlers.js';
import { poolHandlers } from './handlers/poolHandlers.js';
import { poolScrubHandlers } from './handlers/poolScrubHandlers.js';
import { replicationHandlers } from './handlers/replicationHandlers.js';
import { snapshotHandlers } from './handlers/snapshotHandlers.js';
import { registerServices } from './services/registerServices.js';
import type { StorageDomain } from './storageDomain.js';

/**
 * Registers the storage namespaces for the domain's profile: `pool`, `pool.scrub`, `pool.dataset`,
 * `pool.snapshot` (25.10) or `zfs.snapshot` (25.04), `disk`, `alert`, `replication.run_onetime` (transport LOCAL),
 * and the services (`sharing.*`, `iscsi.*`, `nvmet.*` on 25.10).
 * @internal
 */
export function registerStorage(registry: MethodRegistry, domain: StorageDomain): void {
  registry.register('pool', poolHandlers(domain));
  registry.register('pool.scrub', poolScrubHandlers(domain));
  registry.register('pool.dataset', datasetHandlers(domain));
  const snapshots = snapshotHandlers(domain);
  registry.register(snapshots.namespace, snapshots.handlers);
  registry.register('disk', diskHandlers(domain));
  registry.register('alert', alertHandlers(domain));
  registry.register('replication', replicationHandlers(domain));
  registerServices(registry, domain);
}
