import type { MethodName } from '../methods/methodSpec.js';
import type { ApiContext, InvokeOptions, MethodParams, MethodResult, ParamAt } from './apiContext.js';
import { invokeMethod } from './invokeMethod.js';
import { type QueryActions, queryActions } from './queryActions.js';

/**
 * A method prefix with `query`, `get_instance`, `create`, `update` and `delete` (e.g. `'sharing.nfs'`).
 *
 * @example
 * ```ts
 * import type { CrudPrefix } from '@tn/api';
 *
 * const prefix: CrudPrefix = 'iscsi.extent';
 * ```
 */
export type CrudPrefix = {
  [K in MethodName]: K extends `${infer P}.get_instance`
    ? `${P}.query` | `${P}.create` | `${P}.update` | `${P}.delete` extends MethodName
      ? P
      : never
    : never;
}[MethodName];

/**
 * The functions {@link crudActions} builds for a prefix: the {@link QueryActions} plus get/create/update/delete.
 *
 * @example
 * ```ts
 * import type { CrudActions } from '@tn/api';
 *
 * declare const portals: CrudActions<'iscsi.portal'>;
 * const portal = await portals.create({ listen: [{ ip: '0.0.0.0' }] });
 * ```
 */
export type CrudActions<P extends CrudPrefix> = QueryActions<`${P}.query`> & {
  /** `<prefix>.get_instance`; throws `NotFoundError` when the id does not exist. */
  get(
    id: ParamAt<`${P}.get_instance`, 0>,
    options?: ParamAt<`${P}.get_instance`, 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<`${P}.get_instance`>>;
  /** `<prefix>.create`. */
  create(data: ParamAt<`${P}.create`, 0>, call?: InvokeOptions): Promise<MethodResult<`${P}.create`>>;
  /** `<prefix>.update`. */
  update(
    id: ParamAt<`${P}.update`, 0>,
    data: ParamAt<`${P}.update`, 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<`${P}.update`>>;
  /** `<prefix>.delete` (the second argument is the method's delete options, if it has any). */
  delete(
    id: ParamAt<`${P}.delete`, 0>,
    options?: ParamAt<`${P}.delete`, 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<`${P}.delete`>>;
};

/**
 * Builds query/get/create/update/delete for a method prefix; params and results are typed from the generated
 * schemas and every call goes through {@link invokeMethod}.
 *
 * @param api - the {@link ApiContext}.
 * @param prefix - a {@link CrudPrefix}.
 * @example
 * ```ts
 * import { crudActions } from '@tn/api';
 *
 * const nfs = crudActions(api, 'sharing.nfs');
 * const share = await nfs.create({ path: '/mnt/tank/export' });
 * await nfs.delete(share.id);
 * ```
 */
export function crudActions<P extends CrudPrefix>(api: ApiContext, prefix: P): CrudActions<P> {
  const call = <M extends MethodName>(method: M, params: readonly unknown[], options?: InvokeOptions) =>
    invokeMethod(api, method, params as MethodParams<M>, options);
  return {
    ...queryActions(api, `${prefix}.query`),
    get: (id, options, o) => call(`${prefix}.get_instance`, [id, options], o),
    create: (data, o) => call(`${prefix}.create`, [data], o),
    update: (id, data, o) => call(`${prefix}.update`, [id, data], o),
    delete: (id, options, o) => call(`${prefix}.delete`, [id, options], o),
  };
}
