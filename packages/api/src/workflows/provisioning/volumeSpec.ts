import { exposureNames } from '../ownership/exposureNames.js';
import type { ProvisionVolumeRequest } from './provisionVolumeRequest.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The fields of a provisioning request that define a volume, with defaults resolved and lists sorted, so equal
 * requests give equal specs. Stored as stable JSON in the volume's `tn:spec` marker: it holds no secret (DH-CHAP keys
 * are reduced to "set"/"not set") and no cosmetic field (`comments`). The owner is stored apart, in `tn:owner`.
 * @internal
 * @example
 * ```ts
 * const spec: VolumeSpec = volumeSpec(request);
 * ```
 */
export type VolumeSpec = { [key: string]: Json };

const sorted = <T>(items: readonly T[] | undefined, key: (item: T) => string = String): T[] =>
  [...(items ?? [])].sort((a, b) => key(a).localeCompare(key(b)));

function exposeSpec(request: ProvisionVolumeRequest, volume: string): VolumeSpec {
  const { expose } = request;
  switch (expose.protocol) {
    case 'iscsi':
      return {
        protocol: 'iscsi',
        sharedTarget: expose.sharedTarget ?? null,
        lun: expose.lun ?? null,
        portal: expose.portal ?? null,
        initiator: expose.initiator ?? null,
        authMethod: expose.authMethod ?? 'NONE',
        authGroup: expose.authGroup ?? null,
      };
    case 'nvmet':
      return {
        protocol: 'nvmet',
        ports: expose.portIds === undefined ? 'all' : [...expose.portIds].sort((a, b) => a - b),
        hosts: sorted(expose.hosts, (h) => h.nqn).map((host) => ({
          nqn: host.nqn,
          dhchapKey: host.dhchapKey === undefined ? 'none' : 'set',
          dhchapCtrlKey: host.dhchapCtrlKey === undefined ? 'none' : 'set',
          dhchapHash: host.dhchapHash ?? null,
          dhchapDhgroup: host.dhchapDhgroup ?? null,
        })),
      };
    case 'nfs':
      return {
        protocol: 'nfs',
        networks: sorted(expose.networks),
        hosts: sorted(expose.hosts),
        readOnly: expose.readOnly ?? false,
        maprootUser: expose.maprootUser ?? null,
        maprootGroup: expose.maprootGroup ?? null,
        mapallUser: expose.mapallUser ?? null,
        mapallGroup: expose.mapallGroup ?? null,
        security: sorted(expose.security),
      };
    case 'smb':
      return {
        protocol: 'smb',
        shareName: expose.shareName ?? exposureNames(volume).smbShare,
        purpose: expose.purpose ?? 'DEFAULT_SHARE',
      };
    case 'none':
      return { protocol: 'none' };
  }
}

/**
 * The {@link VolumeSpec} of a (validated) request.
 * @internal
 * @param request - the request.
 * @example
 * ```ts
 * volumeSpec(request).kind; // 'zvol'
 * ```
 */
export function volumeSpec(request: ProvisionVolumeRequest): VolumeSpec {
  const volume = `${request.parent}/${request.name}`;
  const block = request.expose.protocol === 'iscsi' || request.expose.protocol === 'nvmet';
  const kind = request.kind ?? (block ? 'zvol' : 'filesystem');
  return {
    v: 1,
    volume,
    kind,
    sizeBytes: request.sizeBytes,
    ...(kind === 'zvol' ? { sparse: request.sparse ?? false, volblocksize: request.volblocksize ?? null } : {}),
    expose: exposeSpec(request, volume),
  };
}

/**
 * Stable JSON of a spec (object keys sorted at every level), the text stored in `tn:spec`.
 * @internal
 * @param spec - the spec.
 * @example
 * ```ts
 * specText({ b: 1, a: [2] }); // '{"a":[2],"b":1}'
 * ```
 */
export function specText(spec: Json): string {
  if (Array.isArray(spec)) return `[${spec.map(specText).join(',')}]`;
  if (spec !== null && typeof spec === 'object') {
    const keys = Object.keys(spec).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${specText(spec[key] as Json)}`).join(',')}}`;
  }
  return JSON.stringify(spec);
}

/**
 * Parses a stored `tn:spec`, or `undefined` when it is not a JSON object.
 * @internal
 * @param text - the marker's value.
 * @example
 * ```ts
 * parseVolumeSpec(markers.spec ?? '')?.kind;
 * ```
 */
export function parseVolumeSpec(text: string): VolumeSpec | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as VolumeSpec) : undefined;
  } catch {
    return undefined;
  }
}

function flatten(value: Json, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object' && (!Array.isArray(value) || value.length > 0)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, specText(value));
  }
}

/**
 * The fields where a stored spec and a requested one differ, one line each (`field: existing X, requested Y`); empty
 * when they are equal.
 * @internal
 * @param stored - the `tn:spec` text on the volume.
 * @param wanted - the spec of the new request.
 * @example
 * ```ts
 * specDifferences('{"sizeBytes":1}', { sizeBytes: 2 }); // ['sizeBytes: existing 1, requested 2']
 * ```
 */
export function specDifferences(stored: string, wanted: VolumeSpec): string[] {
  const before = parseVolumeSpec(stored);
  if (before === undefined) return [`tn:spec: the stored value is not a spec (${JSON.stringify(stored.slice(0, 80))})`];
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, '', a);
  flatten(wanted, '', b);
  const lines: string[] = [];
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const existing = a.get(key) ?? '(unset)';
    const requested = b.get(key) ?? '(unset)';
    if (existing !== requested) lines.push(`${key}: existing ${existing}, requested ${requested}`);
  }
  return lines;
}
