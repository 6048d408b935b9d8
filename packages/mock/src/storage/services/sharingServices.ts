import type { AttachmentProvider } from '../attachmentProvider.js';
import type { StorageDomain } from '../storageDomain.js';
import type { CrudSpec, ValidateContext } from './serviceCrud.js';
import { datasetOfPath, pathUnder, servicesOf } from './servicesState.js';
import { applySmbOptions } from './smbOptions.js';

function checkPath(ctx: ValidateContext): void {
  if (!datasetOfPath(ctx.domain, ctx.row.path)) ctx.errors.add(`${ctx.attr}.path`, 'Path does not exist.');
}

/**
 * `sharing.nfs`: exports of dataset mountpoints (`/mnt/<dataset>`); one share per path.
 * @internal
 * @example
 * ```ts
 * registry.register('sharing.nfs', crudHandlers(domain, NFS_SPEC));
 * ```
 */
export const NFS_SPEC: CrudSpec = {
  namespace: 'sharing.nfs',
  verbose: 'NFS share',
  defaults: () => ({
    aliases: [],
    comment: '',
    networks: [],
    hosts: [],
    ro: false,
    maproot_user: null,
    maproot_group: null,
    mapall_user: null,
    mapall_group: null,
    security: [],
    enabled: true,
    expose_snapshots: false,
    locked: false,
  }),
  validate(ctx) {
    checkPath(ctx);
    const clash = ctx.services
      .list('sharing.nfs')
      .some((share) => share.id !== ctx.row.id && share.path === ctx.row.path);
    if (clash) ctx.errors.add(`${ctx.attr}.path`, 'Export already exists for this path.');
  },
};

const AUDIT = { enable: false, watch_list: [], ignore_list: [] };

const SMB_2504 = {
  purpose: 'DEFAULT_SHARE',
  path_suffix: '',
  home: false,
  comment: '',
  ro: false,
  browsable: true,
  timemachine: false,
  timemachine_quota: 0,
  recyclebin: false,
  guestok: false,
  abe: false,
  hostsallow: [],
  hostsdeny: [],
  aapl_name_mangling: false,
  acl: true,
  durablehandle: true,
  shadowcopy: true,
  streams: true,
  fsrvp: false,
  auxsmbconf: '',
  enabled: true,
  afp: false,
  audit: AUDIT,
  locked: false,
};

const SMB_2510 = {
  purpose: 'DEFAULT_SHARE',
  enabled: true,
  comment: '',
  readonly: false,
  browsable: true,
  access_based_share_enumeration: false,
  audit: AUDIT,
  options: null,
  locked: false,
};

/**
 * A given `audit` is a whole `SmbAuditConfig` on 25.10 (pydantic fills its defaults) and is merged over the old one on
 * 25.04 (`old_audit | data.get('audit', {})` in plugins/smb.py).
 */
function applyAudit(ctx: ValidateContext, version: string): void {
  const given = ctx.data.audit;
  if (typeof given !== 'object' || given === null) return;
  const base = version === '25.04' ? (ctx.old?.audit ?? AUDIT) : AUDIT;
  ctx.row.audit = structuredClone({ ...(base as object), ...given });
}

/**
 * `sharing.smb`: the flat 25.04 model or the 25.10 `purpose`/`options` model; names unique (case-insensitive). On
 * 25.10 `options` hold the purpose's defaults merged with what was given (see {@link applySmbOptions}); an
 * `EXTERNAL_SHARE` has the path `EXTERNAL`.
 * @internal
 * @example
 * ```ts
 * registry.register('sharing.smb', crudHandlers(domain, SMB_SPEC));
 * ```
 */
export const SMB_SPEC: CrudSpec = {
  namespace: 'sharing.smb',
  verbose: 'SMB share',
  defaults: (version) => structuredClone({ ...(version === '25.04' ? SMB_2504 : SMB_2510) }),
  validate(ctx) {
    const version = ctx.domain.profile;
    applyAudit(ctx, version);
    if (version === '25.10') applySmbOptions(ctx);
    if (!(version === '25.10' && ctx.row.purpose === 'EXTERNAL_SHARE' && ctx.row.path === 'EXTERNAL')) checkPath(ctx);
    const name = String(ctx.row.name).toLowerCase();
    const clash = ctx.services
      .list('sharing.smb')
      .some((share) => share.id !== ctx.row.id && String(share.name).toLowerCase() === name);
    if (clash) ctx.errors.add(`${ctx.attr}.name`, 'Share with this name already exists.');
  },
};

/**
 * The NFS and SMB attachment providers (`NFS Share` paths, `SMB Share` names). Shares of destroyed datasets stay
 * (orphans).
 * @internal
 * @example
 * ```ts
 * for (const p of sharingAttachmentProviders(domain)) domain.providers.push(p);
 * ```
 */
export function sharingAttachmentProviders(domain: StorageDomain): AttachmentProvider[] {
  const shares = (namespace: string, dataset: string) =>
    servicesOf(domain)
      .list(namespace)
      .filter((share) => pathUnder(share.path, dataset));
  return [
    {
      type: 'NFS Share',
      service: 'nfs',
      attachments: (dataset) => shares('sharing.nfs', dataset).map((s) => String(s.path)),
    },
    {
      type: 'SMB Share',
      service: 'cifs',
      attachments: (dataset) => shares('sharing.smb', dataset).map((s) => String(s.name)),
    },
  ];
}
