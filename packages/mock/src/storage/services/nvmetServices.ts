import type { AttachmentProvider } from '../attachmentProvider.js';
import { guidFor, uuidFor } from '../nextRowId.js';
import type { StorageDomain } from '../storageDomain.js';
import { type CrudSpec, outputOf, removeWhere } from './serviceCrud.js';
import { type ServiceRow, servicesOf, zvolExists } from './servicesState.js';

const BASENQN = 'nqn.2011-06.com.truenas';

/**
 * `nvmet.global.config` defaults.
 * @internal
 * @example
 * ```ts
 * nvmetGlobalDefaults().basenqn; // 'nqn.2011-06.com.truenas'
 * ```
 */
export function nvmetGlobalDefaults(): Record<string, unknown> {
  return { id: 1, basenqn: BASENQN, kernel: true, ana: false, rdma: false, xport_referral: true };
}

function idsOf(domain: StorageDomain, namespace: string, subsysId: number, key: string): number[] {
  return servicesOf(domain)
    .list(namespace)
    .filter((r) => r.subsys_id === subsysId)
    .map((r) => r[key] as number);
}

/**
 * `nvmet.host`: NVMe hosts (unique `hostnqn`).
 * @internal
 * @example
 * ```ts
 * registry.register('nvmet.host', crudHandlers(domain, HOST_SPEC));
 * ```
 */
export const HOST_SPEC: CrudSpec = {
  namespace: 'nvmet.host',
  verbose: 'NVMe host',
  defaults: () => ({ dhchap_key: null, dhchap_ctrl_key: null, dhchap_dhgroup: null, dhchap_hash: 'SHA-256' }),
  validate(ctx) {
    const clash = ctx.services.list('nvmet.host').some((r) => r.id !== ctx.row.id && r.hostnqn === ctx.row.hostnqn);
    if (clash) ctx.errors.add(`${ctx.attr}.hostnqn`, 'This hostnqn already exists');
  },
  afterDelete(domain, row) {
    removeWhere(domain, HOST_SUBSYS_SPEC, (r) => r.host_id === row.id);
  },
};

/**
 * `nvmet.subsys`: subsystems; `subnqn` defaults to `<basenqn>:<name>`; `allow_any_host` cannot be set while hosts
 * are linked; deleting one removes its namespaces and links.
 * @internal
 * @example
 * ```ts
 * registry.register('nvmet.subsys', crudHandlers(domain, SUBSYS_SPEC));
 * ```
 */
export const SUBSYS_SPEC: CrudSpec = {
  namespace: 'nvmet.subsys',
  verbose: 'NVMe-oF subsystem',
  defaults: () => ({ subnqn: null, allow_any_host: false, pi_enable: null, qid_max: null, ieee_oui: null, ana: null }),
  output(domain, row) {
    return {
      ...row,
      hosts: idsOf(domain, 'nvmet.host_subsys', row.id, 'host_id'),
      namespaces: idsOf(domain, 'nvmet.namespace', row.id, 'id'),
      ports: idsOf(domain, 'nvmet.port_subsys', row.id, 'port_id'),
    };
  },
  validate(ctx) {
    const { row, attr, errors, services, domain } = ctx;
    const clash = services.list('nvmet.subsys').some((r) => r.id !== row.id && r.name === row.name);
    if (clash) errors.add(`${attr}.name`, 'Subsystem name must be unique');
    if (!row.subnqn) {
      const basenqn = services.configs.get('nvmet.global')?.basenqn ?? BASENQN;
      row.subnqn = `${String(basenqn)}:${String(row.name)}`;
    }
    if (!row.serial) row.serial = BigInt(guidFor(`nvmet.subsys:${row.id}:${String(row.name)}`)).toString(16);
    if (row.allow_any_host === true && idsOf(domain, 'nvmet.host_subsys', row.id, 'host_id').length > 0) {
      errors.add(`${attr}.allow_any_host`, 'Cannot allow any host while specific hosts are configured for access.');
    }
  },
  afterDelete(domain, row) {
    removeWhere(domain, NAMESPACE_SPEC, (r) => r.subsys_id === row.id);
    removeWhere(domain, HOST_SUBSYS_SPEC, (r) => r.subsys_id === row.id);
    removeWhere(domain, PORT_SUBSYS_SPEC, (r) => r.subsys_id === row.id);
  },
};

function subsysRow(domain: StorageDomain, id: unknown): Record<string, unknown> {
  const row = servicesOf(domain)
    .table('nvmet.subsys')
    .get(id as number);
  return row ? outputOf(domain, SUBSYS_SPEC, row) : {};
}

function linked(domain: StorageDomain, namespace: string, spec: CrudSpec, id: unknown): Record<string, unknown> {
  const row = servicesOf(domain)
    .table(namespace)
    .get(id as number);
  return row ? outputOf(domain, spec, row) : {};
}

/**
 * `nvmet.namespace`: a zvol (`device_path: "zvol/..."`, must exist) or file in a subsystem; `nsid` unique per
 * subsystem, lowest free when omitted. Rows nest their `subsys`.
 * @internal
 * @example
 * ```ts
 * registry.register('nvmet.namespace', crudHandlers(domain, NAMESPACE_SPEC));
 * ```
 */
