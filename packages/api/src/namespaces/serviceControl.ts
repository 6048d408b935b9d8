import type { ApiContext, InvokeOptions, MethodResult, ParamAt } from './apiContext.js';
import { invokeMethod } from './invokeMethod.js';
import { type QueryActions, queryActions } from './queryActions.js';

/**
 * `service.*`: the system services (`cifs`, `nfs`, `iscsitarget`, `nvmet` on 25.10, `ssh`, ...): their state and
 * start/stop. Use it to check that the protocol a share or target needs is running before creating it.
 *
 * `start`/`stop` are plain calls on both versions (25.10 also has the job `service.control`, which this namespace
 * does not use): they resolve to `true` when the service is running (start) or stopped (stop). With the server's
 * default `silent: true` a failure resolves to `false`; pass `{ silent: false }` to get the error instead.
 *
 * @example
 * ```ts
 * const [iscsi] = await api.services.query([['service', '=', 'iscsitarget']]);
 * if (iscsi?.state !== 'RUNNING') await api.services.start('iscsitarget', { silent: false });
 * ```
 */
export type ServicesNamespace = QueryActions<'service.query'> & {
  /** Starts a service (`service.start`); `true` when it runs afterwards. */
  start(
    service: ParamAt<'service.start', 0>,
    options?: ParamAt<'service.start', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'service.start'>>;
  /** Stops a service (`service.stop`); `true` when it is stopped afterwards. */
  stop(
    service: ParamAt<'service.stop', 0>,
    options?: ParamAt<'service.stop', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'service.stop'>>;
};

/**
 * Builds the {@link ServicesNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @returns the namespace.
 * @example
 * ```ts
 * import { servicesNamespace } from '@tn/api';
 *
 * const services = servicesNamespace(api);
 * const running = await services.query([['state', '=', 'RUNNING']]);
 * await services.stop('ssh');
 * ```
 */
export function servicesNamespace(api: ApiContext): ServicesNamespace {
  return {
    ...queryActions(api, 'service.query'),
    start: (service, options, call) => invokeMethod(api, 'service.start', [service, options], call),
    stop: (service, options, call) => invokeMethod(api, 'service.stop', [service, options], call),
  };
}
