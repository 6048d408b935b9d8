import type { ApiContext, InvokeOptions, MethodResult, ParamAt } from './apiContext.js';
import { type CrudActions, crudActions } from './crud.js';
import { invokeMethod } from './invokeMethod.js';

/**
 * Datasets and zvols (`pool.dataset.*`): CRUD plus promote, rename (25.10), attachments and destroySnapshots.
 *
 * @example
 * ```ts
 * const ds = await api.datasets.create({ name: 'tank/data' });
 * await api.datasets.delete(ds.id, { recursive: true, force: true });
 * ```
 */
export type DatasetsNamespace = CrudActions<'pool.dataset'> & {
  /** Promotes a clone. */
  promote(id: ParamAt<'pool.dataset.promote', 0>, call?: InvokeOptions): Promise<MethodResult<'pool.dataset.promote'>>;
  /** Renames a dataset (25.10 only; `MethodNotSupportedError` on 25.04, nothing sent). */
  rename(
    id: ParamAt<'pool.dataset.rename', 0>,
    data: ParamAt<'pool.dataset.rename', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'pool.dataset.rename'>>;
  /** Services using the dataset (shares, VMs, ...). */
  attachments(
    id: ParamAt<'pool.dataset.attachments', 0>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'pool.dataset.attachments'>>;
  /** Destroys snapshots of a dataset (a job; pass `onProgress` in `call`). */
  destroySnapshots(
    name: ParamAt<'pool.dataset.destroy_snapshots', 0>,
    snapshots: ParamAt<'pool.dataset.destroy_snapshots', 1>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'pool.dataset.destroy_snapshots'>>;
};

/**
 * Builds the {@link DatasetsNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { datasetsNamespace } from '@tn/api';
 *
 * const datasets = datasetsNamespace(api);
 * await datasets.promote('tank/clone');
 * ```
 */
export function datasetsNamespace(api: ApiContext): DatasetsNamespace {
  return {
    ...crudActions(api, 'pool.dataset'),
    promote: (id, call) => invokeMethod(api, 'pool.dataset.promote', [id], call),
    rename: (id, data, call) => invokeMethod(api, 'pool.dataset.rename', [id, data], call),
    attachments: (id, call) => invokeMethod(api, 'pool.dataset.attachments', [id], call),
    destroySnapshots: (name, snapshots, call) =>
      invokeMethod(api, 'pool.dataset.destroy_snapshots', [name, snapshots], call),
  };
}
