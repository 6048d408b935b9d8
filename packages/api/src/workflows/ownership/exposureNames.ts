/**
 * The names of the objects that expose a volume, derived from the volume's dataset name alone (so a retry, a resumed
 * run and a deprovisioning all find the same objects):
 *
 * - `extent` — `iscsi.extent` name (1–64 characters);
 * - `target` — `iscsi.target` name: lowercase letters, digits, `.`, `-` and `:` only (the middleware's rule), at most
 *   64 characters, so `<basename>:<target>` stays a valid IQN (≤ 223 bytes) for any sane basename;
 * - `subsystem` — `nvmet.subsys` name, appended to the global `basenqn` to form the subsystem NQN;
 * - `smbShare` — default SMB share name (≤ 80 characters, no characters SMB forbids).
 *
 * All four are `<slug>-<hash>`: the slug is the dataset name lowercased with every other character turned into `-`
 * (the end kept when it is too long), the hash eight hex digits of a 32-bit FNV-1a of the exact dataset name, so
 * `tank/a-b` and `tank/a/b` never share names.
 *
 * @example
 * ```ts
 * import { type ExposureNames, exposureNames } from '@tn/api';
 *
 * const names: ExposureNames = exposureNames('tank/k8s/pvc-1');
 * ```
 */
export type ExposureNames = {
  /** `iscsi.extent` name. */
  extent: string;
  /** `iscsi.target` name (per-volume targets). */
  target: string;
  /** `nvmet.subsys` name. */
  subsystem: string;
  /** Default `sharing.smb` name. */
  smbShare: string;
};

const MAX_NAME = 64;
const HASH_LENGTH = 8;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(HASH_LENGTH, '0');
}

function slug(volume: string, max: number): string {
  const text = volume
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const tail = text.length > max ? text.slice(text.length - max).replace(/^-+/, '') : text;
  return tail === '' ? 'vol' : tail;
}

/**
 * The {@link ExposureNames} of a volume (its full dataset name, `pool/.../name`).
 *
 * @param volume - the dataset name, e.g. `tank/k8s/pvc-1`.
 * @returns the names; the same volume always gets the same names.
 * @example
 * ```ts
 * import { exposureNames } from '@tn/api';
 *
 * exposureNames('tank/k8s/pvc-1').target; // 'tank-k8s-pvc-1-' + 8 hex digits
 * ```
 */
export function exposureNames(volume: string): ExposureNames {
  const name = `${slug(volume, MAX_NAME - HASH_LENGTH - 1)}-${fnv1a(volume)}`;
  return { extent: name, target: name, subsystem: name, smbShare: name };
}
