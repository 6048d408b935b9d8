import type { z } from 'zod';
import type { ParamsSchemaOf } from '../methods/methodSpec.js';
import type { ServerVersion } from '../methods/serverVersion.js';
import {
  SharingSmbCreateParams2504Schema,
  SharingSmbCreateParamsSchema,
  SharingSmbUpdateParams2504Schema,
} from '../schemas.js';
import type { ApiContext, InvokeOptions, MethodResult } from './apiContext.js';
import { type CrudActions, crudActions } from './crud.js';
import { invokeMethod } from './invokeMethod.js';
import { VersionFieldError } from './versionFieldError.js';

/**
 * SMB share create params of 25.10: the `purpose` + `options` model.
 *
 * @example
 * ```ts
 * import type { SmbShareCreate2510 } from '@tn/api';
 *
 * const share: SmbShareCreate2510 = { name: 'media', path: '/mnt/tank/media', purpose: 'DEFAULT_SHARE' };
 * ```
 */
export type SmbShareCreate2510 = z.input<ParamsSchemaOf<'sharing.smb.create', '25.10'>>[0];

/**
 * SMB share create params of 25.04: the flat model (`ro`, `guestok`, `hostsallow`, ...).
 *
 * @example
 * ```ts
 * import type { SmbShareCreate2504 } from '@tn/api';
 *
 * const share: SmbShareCreate2504 = { name: 'media', path: '/mnt/tank/media', ro: true };
 * ```
 */
export type SmbShareCreate2504 = z.input<ParamsSchemaOf<'sharing.smb.create', '25.04'>>[0];

/**
 * SMB share create params of server version `V`.
 *
 * @example
 * ```ts
 * import type { SmbShareCreate } from '@tn/api';
 *
 * const share: SmbShareCreate<'25.04'> = { name: 'media', path: '/mnt/tank/media', guestok: false };
 * ```
 */
export type SmbShareCreate<V extends ServerVersion = ServerVersion> = V extends '25.04'
  ? SmbShareCreate2504
  : SmbShareCreate2510;

type Shape = Record<string, z.ZodType>;
type Wrapped = { shape?: Shape; unwrap?: () => Wrapped };
/** The object shape of tuple item `index`, through `.optional()` wrappers. */
function shapeOf(schema: { def: { items: readonly unknown[] } }, index: number): Shape {
  let item = schema.def.items[index] as Wrapped;
  while (item.shape === undefined && item.unwrap) item = item.unwrap();
  return item.shape ?? {};
}
const SHAPE_2504 = shapeOf(SharingSmbCreateParams2504Schema, 0);
const SHAPE_2510 = shapeOf(SharingSmbCreateParamsSchema, 0);
const UPDATE_2504 = shapeOf(SharingSmbUpdateParams2504Schema, 1);

/** Fields of the other version's model used in `data` (keys, or `purpose=<value>`). */
function foreignFields(data: object, version: ServerVersion, own: Shape): string[] {
  const other = version === '25.04' ? SHAPE_2510 : SHAPE_2504;
  const fields: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!(key in own) && key in other) fields.push(key);
    else if (key === 'purpose' && own.purpose && !own.purpose.safeParse(value).success)
      fields.push(`purpose=${String(value)}`);
  }
  return fields;
}

/**
 * SMB shares (`sharing.smb.*`) on both models: create/update take the 25.10 `purpose`/`options` model or the 25.04
 * flat model; using the other version's fields throws {@link VersionFieldError} before anything is sent.
 *
 * @example
 * ```ts
 * const share = await api.sharing.smb.create({ name: 'media', path: '/mnt/tank/media' });
 * await api.sharing.smb.update(share.id, { comment: 'family photos' });
 * ```
 */
export type SmbSharesNamespace = Omit<CrudActions<'sharing.smb'>, 'create' | 'update'> & {
  /** Creates a share (params of the server's model). */
  create(data: SmbShareCreate, call?: InvokeOptions): Promise<MethodResult<'sharing.smb.create'>>;
  /** Updates a share (a partial of the server's model). */
  update(
    id: number,
    data: Partial<SmbShareCreate2510> | Partial<SmbShareCreate2504>,
    call?: InvokeOptions,
  ): Promise<MethodResult<'sharing.smb.update'>>;
};

/**
 * Builds the {@link SmbSharesNamespace}.
 *
 * @param api - the {@link ApiContext}.
 * @example
 * ```ts
 * import { smbSharesNamespace } from '@tn/api';
 *
 * const smb = smbSharesNamespace(api);
 * await smb.create({ name: 'media', path: '/mnt/tank/media', purpose: 'DEFAULT_SHARE' });
 * ```
 */
export function smbSharesNamespace(api: ApiContext): SmbSharesNamespace {
  const check = async (method: string, data: object, update: boolean) => {
    const version = await api.version();
    const own = version === '25.04' ? (update ? UPDATE_2504 : SHAPE_2504) : SHAPE_2510;
    const fields = foreignFields(data, version, own);
    if (fields.length > 0) throw new VersionFieldError({ method, version, fields });
  };
  return {
    ...crudActions(api, 'sharing.smb'),
    async create(data, call) {
      await check('sharing.smb.create', data ?? {}, false);
      return invokeMethod(api, 'sharing.smb.create', [data] as [SmbShareCreate2510], call);
    },
    async update(id, data, call) {
      await check('sharing.smb.update', data ?? {}, true);
      return invokeMethod(api, 'sharing.smb.update', [id, data] as [number, SmbShareCreate2510], call);
    },
  };
}
