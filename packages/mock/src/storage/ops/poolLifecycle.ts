import { Errno } from '../../errno.js';
import { CallError, ValidationErrors } from '../../errors.js';
import type { HandlerContext } from '../../registry/handlerTypes.js';
import { nextRowId } from '../nextRowId.js';
import { poolHealth } from '../pools/poolHealth.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDisks, emitPool, refreshAlerts } from '../storageEvents.js';
import { leavesOf, poolNameOf } from '../storageState.js';
import type { ExportedPool, PoolState } from '../storageTypes.js';
import { moveSubtree } from './renameDataset.js';

function poolDisks(pool: PoolState): string[] {
  return Object.values(pool.topology)
    .flat()
    .flatMap(leavesOf)
    .map((l) => l.disk);
}

/**
 * `pool.export(id, {cascade, restart_services, destroy})` (job): detaches the pool with its datasets and snapshots;
 * without `destroy` it stays importable (`pool.import_find`), with it the disks are freed. Sends `pool.query`
 * REMOVED and `disk.query` CHANGED.
 * @internal
 */
export async function exportPool(
  domain: StorageDomain,
  pool: PoolState,
  options: { destroy?: boolean },
  ctx: HandlerContext,
): Promise<null> {
  ctx.job?.setProgress(10, 'Stopping services');
  await ctx.sleep(domain.stepMs);
  const state = domain.state;
  if (state.pools.get(pool.id) !== pool) return null;
  ctx.job?.setProgress(50, options.destroy ? 'Destroying pool' : 'Exporting pool');
  const datasets = [...state.datasets.values()].filter((d) => poolNameOf(d.name) === pool.name);
  const snapshots = [...state.snapshots.values()].filter((s) => poolNameOf(s.dataset) === pool.name);
  for (const ds of datasets) state.datasets.delete(ds.name);
  for (const snap of snapshots) state.snapshots.delete(`${snap.dataset}@${snap.name}`);
  state.pools.delete(pool.id);
  if (pool.scan?.state === 'SCANNING') pool.scan.state = 'CANCELED';
  if (options.destroy) {
    for (const provider of domain.providers) provider.datasetsDeleted?.(datasets.map((d) => d.name));
  } else state.exported.push({ pool, datasets, snapshots });
  emitPool(domain, 'REMOVED', pool);
  emitDisks(domain, poolDisks(pool));
  refreshAlerts(domain);
  ctx.job?.setProgress(100, 'Pool exported');
  return null;
}

/** `pool.import_find` (job): the exported pools, as `{name, guid, status, hostname, ...}`. @internal */
export function importFind(domain: StorageDomain): Record<string, unknown>[] {
  return domain.state.exported.map(({ pool }) => {
    const health = poolHealth(pool);
    return {
      name: pool.name,
      guid: pool.guid,
      status: health.status,
      hostname: domain.hostname,
      status_code: health.statusCode,
      status_detail: health.statusDetail,
    };
  });
}

/**
 * `pool.import_pool({guid, name?})` (job): imports an exported pool (optionally under a new name) with a new
 * datastore id (`max + 1`). Sends `pool.query` ADDED and returns `true`.
 * @internal
 */
export async function importPool(
  domain: StorageDomain,
  options: { guid: string; name?: string | null },
  ctx: HandlerContext,
): Promise<true> {
  const state = domain.state;
  const index = state.exported.findIndex((e) => e.pool.guid === options.guid);
  if (index === -1) {
    throw new ValidationErrors([['pool_import.guid', `Pool with guid "${options.guid}" not found`, Errno.ENOENT]]);
  }
  const { pool, datasets, snapshots } = state.exported[index] as ExportedPool;
  const name = options.name ?? pool.name;
  if (state.poolByName(name))
    throw new CallError(`cannot import '${name}': a pool with that name already exists`, Errno.EEXIST);
  ctx.job?.setProgress(30, 'Importing pool');
  await ctx.sleep(domain.stepMs);
  if (state.exported[index]?.pool !== pool)
    throw new CallError(`cannot import '${name}': no such pool available`, Errno.ENOENT);
  state.exported.splice(index, 1);
  for (const ds of datasets) state.datasets.set(ds.name, ds);
  for (const snap of snapshots) state.snapshots.set(`${snap.dataset}@${snap.name}`, snap);
  if (name !== pool.name) {
    moveSubtree(state, pool.name, name);
    pool.name = name;
  }
  pool.id = nextRowId(state.pools.keys());
  state.pools.set(pool.id, pool);
  emitPool(domain, 'ADDED', pool);
  emitDisks(domain, poolDisks(pool));
  refreshAlerts(domain);
  ctx.job?.setProgress(100, 'Pool imported');
  return true;
}
