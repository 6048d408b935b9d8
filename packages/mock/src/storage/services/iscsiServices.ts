import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import type { AttachmentProvider } from '../attachmentProvider.js';
import { guidFor } from '../nextRowId.js';
import type { StorageDomain } from '../storageDomain.js';
import { type CrudSpec, removeWhere, type ValidateContext } from './serviceCrud.js';
import { servicesOf, zvolExists } from './servicesState.js';

function uniqueName(ctx: ValidateContext, namespace: string, message: string): void {
  const clash = ctx.services.list(namespace).some((r) => r.id !== ctx.row.id && r.name === ctx.row.name);
  if (clash) ctx.errors.add(`${ctx.attr}.name`, message);
}

/**
 * `iscsi.global.config` defaults.
 * @internal
 * @example
 * ```ts
 * iscsiGlobalDefaults().basename; // 'iqn.2005-10.org.freenas.ctl'
 * ```
 */
export function iscsiGlobalDefaults(): Record<string, unknown> {
  return {
    id: 1,
    basename: 'iqn.2005-10.org.freenas.ctl',
    isns_servers: [],
    listen_port: 3260,
    pool_avail_threshold: null,
    alua: false,
    iser: false,
  };
}

/**
 * `iscsi.portal`: `listen` entries get the global listen port; `tag` follows the id.
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.portal', crudHandlers(domain, PORTAL_SPEC));
 * ```
 */
export const PORTAL_SPEC: CrudSpec = {
  namespace: 'iscsi.portal',
  verbose: 'Portal',
  defaults: () => ({ comment: '' }),
  validate(ctx) {
    const listen = Array.isArray(ctx.row.listen) ? ctx.row.listen : [];
    ctx.row.listen = listen.map((entry: unknown) => ({ port: 3260, ...(entry as Record<string, unknown>) }));
    ctx.row.tag = ctx.row.id;
  },
};

/**
 * `iscsi.initiator`: allowed initiator groups.
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.initiator', crudHandlers(domain, INITIATOR_SPEC));
 * ```
 */
export const INITIATOR_SPEC: CrudSpec = {
  namespace: 'iscsi.initiator',
  verbose: 'Initiator',
  defaults: () => ({ initiators: [], comment: '' }),
};

/**
 * `iscsi.auth`: CHAP credentials.
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.auth', crudHandlers(domain, AUTH_SPEC));
 * ```
 */
export const AUTH_SPEC: CrudSpec = {
  namespace: 'iscsi.auth',
  verbose: 'Authorized Access',
  defaults: () => ({ peeruser: '', peersecret: '', discovery_auth: 'NONE' }),
};

/**
 * `iscsi.targetextent`: LUN ids unique per target, lowest free one when omitted.
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.targetextent', crudHandlers(domain, TARGETEXTENT_SPEC));
 * ```
 */
export const TARGETEXTENT_SPEC: CrudSpec = {
  namespace: 'iscsi.targetextent',
  verbose: 'Associated Target',
  defaults: () => ({ lunid: null }),
  validate(ctx) {
    const { row, services, attr, errors } = ctx;
    if (!services.table('iscsi.target').has(row.target as number)) errors.add(`${attr}.target`, 'Target not found.');
    if (!services.table('iscsi.extent').has(row.extent as number)) errors.add(`${attr}.extent`, 'Extent not found.');
    const siblings = services.list('iscsi.targetextent').filter((r) => r.id !== row.id && r.target === row.target);
    if (siblings.some((r) => r.extent === row.extent))
      errors.add(`${attr}.extent`, 'Extent is already in this target.');
    const used = new Set(siblings.map((r) => r.lunid));
    if (row.lunid === null || row.lunid === undefined) {
      let lun = 0;
      while (used.has(lun)) lun += 1;
      row.lunid = lun;
    } else if (used.has(row.lunid)) {
      errors.add(`${attr}.lunid`, 'LUN ID is already being used for this target.');
    }
  },
};

