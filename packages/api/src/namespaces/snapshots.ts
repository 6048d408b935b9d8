import type { ServerVersion } from '../methods/serverVersion.js';
import type { ApiContext, InvokeOptions, MethodParams, MethodResult, ParamAt, QueryRow } from './apiContext.js';
import { invokeMethod } from './invokeMethod.js';
import { type IterateOptions, iterateQuery } from './queryActions.js';

/**
 * A snapshot operation that exists on both versions.
 *
 * @example
 * ```ts
 * import type { SnapshotOp } from '@tn/api';
 *
 * const op: SnapshotOp = 'hold';
 * ```
 */
export type SnapshotOp = 'query' | 'get_instance' | 'create' | 'delete' | 'clone' | 'rollback' | 'hold' | 'release';
type Op = SnapshotOp;

/**
 * The method names of snapshot operation `O` (25.10 and 25.04).
 *
 * @example
 * ```ts
 * import type { SnapshotMethod } from '@tn/api';
 *
 * const method: SnapshotMethod<'query'> = 'zfs.snapshot.query';
 * ```
 */
export type SnapshotMethod<O extends SnapshotOp> = `pool.snapshot.${O}` | `zfs.snapshot.${O}`;

/**
 * Positional param `I` of snapshot operation `O`, on either version.
 *
 * @example
 * ```ts
 * import type { SnapshotParam } from '@tn/api';
 *
 * const data: SnapshotParam<'create', 0> = { dataset: 'tank', name: 'now' };
 * ```
 */
export type SnapshotParam<O extends SnapshotOp, I extends number> =
  | ParamAt<`pool.snapshot.${O}`, I>
  | ParamAt<`zfs.snapshot.${O}`, I>;

/**
 * The result of snapshot operation `O`, on either version.
 *
 * @example
 * ```ts
 * import type { SnapshotResult } from '@tn/api';
 *
 * declare const created: SnapshotResult<'create'>;
 * ```
 */
export type SnapshotResult<O extends SnapshotOp> =
  | MethodResult<`pool.snapshot.${O}`>
  | MethodResult<`zfs.snapshot.${O}`>;

/**
 * A snapshot row of either version (`pool.snapshot.query` on 25.10, `zfs.snapshot.query` on 25.04).
 *
 * @example
 * ```ts
 * import type { SnapshotRow } from '@tn/api';
 *
 * declare const snapshot: SnapshotRow;
 * console.log(snapshot.name, snapshot.dataset);
 * ```
 */
export type SnapshotRow = QueryRow<'pool.snapshot.query'> | QueryRow<'zfs.snapshot.query'>;

/**
 * The method name of snapshot operation `op` on a server version: `pool.snapshot.*` on 25.10, `zfs.snapshot.*` on
 * 25.04.
 *
 * @example
 * ```ts
 * import { snapshotMethod } from '@tn/api';
 *
 * snapshotMethod('25.04', 'query'); // 'zfs.snapshot.query'
 * ```
 */
export function snapshotMethod<O extends SnapshotOp>(version: ServerVersion, op: O): SnapshotMethod<O> {
  return version === '25.10' ? `pool.snapshot.${op}` : `zfs.snapshot.${op}`;
}

async function run<O extends Op>(
  api: ApiContext,
  op: O,
  params: readonly unknown[],
  call?: InvokeOptions,
): Promise<SnapshotResult<O>> {
  const method = snapshotMethod(await api.version(), op) as `pool.snapshot.${O}`;
  return invokeMethod(api, method, params as MethodParams<typeof method>, call);
}

/**
 * Snapshots behind one API on both versions (`pool.snapshot.*` on 25.10, `zfs.snapshot.*` on 25.04). Params are
 * the union of both versions' shapes; the server-side strict check applies the right one.
 *
 * @example
 * ```ts
 * const snap = await api.snapshots.create({ dataset: 'tank/data', name: 'before-upgrade', recursive: true });
 * await api.snapshots.delete(snap.id, { defer: true });
 * ```
 */
export type SnapshotsNamespace = {
  /** Snapshots matching `filters`. */
  query(
    filters?: SnapshotParam<'query', 0>,
    options?: SnapshotParam<'query', 1>,
    call?: InvokeOptions,
  ): Promise<SnapshotRow[]>;
  /** Every matching snapshot, page by page (default order: `id`). */
  iterate(filters?: SnapshotParam<'query', 0>, options?: IterateOptions): AsyncGenerator<SnapshotRow, void, undefined>;
  /** One snapshot by id (`dataset@name`); throws `NotFoundError` when it does not exist. */
  get(
    id: string,
    options?: SnapshotParam<'get_instance', 1>,
    call?: InvokeOptions,
  ): Promise<SnapshotResult<'get_instance'>>;
  /** Takes a snapshot; `vmware_sync` is off unless asked for. */
  create(data: SnapshotParam<'create', 0>, call?: InvokeOptions): Promise<SnapshotResult<'create'>>;
  /** Destroys a snapshot (`{ defer: true }` for a held one). */
  delete(id: string, options?: SnapshotParam<'delete', 1>, call?: InvokeOptions): Promise<SnapshotResult<'delete'>>;
  /** Clones a snapshot into a new dataset. */
  clone(data: SnapshotParam<'clone', 0>, call?: InvokeOptions): Promise<SnapshotResult<'clone'>>;
  /** Rolls the dataset back to the snapshot. */
  rollback(
    id: string,
    options?: SnapshotParam<'rollback', 1>,
    call?: InvokeOptions,
  ): Promise<SnapshotResult<'rollback'>>;
  /** Places a hold. */
  hold(id: string, options?: SnapshotParam<'hold', 1>, call?: InvokeOptions): Promise<SnapshotResult<'hold'>>;
  /** Releases holds. */
  release(id: string, options?: SnapshotParam<'release', 1>, call?: InvokeOptions): Promise<SnapshotResult<'release'>>;
  /** Renames a snapshot (25.10 only; `MethodNotSupportedError` on 25.04, nothing sent). */
  rename(
    id: string,
    data: ParamAt<'pool.snapshot.rename', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'pool.snapshot.rename'>>;
};

/**
 * Builds the {@link SnapshotsNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { snapshotsNamespace } from '@tn/api';
 *
 * const snapshots = snapshotsNamespace(api);
 * const list = await snapshots.query([['dataset', '=', 'tank/data']]);
 * ```
 */
export function snapshotsNamespace(api: ApiContext): SnapshotsNamespace {
  return {
    query: async (filters, options, call) => (await run(api, 'query', [filters ?? [], options], call)) as SnapshotRow[],
    async *iterate(filters, options) {
      const method = snapshotMethod(await api.version(), 'query') as 'pool.snapshot.query';
      yield* iterateQuery(api, method, filters, options);
    },
    get: (id, options, call) => run(api, 'get_instance', [id, options], call),
    create: (data, call) => run(api, 'create', [{ vmware_sync: false, ...data }], call),
    delete: (id, options, call) => run(api, 'delete', [id, options], call),
    clone: (data, call) => run(api, 'clone', [data], call),
    rollback: (id, options, call) => run(api, 'rollback', [id, options], call),
    hold: (id, options, call) => run(api, 'hold', [id, options], call),
    release: (id, options, call) => run(api, 'release', [id, options], call),
    rename: (id, data, call) => invokeMethod(api, 'pool.snapshot.rename', [id, data], call),
  };
}
