import { filterList, type QueryOptions } from '@tn/api';
import { getInstanceParams, queryParams } from '../../params/queryParams.js';
import type { HandlerContext, MethodDefinition } from '../../registry/handlerTypes.js';
import { exportPool, importFind, importPool } from '../ops/poolLifecycle.js';
import { controlScrub, startScan, waitForScan } from '../ops/poolScan.js';
import { attachDisk, detachDisk, removeVdev, replaceDisk } from '../ops/poolTopologyOps.js';
import { paramSchema, storageParams } from '../paramsFor.js';
import { poolRow } from '../pools/poolRow.js';
import { extraFlag, getInstance, instanceNotFound } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import type { PoolState } from '../storageTypes.js';

/** The pool with datastore id `id`, or the `InstanceNotFound` error (`Pool 5 does not exist`). @internal */
export function requirePool(domain: StorageDomain, id: unknown): PoolState {
  const pool = typeof id === 'number' ? domain.state.pools.get(id) : undefined;
  if (!pool) throw instanceNotFound('Pool', id);
  return pool;
}

function rows(domain: StorageDomain, options: QueryOptions): Record<string, unknown>[] {
  const upgraded = extraFlag(options, 'is_upgraded', false);
  return domain.state.poolList().map((p) => poolRow(domain.state, p, upgraded));
}

/** The validated params of a call, typed. @internal */
export function args<T extends unknown[]>(ctx: HandlerContext): T {
  return ctx.params as T;
}

/**
 * Scrub job body shared by `pool.scrub(id, action)` and `pool.scrub.scrub(name, action)`: START runs the scrub to
 * its end (reporting progress), STOP/PAUSE act on the running one.
 * @internal
 */
export async function scrubJob(
  domain: StorageDomain,
  pool: PoolState,
  action: string,
  ctx: HandlerContext,
): Promise<null> {
  if (action === 'START') {
    const scan = startScan(domain, pool, 'SCRUB');
    await waitForScan(domain, pool, scan, ctx, 'Scrubbing');
  } else controlScrub(domain, pool, action === 'STOP' ? 'STOP' : 'PAUSE');
  return null;
}

/** `pool.*` methods. @internal */
export function poolHandlers(domain: StorageDomain): Record<string, MethodDefinition> {
  const v = domain.profile;
  return {
    query: {
      params: queryParams(v),
      handler: (ctx) => {
        const [filters, options] = args<[unknown[], QueryOptions]>(ctx);
        return filterList(rows(domain, options), filters, options);
      },
    },
    get_instance: {
      params: getInstanceParams(v, paramSchema('pool.get_instance', v, 0)),
      handler: (ctx) => {
        const [id, options] = args<[number, QueryOptions]>(ctx);
        return getInstance(rows(domain, options), 'id', id, options, 'Pool');
      },
    },
    scrub: {
      job: { abortable: true, description: (a) => `Scrub of pool ${String(a[0])}` },
      params: storageParams('pool.scrub', v),
      handler: (ctx) => {
        const [id, action] = args<[number, string]>(ctx);
        return scrubJob(domain, requirePool(domain, id), action, ctx);
      },
    },
    expand: {
      job: true,
      params: storageParams('pool.expand', v),
      handler: async (ctx) => {
        requirePool(domain, ctx.params[0]);
        ctx.job?.setProgress(50, 'Expanding partitions');
        await ctx.sleep(domain.stepMs);
        ctx.job?.setProgress(100, 'Pool expanded');
        return null;
      },
    },
    attach: {
      job: true,
      params: storageParams('pool.attach', v),
      handler: (ctx) => {
        const [id, options] = args<[number, { target_vdev: string; new_disk: string }]>(ctx);
        return attachDisk(domain, requirePool(domain, id), options, ctx);
      },
    },
    detach: {
      params: storageParams('pool.detach', v),
      handler: (ctx) => {
        const [id, options] = args<[number, { label: string }]>(ctx);
        return detachDisk(domain, requirePool(domain, id), options);
      },
    },
    replace: {
      job: true,
      params: storageParams('pool.replace', v),
      handler: (ctx) => {
        const [id, options] = args<[number, { label: string; disk: string }]>(ctx);
        return replaceDisk(domain, requirePool(domain, id), options, ctx);
      },
    },
    remove: {
      job: true,
      params: storageParams('pool.remove', v),
      handler: (ctx) => {
        const [id, options] = args<[number, { label: string }]>(ctx);
        return removeVdev(domain, requirePool(domain, id), options, ctx);
      },
    },
    export: {
      job: { description: (a) => `Exporting pool ${String(a[0])}` },
      params: storageParams('pool.export', v),
      handler: (ctx) => {
        const [id, options] = args<[number, { destroy?: boolean } | undefined]>(ctx);
        return exportPool(domain, requirePool(domain, id), options ?? {}, ctx);
      },
    },
    import_find: {
      job: true,
      params: storageParams('pool.import_find', v),
      handler: async (ctx) => {
        ctx.job?.setProgress(50, 'Scanning disks');
        await ctx.sleep(domain.stepMs);
        ctx.job?.setProgress(100, 'Done');
        return importFind(domain);
      },
    },
    import_pool: {
      job: true,
      params: storageParams('pool.import_pool', v),
      handler: (ctx) => importPool(domain, ctx.params[0] as { guid: string; name?: string | null }, ctx),
    },
    is_upgraded: {
      params: storageParams('pool.is_upgraded', v),
      handler: (ctx) => requirePool(domain, ctx.params[0]).upgraded,
    },
  };
}