/**
 * `iscsi.target`: unique names; deleting one with live sessions (see `server.storage.setIscsiSessions`) fails with
 * EBUSY unless forced; its target/extent associations go with it (and its extents with `delete_extents`).
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.target', crudHandlers(domain, TARGET_SPEC));
 * ```
 */
export const TARGET_SPEC: CrudSpec = {
  namespace: 'iscsi.target',
  verbose: 'Target',
  defaults: () => ({ alias: null, mode: 'ISCSI', groups: [], auth_networks: [], iscsi_parameters: null }),
  validate(ctx) {
    uniqueName(ctx, 'iscsi.target', 'Target with this name already exists');
    ctx.row.rel_tgt_id = ctx.row.id;
  },
  beforeDelete(domain, row, params) {
    const force = params[0] === true;
    if (!force && (servicesOf(domain).sessions.get(String(row.name)) ?? 0) > 0) {
      throw new CallError(`Target ${String(row.name)} is in use.`, Errno.EBUSY);
    }
  },
  afterDelete(domain, row, params) {
    const links = servicesOf(domain)
      .list('iscsi.targetextent')
      .filter((r) => r.target === row.id);
    removeWhere(domain, TARGETEXTENT_SPEC, (r) => r.target === row.id);
    if (params[1] === true) {
      const extents = new Set(links.map((r) => r.extent));
      removeWhere(domain, EXTENT_SPEC, (r) => extents.has(r.id));
    }
  },
};

/**
 * `iscsi.extent`: DISK extents need an existing zvol (`disk: "zvol/<pool>/<zvol>"`), FILE extents a path; deleting
 * one removes its target associations.
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.extent', crudHandlers(domain, EXTENT_SPEC));
 * ```
 */
export const EXTENT_SPEC: CrudSpec = {
  namespace: 'iscsi.extent',
  verbose: 'Extent',
  defaults: (version) => ({
    type: 'DISK',
    disk: null,
    serial: null,
    path: null,
    filesize: '0',
    blocksize: 512,
    pblocksize: false,
    avail_threshold: null,
    comment: '',
    insecure_tpc: true,
    xen: false,
    rpm: 'SSD',
    ro: false,
    enabled: true,
    ...(version === '25.10' ? { product_id: null } : {}),
    vendor: 'TrueNAS',
    locked: false,
  }),
  validate(ctx) {
    const { row, attr, errors, domain } = ctx;
    uniqueName(ctx, 'iscsi.extent', 'Extent name must be unique');
    if (row.type === 'DISK') {
      if (typeof row.disk !== 'string' || !row.disk) errors.add(`${attr}.disk`, 'This field is required');
      else if (!zvolExists(domain, row.disk)) errors.add(`${attr}.disk`, `Device ${row.disk} does not exist`);
      else row.path = `/dev/${row.disk}`;
    } else if (typeof row.path !== 'string' || !row.path) {
      errors.add(`${attr}.path`, 'This field is required');
    }
    const seed = guidFor(`iscsi.extent:${row.id}:${String(row.name)}`);
    if (!row.serial) row.serial = BigInt(seed).toString(16).padStart(16, '0').slice(0, 15);
    if (!row.naa) row.naa = `0x6589cfc000000${BigInt(seed).toString(16).padStart(19, '0').slice(0, 19)}`;
  },
  afterDelete(domain, row) {
    removeWhere(domain, TARGETEXTENT_SPEC, (r) => r.extent === row.id);
  },
};

/**
 * The `iSCSI Extent` attachment provider (DISK extents on a zvol at or below the dataset).
 * @internal
 * @example
 * ```ts
 * domain.providers.push(iscsiAttachmentProvider(domain));
 * ```
 */
export function iscsiAttachmentProvider(domain: StorageDomain): AttachmentProvider {
  return {
    type: 'iSCSI Extent',
    service: 'iscsitarget',
    attachments: (dataset) =>
      servicesOf(domain)
        .list('iscsi.extent')
        .filter((e) => e.disk === `zvol/${dataset}` || String(e.disk).startsWith(`zvol/${dataset}/`))
        .map((e) => String(e.name)),
  };
}
