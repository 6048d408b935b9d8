import { filterList, type QueryOptions } from '@tn/api';
import { getInstanceParams, queryParams } from '../../params/queryParams.js';
import type { MethodDefinition } from '../../registry/handlerTypes.js';
import { datasetRows, topLevelRows } from '../datasets/datasetQuery.js';
import { createDataset } from '../ops/createDataset.js';
import { deleteDataset } from '../ops/deleteDataset.js';
import { promoteDataset } from '../ops/promoteDataset.js';
import { renameDataset } from '../ops/renameDataset.js';
import { destroySnapshots } from '../ops/snapshotDelete.js';
import { updateDataset } from '../ops/updateDataset.js';
import { paramSchema, storageParams } from '../paramsFor.js';
import { extraFlag, getInstance } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import { args } from './poolHandlers.js';

/** `pool.dataset.create` 25.10 union members, picked by `type` like the middleware's tagged models. */
const CREATE_UNION = {
  0: {
    members: ['PoolDatasetCreateFilesystem', 'PoolDatasetCreateVolume'],
    pick: (value: Record<string, unknown>) => (value.type === 'VOLUME' ? 1 : 0),
  },
} as const;

/** `pool.dataset.attachments`: one entry per attachment provider with something on the dataset or below. @internal */
export function datasetAttachments(domain: StorageDomain, id: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const provider of domain.providers) {
    const attachments = provider.attachments(id);
    if (attachments.length > 0) out.push({ type: provider.type, service: provider.service, attachments });
  }
  return out;
}

/** `pool.dataset.*` methods. @internal */
export function datasetHandlers(domain: StorageDomain): Record<string, MethodDefinition> {
  const v = domain.profile;
  return {
    query: {
      params: queryParams(v),
      handler: (ctx) => {
        const [filters, options] = args<[unknown[], QueryOptions]>(ctx);
        const rows = datasetRows(domain.state, options, domain.profile);
        if (extraFlag(options, 'flat', true)) return filterList(rows, filters, options);
        return filterList(topLevelRows(filterList(rows, filters)), [], options);
      },
    },
    get_instance: {
      params: getInstanceParams(v, paramSchema('pool.dataset.get_instance', v, 0)),
      handler: (ctx) => {
        const [id, options] = args<[string, QueryOptions]>(ctx);
        return getInstance(datasetRows(domain.state, options, domain.profile), 'id', id, options, 'PoolDataset');
      },
    },
    create: {
      params: storageParams('pool.dataset.create', v, v === '25.10' ? CREATE_UNION : undefined),
      handler: (ctx) => createDataset(domain, (ctx.params[0] ?? {}) as Record<string, unknown>),
    },
    update: {
      params: storageParams('pool.dataset.update', v),
      handler: (ctx) => {
        const [id, data] = args<[string, Record<string, unknown> | undefined]>(ctx);
        return updateDataset(domain, id, data ?? {});
      },
    },
    delete: {
      params: storageParams('pool.dataset.delete', v),
      handler: (ctx) => {
        const [id, options] = args<[string, { recursive?: boolean; force?: boolean } | undefined]>(ctx);
        return deleteDataset(domain, id, options ?? {});
      },
    },
    promote: {
      params: storageParams('pool.dataset.promote', v),
      handler: (ctx) => promoteDataset(domain, ctx.params[0] as string),
    },
    rename: {
      versions: ['25.10'],
      params: v === '25.10' ? storageParams('pool.dataset.rename', v) : undefined,
      handler: (ctx) => {
        const [id, data] = args<[string, { new_name: string; force?: boolean }]>(ctx);
        return renameDataset(domain, id, data);
      },
    },
    attachments: {
      params: storageParams('pool.dataset.attachments', v),
      handler: (ctx) => datasetAttachments(domain, ctx.params[0] as string),
    },
    destroy_snapshots: {
      job: { description: (a) => `Destroying snapshots of ${String(a[0])}` },
      params: storageParams('pool.dataset.destroy_snapshots', v),
      handler: async (ctx) => {
        const [name, spec] = args<[string, Record<string, unknown>]>(ctx);
        ctx.job?.setProgress(10, 'Destroying snapshots');
        await ctx.sleep(domain.stepMs);
        const destroyed = destroySnapshots(domain, name, spec);
        ctx.job?.setProgress(100, `Destroyed ${destroyed.length} snapshot(s)`);
        return destroyed;
      },
    },
  };
}