export const NAMESPACE_SPEC: CrudSpec = {
  namespace: 'nvmet.namespace',
  verbose: 'NVMe-oF namespace',
  defaults: () => ({ nsid: null, filesize: null, enabled: true, locked: false }),
  output(domain, row) {
    const { subsys_id: subsysId, ...rest } = row;
    return { ...rest, subsys: subsysRow(domain, subsysId) };
  },
  validate(ctx) {
    const { row, attr, errors, services, domain } = ctx;
    if (!services.table('nvmet.subsys').has(row.subsys_id as number)) {
      errors.add(`${attr}.subsys_id`, 'Subsystem not found.');
    }
    if (row.device_type === 'ZVOL' && !zvolExists(domain, row.device_path)) {
      errors.add(`${attr}.device_path`, `Device ${String(row.device_path)} does not exist`);
    }
    const used = new Set(
      services
        .list('nvmet.namespace')
        .filter((r) => r.id !== row.id && r.subsys_id === row.subsys_id)
        .map((r) => r.nsid),
    );
    if (row.nsid === null || row.nsid === undefined) {
      let nsid = 1;
      while (used.has(nsid)) nsid += 1;
      row.nsid = nsid;
    } else if (used.has(row.nsid)) {
      errors.add(`${attr}.nsid`, 'This NSID is already in use by this subsystem.');
    }
    if (!row.device_uuid) row.device_uuid = uuidFor(`nvmet.namespace:${row.id}:${String(row.device_path)}`);
    if (!row.device_nguid) row.device_nguid = String(row.device_uuid).replaceAll('-', '');
  },
};

/**
 * `nvmet.port`: TCP/RDMA/FC ports (`index` follows the id, TCP defaults to port 4420).
 * @internal
 * @example
 * ```ts
 * registry.register('nvmet.port', crudHandlers(domain, PORT_SPEC));
 * ```
 */
export const PORT_SPEC: CrudSpec = {
  namespace: 'nvmet.port',
  verbose: 'NVMe-oF port',
  defaults: () => ({ inline_data_size: null, max_queue_size: null, pi_enable: null, enabled: true }),
  validate(ctx) {
    const { row } = ctx;
    row.index = row.id;
    if (row.addr_trtype === 'FC') {
      row.addr_adrfam = 'FC';
      row.addr_trsvcid = null;
    } else {
      row.addr_adrfam = String(row.addr_traddr).includes(':') ? 'IPV6' : 'IPV4';
      if (row.addr_trsvcid === undefined || row.addr_trsvcid === null) row.addr_trsvcid = 4420;
    }
    const clash = ctx.services
      .list('nvmet.port')
      .some(
        (r) =>
          r.id !== row.id &&
          r.addr_trtype === row.addr_trtype &&
          r.addr_traddr === row.addr_traddr &&
          r.addr_trsvcid === row.addr_trsvcid,
      );
    if (clash) ctx.errors.add(`${ctx.attr}.addr_traddr`, 'This port already exists');
  },
  afterDelete(domain, row) {
    removeWhere(domain, PORT_SUBSYS_SPEC, (r) => r.port_id === row.id);
  },
};

function linkSpec(
  namespace: string,
  verbose: string,
  key: 'host_id' | 'port_id',
  other: { namespace: string; field: string; spec: () => CrudSpec },
): CrudSpec {
  return {
    namespace,
    verbose,
    defaults: () => ({}),
    output(domain, row: ServiceRow) {
      return {
        id: row.id,
        [other.field]: linked(domain, other.namespace, other.spec(), row[key]),
        subsys: subsysRow(domain, row.subsys_id),
      };
    },
    validate(ctx) {
      const { row, attr, errors, services } = ctx;
      if (!services.table(other.namespace).has(row[key] as number)) errors.add(`${attr}.${key}`, 'Not found.');
      const subsys = services.table('nvmet.subsys').get(row.subsys_id as number);
      if (!subsys) errors.add(`${attr}.subsys_id`, 'Subsystem not found.');
      const clash = services
        .list(namespace)
        .some((r) => r.id !== row.id && r[key] === row[key] && r.subsys_id === row.subsys_id);
      if (clash) errors.add(`${attr}.${key}`, 'This association already exists.');
      if (key === 'host_id' && subsys?.allow_any_host === true) {
        errors.add(`${attr}.subsys_id`, 'Subsystem allows any host; no host association is needed.');
      }
    },
  };
}

/**
 * `nvmet.host_subsys`: host access to a subsystem; rows are `{id, host: {...}, subsys: {...}}`.
 * @internal
 * @example
 * ```ts
 * registry.register('nvmet.host_subsys', crudHandlers(domain, HOST_SUBSYS_SPEC));
 * ```
 */
export const HOST_SUBSYS_SPEC: CrudSpec = linkSpec('nvmet.host_subsys', 'NVMe-oF host/subsystem', 'host_id', {
  namespace: 'nvmet.host',
  field: 'host',
  spec: () => HOST_SPEC,
});

/**
 * `nvmet.port_subsys`: subsystem exposure on a port; rows are `{id, port: {...}, subsys: {...}}`.
 * @internal
 * @example
 * ```ts
 * registry.register('nvmet.port_subsys', crudHandlers(domain, PORT_SUBSYS_SPEC));
 * ```
 */
export const PORT_SUBSYS_SPEC: CrudSpec = linkSpec('nvmet.port_subsys', 'NVMe-oF port/subsystem', 'port_id', {
  namespace: 'nvmet.port',
  field: 'port',
  spec: () => PORT_SPEC,
});

/**
 * The `NVMe-oF Namespace` attachment provider (zvol namespaces at or below the dataset).
 * @internal
 * @example
 * ```ts
 * domain.providers.push(nvmetAttachmentProvider(domain));
 * ```
 */
export function nvmetAttachmentProvider(domain: StorageDomain): AttachmentProvider {
  return {
    type: 'NVMe-oF Namespace',
    service: 'nvmet',
    attachments: (dataset) =>
      servicesOf(domain)
        .list('nvmet.namespace')
        .filter((n) => n.device_path === `zvol/${dataset}` || String(n.device_path).startsWith(`zvol/${dataset}/`))
        .map((n) => String(n.device_path)),
  };
}
