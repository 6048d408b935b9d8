import { filterList, type QueryOptions } from '@tn/api';
import type { MethodName } from '@tn/api/schemas';
import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import { getInstanceParams, queryParams } from '../../params/queryParams.js';
import type { MethodDefinition } from '../../registry/handlerTypes.js';
import { cloneSnapshot, type SnapshotCloneData } from '../ops/snapshotClone.js';
import { createSnapshot, type SnapshotCreateData } from '../ops/snapshotCreate.js';
import { deleteSnapshot, snapshotVerboseName } from '../ops/snapshotDelete.js';
import { holdSnapshot, releaseSnapshot, renameSnapshot } from '../ops/snapshotHolds.js';
import { type RollbackOptions, rollbackSnapshot } from '../ops/snapshotRollback.js';
import { paramSchema, storageParams } from '../paramsFor.js';
import { extraFlag, extraList, extraOf, getInstance } from '../queryRows.js';
import { snapshotRow } from '../snapshots/snapshotRow.js';
import type { StorageDomain } from '../storageDomain.js';
import { args } from './poolHandlers.js';

const CREATE_UNION = {
  0: {
    members: ['PoolSnapshotCreateWithName', 'PoolSnapshotCreateWithSchema'],
    pick: (value: Record<string, unknown>) => ('naming_schema' in value && !('name' in value) ? 1 : 0),
  },
} as const;

function rows(domain: StorageDomain, options: QueryOptions): Record<string, unknown>[] {
  const extra = extraOf(options);
  const min = typeof extra.min_txg === 'number' ? extra.min_txg : 0;
  const max = typeof extra.max_txg === 'number' ? extra.max_txg : 0;
  const rowOptions = {
    properties: extraList(options, 'properties'),
    holds: extraFlag(options, 'holds', false),
    retention: extraFlag(options, 'retention', false),
  };
  return domain.state
    .snapshotList()
    .filter((s) => (min <= 0 || s.createtxg >= min) && (max <= 0 || s.createtxg <= max))
    .map((s) => snapshotRow(domain.state, s, rowOptions));
}

function mentionsId(filters: readonly unknown[]): boolean {
  return JSON.stringify(filters).includes('"id"');
}

/**
 * The snapshot methods of a profile, registered as `pool.snapshot.*` on 25.10 and `zfs.snapshot.*` on 25.04:
 * query, get_instance, create, delete, clone, rollback, hold, release (and rename on 25.10).
 * @internal
 */
export function snapshotHandlers(domain: StorageDomain): {
  namespace: string;
  handlers: Record<string, MethodDefinition>;
} {
  const v = domain.profile;
  const namespace = v === '25.10' ? 'pool.snapshot' : 'zfs.snapshot';
  const m = (name: string) => `${namespace}.${name}` as MethodName;
  const verbose = snapshotVerboseName(domain);
  const handlers: Record<string, MethodDefinition> = {
    query: {
      params: queryParams(v),
      handler: (ctx) => {
        const [filters, options] = args<[unknown[], QueryOptions]>(ctx);
        if (v === '25.04' && extraFlag(options, 'retention', false) && !mentionsId(filters) && !options.limit) {
          throw new CallError('`id` or `limit` is required if `retention` is requested', Errno.EINVAL);
        }
        return filterList(rows(domain, options), filters, options);
      },
    },
    get_instance: {
      params: getInstanceParams(v, paramSchema(m('get_instance'), v, 0)),
      handler: (ctx) => {
        const [id, options] = args<[string, QueryOptions]>(ctx);
        return getInstance(rows(domain, options), 'id', id, options, verbose);
      },
    },
    create: {
      params: storageParams(m('create'), v, v === '25.10' ? CREATE_UNION : undefined),
      handler: (ctx) => createSnapshot(domain, (ctx.params[0] ?? {}) as SnapshotCreateData),
    },
    delete: {
      params: storageParams(m('delete'), v),
      handler: (ctx) => {
        const [id, options] = args<[string, { defer?: boolean; recursive?: boolean } | undefined]>(ctx);
        return deleteSnapshot(domain, id ?? '', options ?? {});
      },
    },
    clone: {
      params: storageParams(m('clone'), v),
      handler: (ctx) => cloneSnapshot(domain, (ctx.params[0] ?? {}) as SnapshotCloneData),
    },
    rollback: {
      params: storageParams(m('rollback'), v),
      handler: (ctx) => {
        const [id, options] = args<[string, RollbackOptions | undefined]>(ctx);
        return rollbackSnapshot(domain, id ?? '', options ?? {});
      },
    },
    hold: {
      params: storageParams(m('hold'), v),
      handler: (ctx) => {
        const [id, options] = args<[string, { recursive?: boolean } | undefined]>(ctx);
        return holdSnapshot(domain, id ?? '', options ?? {});
      },
    },
    release: {
      params: storageParams(m('release'), v),
      handler: (ctx) => {
        const [id, options] = args<[string, { recursive?: boolean } | undefined]>(ctx);
        return releaseSnapshot(domain, id ?? '', options ?? {});
      },
    },
  };
  if (v === '25.10') {
    handlers.rename = {
      params: storageParams('pool.snapshot.rename', v),
      handler: (ctx) => {
        const [id, options] = args<[string, { new_name: string; force?: boolean }]>(ctx);
        return renameSnapshot(domain, id, options);
      },
    };
  }
  return { namespace, handlers };
}
