import type { ApiContext, InvokeOptions, MethodResult, ParamAt } from './apiContext.js';
import { invokeMethod } from './invokeMethod.js';
import { type QueryActions, queryActions } from './queryActions.js';

/**
 * `system.*`: version strings and system info.
 *
 * @example
 * ```ts
 * console.log(await api.system.version()); // 'TrueNAS-SCALE-25.10.0'
 * ```
 */
export type SystemNamespace = {
  /** The full version string (`system.version`). */
  version(call?: InvokeOptions): Promise<MethodResult<'system.version'>>;
  /** `system.info`. */
  info(call?: InvokeOptions): Promise<MethodResult<'system.info'>>;
  /** Whether the middleware finished booting. */
  ready(call?: InvokeOptions): Promise<MethodResult<'system.ready'>>;
  /** Boot state: `BOOTING`, `READY` or `SHUTTING_DOWN` (`system.state`). */
  state(call?: InvokeOptions): Promise<MethodResult<'system.state'>>;
};

/**
 * `alert.*`: list, dismiss, restore and categories.
 *
 * @example
 * ```ts
 * for (const alert of await api.alerts.list()) if (!alert.dismissed) await api.alerts.dismiss(alert.uuid);
 * ```
 */
export type AlertsNamespace = {
  /** Current alerts. */
  list(call?: InvokeOptions): Promise<MethodResult<'alert.list'>>;
  /** Dismisses an alert by uuid. */
  dismiss(uuid: ParamAt<'alert.dismiss', 0>, call?: InvokeOptions): Promise<MethodResult<'alert.dismiss'>>;
  /** Restores a dismissed alert. */
  restore(uuid: ParamAt<'alert.restore', 0>, call?: InvokeOptions): Promise<MethodResult<'alert.restore'>>;
  /** Alert categories and their classes. */
  categories(call?: InvokeOptions): Promise<MethodResult<'alert.list_categories'>>;
};

/**
 * `disk.*`: queries and lookup by identifier.
 *
 * @example
 * ```ts
 * const ssds = await api.disks.query([['type', '=', 'SSD']]);
 * ```
 */
export type DisksNamespace = QueryActions<'disk.query'> & {
  /** One disk by identifier; throws `NotFoundError` when it does not exist. */
  get(
    id: ParamAt<'disk.get_instance', 0>,
    options?: ParamAt<'disk.get_instance', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'disk.get_instance'>>;
};

/**
 * Jobs (`core.get_jobs`, `core.job_abort`, `core.job_wait`).
 *
 * @example
 * ```ts
 * const running = await api.jobs.query([['state', '=', 'RUNNING']]);
 * const result = await api.jobs.wait(running[0].id, { onProgress: (p) => console.log(p.percent) });
 * ```
 */
export type JobsNamespace = QueryActions<'core.get_jobs'> & {
  /** Aborts a job. */
  abort(id: number, call?: InvokeOptions): Promise<MethodResult<'core.job_abort'>>;
  /** Waits for a job to end and returns its result (through `core.job_wait`, reporting progress). */
  wait(id: number, call?: InvokeOptions): Promise<MethodResult<'core.job_wait'>>;
};

/**
 * Builds the {@link SystemNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { systemNamespace } from '@tn/api';
 *
 * const info = await systemNamespace(api).info();
 * ```
 */
export function systemNamespace(api: ApiContext): SystemNamespace {
  return {
    version: (call) => invokeMethod(api, 'system.version', [], call),
    info: (call) => invokeMethod(api, 'system.info', [], call),
    ready: (call) => invokeMethod(api, 'system.ready', [], call),
    state: (call) => invokeMethod(api, 'system.state', [], call),
  };
}

/**
 * Builds the {@link AlertsNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { alertsNamespace } from '@tn/api';
 *
 * const alerts = await alertsNamespace(api).list();
 * ```
 */
export function alertsNamespace(api: ApiContext): AlertsNamespace {
  return {
    list: (call) => invokeMethod(api, 'alert.list', [], call),
    dismiss: (uuid, call) => invokeMethod(api, 'alert.dismiss', [uuid], call),
    restore: (uuid, call) => invokeMethod(api, 'alert.restore', [uuid], call),
    categories: (call) => invokeMethod(api, 'alert.list_categories', [], call),
  };
}

/**
 * Builds the {@link DisksNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { disksNamespace } from '@tn/api';
 *
 * const disks = await disksNamespace(api).queryAll();
 * ```
 */
export function disksNamespace(api: ApiContext): DisksNamespace {
  return {
    ...queryActions(api, 'disk.query'),
    get: (id, options, call) => invokeMethod(api, 'disk.get_instance', [id, options], call),
  };
}

/**
 * Builds the {@link JobsNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { jobsNamespace } from '@tn/api';
 *
 * await jobsNamespace(api).abort(42);
 * ```
 */
export function jobsNamespace(api: ApiContext): JobsNamespace {
  return {
    ...queryActions(api, 'core.get_jobs'),
    abort: (id, call) => invokeMethod(api, 'core.job_abort', [id], call),
    wait: (id, call) => invokeMethod(api, 'core.job_wait', [id], call),
  };
}
