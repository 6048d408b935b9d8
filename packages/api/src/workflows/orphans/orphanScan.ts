import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import type { ServerVersion } from '../../methods/serverVersion.js';
import { readVolumeMarkers, type VolumeMarkers } from '../ownership/volumeMarkers.js';

/** A row id, or a link row's nested object (`subsys: {id, ...}`), as a number. */
const ref = z
  .union([z.number().int(), z.looseObject({ id: z.number().int() }).transform((row) => row.id)])
  .nullish()
  .catch(undefined)
  .transform((value) => value ?? undefined);

const text = z
  .string()
  .nullish()
  .catch(undefined)
  .transform((value) => value ?? '');

/** A ZFS property object (`{ value, rawvalue, ... }`) or a bare string, as its raw value (`value` may be upper-cased). */
const zfsText = z
  .union([z.string(), z.looseObject({ value: z.unknown().optional(), rawvalue: z.unknown().optional() })])
  .nullish()
  .catch(undefined)
  .transform((value) => {
    if (typeof value === 'string') return value;
    const inner = value?.rawvalue ?? value?.value;
    return typeof inner === 'string' ? inner : '';
  });

const DatasetRowSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  type: text,
  mountpoint: z.string().nullish().catch(undefined),
  origin: zfsText,
  user_properties: z.unknown().optional(),
});

const ExtentRowSchema = z.looseObject({
  id: z.number().int(),
  name: text,
  type: text,
  disk: text,
  path: text,
});
const NamedRowSchema = z.looseObject({ id: z.number().int(), name: text });
const TargetExtentRowSchema = z.looseObject({ id: z.number().int(), target: ref, extent: ref, lunid: ref });
const NamespaceRowSchema = z.looseObject({
  id: z.number().int(),
  nsid: ref,
  subsys: ref,
  subsys_id: ref,
  device_type: text,
  device_path: text,
});
const ShareRowSchema = z.looseObject({ id: z.number().int(), name: text, path: text });

/** A dataset as the orphan rules see it. @internal */
export type ScanDataset = {
  name: string;
  type: string;
  mountpoint: string | null;
  /** `pool/ds@snap` of a clone, else `''`. */
  origin: string;
  /** The dataset's own (not inherited) SDK markers. */
  markers: VolumeMarkers | undefined;
};
/** An iSCSI extent. @internal */
export type ScanExtent = { id: number; name: string; type: string; disk: string; path: string };
/** An iSCSI target or NVMe-oF subsystem. @internal */
export type ScanNamed = { id: number; name: string };
/** A target/extent link. @internal */
export type ScanTargetExtent = { id: number; target?: number; extent?: number; lunid?: number };
/** An NVMe-oF namespace. @internal */
export type ScanNamespace = { id: number; nsid?: number; subsystem?: number; deviceType: string; devicePath: string };
/** An NFS or SMB share (`name` is `''` for NFS). @internal */
export type ScanShare = { id: number; name: string; path: string };

/**
 * Everything the orphan rules read, normalised (nested link objects become ids, ZFS property objects their values).
 * `namespaces` and `subsystems` are `undefined` when NVMe-oF was not checked (25.04). @internal
 *
 * @example
 * ```ts
 * const scan = await readOrphanScan(api);
 * ```
 */
export type OrphanScan = {
  version: ServerVersion;
  datasets: ScanDataset[];
  extents: ScanExtent[];
  targets: ScanNamed[];
  targetextents: ScanTargetExtent[];
  namespaces: ScanNamespace[] | undefined;
  subsystems: ScanNamed[] | undefined;
  nfs: ScanShare[];
  smb: ScanShare[];
};

/**
 * User properties without the inherited ones: ZFS user properties are inherited, so a child dataset would otherwise
 * carry its parent's `tn:owner`. @internal
 */
function ownUserProperties(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const own: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const source = (entry as { source?: unknown } | null)?.source;
    if (typeof source === 'string' && source.toUpperCase() === 'INHERITED') continue;
    own[key] = entry;
  }
  return own;
}

/**
 * Normalises a `pool.dataset.query` row (rows without a name are dropped by the caller). @internal
 *
 * @example
 * ```ts
 * toScanDataset({ id: 'tank/vol', type: 'VOLUME', mountpoint: null, origin: { value: '' }, user_properties: {} });
 * ```
 */
export function toScanDataset(row: unknown): ScanDataset | undefined {
  const parsed = DatasetRowSchema.safeParse(row);
  if (!parsed.success) return undefined;
  const { id, name, type, mountpoint, origin, user_properties } = parsed.data;
  const full = id ?? name;
  if (full === undefined || full === '') return undefined;
  return {
    name: full,
    type: type.toUpperCase(),
    mountpoint: mountpoint ?? null,
    origin: origin === 'none' || origin === '-' ? '' : origin,
    markers: readVolumeMarkers(ownUserProperties(user_properties)),
  };
}

