import { z } from 'zod';

/** ZFS user property names of the markers (a `module:property` name, as ZFS requires for user properties). */
const KEYS = {
  owner: 'tn:owner',
  protocol: 'tn:protocol',
  spec: 'tn:spec',
  iscsiExtent: 'tn:iscsi-extent',
  iscsiTarget: 'tn:iscsi-target',
  iscsiTargetShared: 'tn:iscsi-target-shared',
  iscsiTargetExtent: 'tn:iscsi-targetextent',
  nvmetSubsystem: 'tn:nvmet-subsys',
  nvmetNamespace: 'tn:nvmet-namespace',
  nvmetPortLinks: 'tn:nvmet-port-subsys',
  nvmetHostLinks: 'tn:nvmet-host-subsys',
  nvmetHosts: 'tn:nvmet-hosts',
  nfsShare: 'tn:nfs-share',
  smbShare: 'tn:smb-share',
} as const;

const id = z.coerce.number().int().nonnegative();
const idList = z
  .string()
  .transform((text) => (text === '' ? [] : text.split(',').map(Number)))
  .pipe(z.array(z.number().int().nonnegative()));

/**
 * What the SDK records on a volume it created, as ZFS user properties (`tn:owner`, `tn:iscsi-extent`, ...): the
 * owner tag, the protocol, a fingerprint of the request, and the ids of every object exposing the volume. TrueNAS
 * re-uses freed ids, so a stored id is only trusted after the object it names is checked against the volume.
 *
 * @example
 * ```ts
 * import { VolumeMarkersSchema } from '@tn/api';
 *
 * VolumeMarkersSchema.parse({ owner: 'csi/cluster-a', protocol: 'iscsi', iscsiExtent: 4, iscsiTarget: 2 });
 * ```
 */
export const VolumeMarkersSchema = z.object({
  /** The caller's owner tag (a driver and cluster, say). */
  owner: z.string().min(1),
  /** How the volume is exposed. */
  protocol: z.literal(['iscsi', 'nvmet', 'nfs', 'smb', 'none']),
  /** Fingerprint of the request that created the volume (idempotency: the same request finds the same volume). */
  spec: z.string().optional(),
  /** `iscsi.extent` id. */ iscsiExtent: id.optional(),
  /** `iscsi.target` id. */ iscsiTarget: id.optional(),
  /** Whether the target is shared with other volumes (and so not deleted with this one). */
  iscsiTargetShared: z.boolean().optional(),
  /** `iscsi.targetextent` id. */ iscsiTargetExtent: id.optional(),
  /** `nvmet.subsys` id. */ nvmetSubsystem: id.optional(),
  /** `nvmet.namespace` id. */ nvmetNamespace: id.optional(),
  /** `nvmet.port_subsys` ids. */ nvmetPortLinks: z.array(z.number().int().nonnegative()).optional(),
  /** `nvmet.host_subsys` ids. */ nvmetHostLinks: z.array(z.number().int().nonnegative()).optional(),
  /** `nvmet.host` ids the SDK created for this volume (hosts that already existed are not listed). */
  nvmetHosts: z.array(z.number().int().nonnegative()).optional(),
  /** `sharing.nfs` id. */ nfsShare: id.optional(),
  /** `sharing.smb` id. */ smbShare: id.optional(),
});

/**
 * Markers of {@link VolumeMarkersSchema}.
 *
 * @example
 * ```ts
 * import type { VolumeMarkers } from '@tn/api';
 *
 * const markers: VolumeMarkers = { owner: 'proxmox/pve1', protocol: 'nvmet', nvmetSubsystem: 3 };
 * ```
 */
export type VolumeMarkers = z.infer<typeof VolumeMarkersSchema>;

type Key = keyof typeof KEYS;

/**
 * The markers a dataset row carries (its `user_properties`, as `pool.dataset.query` returns them), or `undefined`
 * when the volume has no `tn:owner` of its own (the SDK did not create it). Malformed marker values are ignored, and
 * so are values a child inherits from its parent (`source: "INHERITED"`): markers describe only the dataset that
 * set them.
 *
 * @param userProperties - a row's `user_properties` (values are ZFS property objects or strings).
 * @example
 * ```ts
 * import { readVolumeMarkers } from '@tn/api';
 *
 * const [row] = await api.datasets.query([['id', '=', 'tank/k8s/pvc-1']]);
 * const markers = readVolumeMarkers(row?.user_properties);
 * ```
 */
export function readVolumeMarkers(userProperties: unknown): VolumeMarkers | undefined {
  if (userProperties === null || typeof userProperties !== 'object') return undefined;
  const raw = userProperties as Record<string, unknown>;
  const text = (key: Key): string | undefined => {
    const value = raw[KEYS[key]];
    if (typeof value === 'string') return value;
    const property = value as { value?: unknown; source?: unknown } | undefined;
    if (typeof property?.source === 'string' && property.source.toUpperCase().startsWith('INHERITED')) return undefined;
    return typeof property?.value === 'string' ? property.value : undefined;
  };
  const owner = text('owner');
  if (owner === undefined || owner === '') return undefined;
  const markers: Record<string, unknown> = { owner };
  const protocol = VolumeMarkersSchema.shape.protocol.safeParse(text('protocol'));
  markers.protocol = protocol.success ? protocol.data : 'none';
  for (const key of Object.keys(KEYS) as Key[]) {
    if (key === 'owner' || key === 'protocol') continue;
    const value = text(key);
    if (value === undefined) continue;
    const parsed = parseField(key, value);
    if (parsed !== undefined) markers[key] = parsed;
  }
  return VolumeMarkersSchema.parse(markers);
}

function parseField(key: Key, value: string): unknown {
  if (key === 'spec') return value;
  if (key === 'iscsiTargetShared') return value === 'true';
  const schema = key === 'nvmetPortLinks' || key === 'nvmetHostLinks' || key === 'nvmetHosts' ? idList : id;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * The `user_properties_update` entries that write `markers` (fields left out are not touched; `null` removes one).
 *
 * @param markers - the markers to set.
 * @example
 * ```ts
 * import { volumeMarkerUpdates } from '@tn/api';
 *
 * await api.datasets.update('tank/k8s/pvc-1', { user_properties_update: volumeMarkerUpdates({ iscsiExtent: 4 }) });
 * ```
 */
export function volumeMarkerUpdates(
  markers: {
    [K in keyof VolumeMarkers]?: VolumeMarkers[K] | null;
  },
): { key: string; value?: string; remove?: boolean }[] {
  const updates: { key: string; value?: string; remove?: boolean }[] = [];
  for (const key of Object.keys(KEYS) as Key[]) {
    if (!(key in markers)) continue;
    const value = markers[key];
    if (value === undefined) continue;
    if (value === null) updates.push({ key: KEYS[key], remove: true });
    else updates.push({ key: KEYS[key], value: Array.isArray(value) ? value.join(',') : String(value) });
  }
  return updates;
}
