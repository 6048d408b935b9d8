import type { ValidateContext } from './serviceCrud.js';

type Options = Record<string, unknown>;

const HOSTS = { hostsallow: [], hostsdeny: [] };

/**
 * Defaults of the 25.10 SMB share options per `purpose` (the `*Opt` models of api/v25_10_x/smb.py, as listed in
 * methods.json for `sharing.smb.create`). `EXTERNAL_SHARE` has no defaults: its `remote_path` is required.
 * @internal
 */
export const SMB_OPTION_DEFAULTS: Readonly<Record<string, Readonly<Options>>> = {
  LEGACY_SHARE: {
    recyclebin: false,
    path_suffix: null,
    ...HOSTS,
    guestok: false,
    streams: true,
    durablehandle: true,
    shadowcopy: true,
    fsrvp: false,
    home: false,
    acl: true,
    afp: false,
    timemachine: false,
    timemachine_quota: 0,
    aapl_name_mangling: false,
    vuid: null,
    auxsmbconf: '',
  },
  DEFAULT_SHARE: { aapl_name_mangling: false, ...HOSTS },
  TIMEMACHINE_SHARE: {
    timemachine_quota: 0,
    auto_snapshot: false,
    auto_dataset_creation: false,
    dataset_naming_schema: null,
    vuid: null,
    ...HOSTS,
  },
  MULTIPROTOCOL_SHARE: { aapl_name_mangling: false, ...HOSTS },
  TIME_LOCKED_SHARE: { grace_period: 900, aapl_name_mangling: false, ...HOSTS },
  PRIVATE_DATASETS_SHARE: { dataset_naming_schema: null, auto_quota: 0, aapl_name_mangling: false, ...HOSTS },
  EXTERNAL_SHARE: {},
  VEEAM_REPOSITORY_SHARE: { ...HOSTS },
  FCP_SHARE: { aapl_name_mangling: true, ...HOSTS },
};

/** Option keys a purpose accepts beyond its defaults (required ones). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = { EXTERNAL_SHARE: ['remote_path'] };

function isRecord(value: unknown): value is Options {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep enough copy of the defaults (fresh arrays, so rows never share them). */
function defaultsOf(purpose: string): Options {
  return structuredClone({ ...(SMB_OPTION_DEFAULTS[purpose] ?? {}) });
}

/**
 * Fills `ctx.row.options` of a 25.10 SMB share the way the server's model validators do (`parse_nested` and
 * `check_purpose_options` of `SharingSMBEntry`/`SmbShareCreate`):
 * - `purpose` given (or a create without `options`): the purpose's defaults, with the given `options` merged over
 *   them; `options.purpose` is always the share's purpose and is not stored (the server never sends it).
 * - `options` (even `null`) without `purpose`: refused ("You must set `purpose` if you set `options`.").
 * - neither (an update of other fields): the old options stay.
 * Unknown option keys for the purpose are refused; `EXTERNAL_SHARE` needs explicit options (`remote_path`).
 * @internal
 * @example
 * ```ts
 * validate(ctx) { applySmbOptions(ctx); }
 * ```
 */
export function applySmbOptions(ctx: ValidateContext): void {
  const { data, row, attr, errors } = ctx;
  const hasPurpose = data.purpose !== undefined;
  const given = data.options;
  if (given !== undefined && !hasPurpose) {
    errors.add(attr, 'Value error, You must set `purpose` if you set `options`.');
    return;
  }
  if (ctx.old !== undefined && !hasPurpose) return;
  const purpose = String(row.purpose);
  if (!(purpose in SMB_OPTION_DEFAULTS)) return;
  if (!isRecord(given)) {
    if (purpose === 'EXTERNAL_SHARE') {
      errors.add(attr, 'Value error, External shares require explicit options configuration');
      return;
    }
    row.options = defaultsOf(purpose);
    return;
  }
  const allowed = new Set([...Object.keys(SMB_OPTION_DEFAULTS[purpose] ?? {}), ...(REQUIRED[purpose] ?? [])]);
  const merged = defaultsOf(purpose);
  for (const [key, value] of Object.entries(given)) {
    if (key === 'purpose') continue;
    if (allowed.has(key)) merged[key] = value;
    else errors.add(`${attr}.options.${purpose}.${key}`, 'Extra inputs are not permitted');
  }
  for (const key of REQUIRED[purpose] ?? []) {
    if (!(key in merged)) errors.add(`${attr}.options.${purpose}.${key}`, 'Field required');
  }
  row.options = merged;
}