function normalizer<S extends z.ZodType, T>(schema: S, map: (row: z.output<S>) => T): (row: unknown) => T | undefined {
  return (row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? map(parsed.data) : undefined;
  };
}

/**
 * Normalisers of single rows (`undefined` for a row without a numeric id): nested link objects become ids.
 * @internal
 *
 * @example
 * ```ts
 * scanRow.targetExtent({ id: 3, target: 1, extent: { id: 2 }, lunid: 0 }); // { id: 3, target: 1, extent: 2, lunid: 0 }
 * ```
 */
export const scanRow = {
  extent: normalizer(
    ExtentRowSchema,
    ({ id, name, type, disk, path }): ScanExtent => ({
      id,
      name,
      type: type.toUpperCase(),
      disk,
      path,
    }),
  ),
  named: normalizer(NamedRowSchema, ({ id, name }): ScanNamed => ({ id, name })),
  targetExtent: normalizer(
    TargetExtentRowSchema,
    ({ id, target, extent, lunid }): ScanTargetExtent => ({
      id,
      ...(target === undefined ? {} : { target }),
      ...(extent === undefined ? {} : { extent }),
      ...(lunid === undefined ? {} : { lunid }),
    }),
  ),
  namespace: normalizer(NamespaceRowSchema, (row): ScanNamespace => {
    const subsystem = row.subsys ?? row.subsys_id;
    return {
      id: row.id,
      ...(row.nsid === undefined ? {} : { nsid: row.nsid }),
      ...(subsystem === undefined ? {} : { subsystem }),
      deviceType: row.device_type.toUpperCase(),
      devicePath: row.device_path,
    };
  }),
  share: normalizer(ShareRowSchema, ({ id, name, path }): ScanShare => ({ id, name, path })),
};

function all<T>(list: readonly unknown[], normalize: (row: unknown) => T | undefined): T[] {
  return list.flatMap((row) => {
    const value = normalize(row);
    return value === undefined ? [] : [value];
  });
}

/**
 * Normalises raw query rows into an {@link OrphanScan}. @internal
 *
 * @example
 * ```ts
 * const scan = toOrphanScan('25.10', { datasets, extents, targets, targetextents, namespaces, subsystems, nfs, smb });
 * ```
 */
export function toOrphanScan(
  version: ServerVersion,
  raw: {
    datasets: readonly unknown[];
    extents: readonly unknown[];
    targets: readonly unknown[];
    targetextents: readonly unknown[];
    namespaces?: readonly unknown[] | undefined;
    subsystems?: readonly unknown[] | undefined;
    nfs: readonly unknown[];
    smb: readonly unknown[];
  },
): OrphanScan {
  return {
    version,
    datasets: all(raw.datasets, toScanDataset),
    extents: all(raw.extents, scanRow.extent),
    targets: all(raw.targets, scanRow.named),
    targetextents: all(raw.targetextents, scanRow.targetExtent),
    namespaces: raw.namespaces && all(raw.namespaces, scanRow.namespace),
    subsystems: raw.subsystems && all(raw.subsystems, scanRow.named),
    nfs: all(raw.nfs, scanRow.share).map((share) => ({ ...share, name: '' })),
    smb: all(raw.smb, scanRow.share),
  };
}

/**
 * Reads every dataset (with user properties), iSCSI extent, target and link, NFS and SMB share, and on 25.10 every
 * NVMe-oF namespace and subsystem. @internal
 *
 * @example
 * ```ts
 * const scan = await readOrphanScan(api, { signal });
 * ```
 */
export async function readOrphanScan(
  api: ApiClient,
  call: { signal?: AbortSignal | undefined } = {},
): Promise<OrphanScan> {
  const version = await api.version();
  const nvmet = version !== '25.04';
  const [datasets, extents, targets, targetextents, namespaces, subsystems, nfs, smb] = await Promise.all([
    readDatasets(api, call),
    api.iscsi.extents.query([], undefined, call),
    api.iscsi.targets.query([], undefined, call),
    api.iscsi.targetextents.query([], undefined, call),
    nvmet ? api.nvmet.namespaces.query([], undefined, call) : undefined,
    nvmet ? api.nvmet.subsystems.query([], undefined, call) : undefined,
    api.sharing.nfs.query([], undefined, call),
    api.sharing.smb.query([], undefined, call),
  ]);
  return toOrphanScan(version, { datasets, extents, targets, targetextents, namespaces, subsystems, nfs, smb });
}

/**
 * Every dataset as flat rows (no nested `children`). @internal
 *
 * @example
 * ```ts
 * const rows = await readDatasets(api);
 * ```
 */
export function readDatasets(
  api: ApiClient,
  call: { signal?: AbortSignal | undefined } = {},
  filters: unknown[] = [],
): Promise<unknown[]> {
  return api.datasets.query(filters as [], { extra: { flat: true, retrieve_children: false } }, call);
}
