import type { ApiContext, InvokeOptions, MethodParams, MethodResult, ParamAt } from './apiContext.js';
import { type CrudActions, crudActions } from './crud.js';
import { invokeMethod } from './invokeMethod.js';

/**
 * A global-config service (`iscsi.global`, `nvmet.global`): read and update.
 *
 * @example
 * ```ts
 * const config = await api.iscsi.global.config();
 * await api.iscsi.global.update({ basename: 'iqn.2005-10.org.freenas.ctl' });
 * ```
 */
export type GlobalConfigActions<P extends 'iscsi.global' | 'nvmet.global'> = {
  /** The configuration. */
  config(call?: InvokeOptions): Promise<MethodResult<`${P}.config`>>;
  /** Updates the configuration. */
  update(data: ParamAt<`${P}.update`, 0>, call?: InvokeOptions): Promise<MethodResult<`${P}.update`>>;
};

/**
 * iSCSI (`iscsi.*`): global config and CRUD for portals, initiators, auth, targets, extents and target-extent links.
 *
 * @example
 * ```ts
 * const extent = await api.iscsi.extents.create({ name: 'vol1', type: 'DISK', disk: 'zvol/tank/vol1' });
 * ```
 */
export type IscsiNamespace = {
  /** `iscsi.global`. */ global: GlobalConfigActions<'iscsi.global'>;
  /** `iscsi.portal`. */ portals: CrudActions<'iscsi.portal'>;
  /** `iscsi.initiator`. */ initiators: CrudActions<'iscsi.initiator'>;
  /** `iscsi.auth`. */ auth: CrudActions<'iscsi.auth'>;
  /** `iscsi.target`. */ targets: CrudActions<'iscsi.target'>;
  /** `iscsi.extent`. */ extents: CrudActions<'iscsi.extent'>;
  /** `iscsi.targetextent`. */ targetextents: CrudActions<'iscsi.targetextent'>;
};

/**
 * NVMe-oF (`nvmet.*`, 25.10 only: every call on 25.04 throws `MethodNotSupportedError` before sending).
 *
 * @example
 * ```ts
 * const subsys = await api.nvmet.subsystems.create({ name: 'vol1' });
 * ```
 */
export type NvmetNamespace = {
  /** `nvmet.global`. */ global: GlobalConfigActions<'nvmet.global'>;
  /** `nvmet.host`. */ hosts: CrudActions<'nvmet.host'>;
  /** `nvmet.subsys`. */ subsystems: CrudActions<'nvmet.subsys'>;
  /** `nvmet.namespace`. */ namespaces: CrudActions<'nvmet.namespace'>;
  /** `nvmet.port`. */ ports: CrudActions<'nvmet.port'>;
  /** `nvmet.host_subsys`. */ hostSubsystems: CrudActions<'nvmet.host_subsys'>;
  /** `nvmet.port_subsys`. */ portSubsystems: CrudActions<'nvmet.port_subsys'>;
};

function globalConfig<P extends 'iscsi.global' | 'nvmet.global'>(api: ApiContext, prefix: P): GlobalConfigActions<P> {
  return {
    config: (call) => invokeMethod(api, `${prefix}.config`, [] as MethodParams<`${P}.config`>, call),
    update: (data, call) => invokeMethod(api, `${prefix}.update`, [data] as MethodParams<`${P}.update`>, call),
  };
}

/**
 * Builds the {@link IscsiNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { iscsiNamespace } from '@tn/api';
 *
 * const targets = await iscsiNamespace(api).targets.query();
 * ```
 */
export function iscsiNamespace(api: ApiContext): IscsiNamespace {
  return {
    global: globalConfig(api, 'iscsi.global'),
    portals: crudActions(api, 'iscsi.portal'),
    initiators: crudActions(api, 'iscsi.initiator'),
    auth: crudActions(api, 'iscsi.auth'),
    targets: crudActions(api, 'iscsi.target'),
    extents: crudActions(api, 'iscsi.extent'),
    targetextents: crudActions(api, 'iscsi.targetextent'),
  };
}

/**
 * Builds the {@link NvmetNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { nvmetNamespace } from '@tn/api';
 *
 * const hosts = await nvmetNamespace(api).hosts.query();
 * ```
 */
export function nvmetNamespace(api: ApiContext): NvmetNamespace {
  return {
    global: globalConfig(api, 'nvmet.global'),
    hosts: crudActions(api, 'nvmet.host'),
    subsystems: crudActions(api, 'nvmet.subsys'),
    namespaces: crudActions(api, 'nvmet.namespace'),
    ports: crudActions(api, 'nvmet.port'),
    hostSubsystems: crudActions(api, 'nvmet.host_subsys'),
    portSubsystems: crudActions(api, 'nvmet.port_subsys'),
  };
}
