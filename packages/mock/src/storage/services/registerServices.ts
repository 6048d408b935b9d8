import type { MethodRegistry } from '../../registry/methodRegistry.js';
import type { StorageDomain } from '../storageDomain.js';
import {
  AUTH_SPEC,
  EXTENT_SPEC,
  INITIATOR_SPEC,
  iscsiAttachmentProvider,
  iscsiGlobalDefaults,
  PORTAL_SPEC,
  TARGET_SPEC,
  TARGETEXTENT_SPEC,
} from './iscsiServices.js';
import {
  HOST_SPEC,
  HOST_SUBSYS_SPEC,
  NAMESPACE_SPEC,
  nvmetAttachmentProvider,
  nvmetGlobalDefaults,
  PORT_SPEC,
  PORT_SUBSYS_SPEC,
  SUBSYS_SPEC,
} from './nvmetServices.js';
import { configHandlers, crudHandlers } from './serviceCrud.js';
import { NFS_SPEC, SMB_SPEC, sharingAttachmentProviders } from './sharingServices.js';
import { systemServiceHandlers } from './systemServices.js';

/**
 * Registers the stateful service emulation: `sharing.nfs`, `sharing.smb`, `iscsi.*` and (25.10 only) `nvmet.*`,
 * plus their `pool.dataset.attachments` providers, and the system services (`service.query/start/stop`).
 * @internal
 * @example
 * ```ts
 * registerServices(core.registry, storageDomain);
 * ```
 */
export function registerServices(registry: MethodRegistry, domain: StorageDomain): void {
  for (const spec of [
    NFS_SPEC,
    SMB_SPEC,
    PORTAL_SPEC,
    INITIATOR_SPEC,
    AUTH_SPEC,
    TARGET_SPEC,
    EXTENT_SPEC,
    TARGETEXTENT_SPEC,
  ]) {
    registry.register(spec.namespace, crudHandlers(domain, spec));
  }
  registry.register('iscsi.global', configHandlers(domain, 'iscsi.global', iscsiGlobalDefaults));
  registry.register('service', systemServiceHandlers(domain));
  domain.providers.push(...sharingAttachmentProviders(domain), iscsiAttachmentProvider(domain));
  if (domain.profile === '25.10') {
    for (const spec of [HOST_SPEC, SUBSYS_SPEC, NAMESPACE_SPEC, PORT_SPEC, HOST_SUBSYS_SPEC, PORT_SUBSYS_SPEC]) {
      registry.register(spec.namespace, crudHandlers(domain, spec));
    }
    registry.register('nvmet.global', configHandlers(domain, 'nvmet.global', nvmetGlobalDefaults));
    domain.providers.push(nvmetAttachmentProvider(domain));
  }
}
