import type { ApiContext, InvokeOptions, MethodParams, MethodResult, ParamAt } from './apiContext.js';
import { invokeMethod } from './invokeMethod.js';
import { type QueryActions, queryActions } from './queryActions.js';

/**
 * Pools (`pool.*`): queries, scrubs, topology changes and export/import. Job methods accept `onProgress` and
 * `signal` in `call`.
 *
 * @example
 * ```ts
 * const [tank] = await api.pools.query([['name', '=', 'tank']]);
 * await api.pools.scrub(tank.id, 'START', { onProgress: (p) => console.log(p.percent) });
 * ```
 */
export type PoolsNamespace = QueryActions<'pool.query'> & {
  /** One pool by id; throws `NotFoundError` when it does not exist. */
  get(
    id: number,
    options?: ParamAt<'pool.get_instance', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'pool.get_instance'>>;
  /** Starts, pauses or stops a scrub (`pool.scrub`, a job). */
  scrub(id: number, action: ParamAt<'pool.scrub', 1>, call?: InvokeOptions): Promise<MethodResult<'pool.scrub'>>;
  /** `pool.scrub.run`: scrubs pool `name` if the last scrub is older than `threshold` days. */
  runScrub(
    name: string,
    threshold?: ParamAt<'pool.scrub.run', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'pool.scrub.run'>>;
  /** Grows the pool onto enlarged disks (job). */
  expand(id: number, call?: InvokeOptions): Promise<MethodResult<'pool.expand'>>;
  /** Attaches a disk to a vdev (job). */
  attach(id: number, options: ParamAt<'pool.attach', 1>, call?: InvokeOptions): Promise<MethodResult<'pool.attach'>>;
  /** Detaches a disk from a mirror. */
  detach(id: number, options: ParamAt<'pool.detach', 1>, call?: InvokeOptions): Promise<MethodResult<'pool.detach'>>;
  /** Replaces a disk (job). */
  replace(id: number, options: ParamAt<'pool.replace', 1>, call?: InvokeOptions): Promise<MethodResult<'pool.replace'>>;
  /** Removes a vdev or disk (job). */
  remove(id: number, options: ParamAt<'pool.remove', 1>, call?: InvokeOptions): Promise<MethodResult<'pool.remove'>>;
  /** Exports (or destroys) a pool (job). */
  export(id: number, options?: ParamAt<'pool.export', 1>, call?: InvokeOptions): Promise<MethodResult<'pool.export'>>;
  /** Imports a pool found by `importFind` (job). */
  import(data: ParamAt<'pool.import_pool', 0>, call?: InvokeOptions): Promise<MethodResult<'pool.import_pool'>>;
  /** Pools available for import (job). */
  importFind(call?: InvokeOptions): Promise<MethodResult<'pool.import_find'>>;
  /** Whether all pool features are enabled. */
  isUpgraded(id: number, call?: InvokeOptions): Promise<MethodResult<'pool.is_upgraded'>>;
};

/**
 * Builds the {@link PoolsNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { poolsNamespace } from '@tn/api';
 *
 * const pools = poolsNamespace(api);
 * console.log(await pools.isUpgraded(1));
 * ```
 */
export function poolsNamespace(api: ApiContext): PoolsNamespace {
  return {
    ...queryActions(api, 'pool.query'),
    get: (id, options, call) => invokeMethod(api, 'pool.get_instance', [id, options], call),
    scrub: (id, action, call) => invokeMethod(api, 'pool.scrub', [id, action], call),
    runScrub: (name, threshold, call) => invokeMethod(api, 'pool.scrub.run', [name, threshold], call),
    expand: (id, call) => invokeMethod(api, 'pool.expand', [id], call),
    attach: (id, options, call) => invokeMethod(api, 'pool.attach', [id, options], call),
    detach: (id, options, call) => invokeMethod(api, 'pool.detach', [id, options], call),
    replace: (id, options, call) => invokeMethod(api, 'pool.replace', [id, options], call),
    remove: (id, options, call) => invokeMethod(api, 'pool.remove', [id, options], call),
    export: (id, options, call) => invokeMethod(api, 'pool.export', [id, options], call),
    import: (data, call) => invokeMethod(api, 'pool.import_pool', [data] as MethodParams<'pool.import_pool'>, call),
    importFind: (call) => invokeMethod(api, 'pool.import_find', [], call),
    isUpgraded: (id, call) => invokeMethod(api, 'pool.is_upgraded', [id], call),
  };
}
