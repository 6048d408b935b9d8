import { z } from 'zod';

/**
 * One part of a dataset name as volume workflows accept it (a regex source): letters, digits, `_ . : -`, starting
 * with a letter or digit. @internal
 */
export const DATASET_PART = '[A-Za-z0-9][A-Za-z0-9_.:-]*';

/**
 * Schema of a dataset name in a volume request: `pool/a/b` (ZFS characters; no `@`, `#`, empty segments or a
 * trailing `/`).
 *
 * @example
 * ```ts
 * import { DatasetNameSchema } from '@tn/api';
 *
 * DatasetNameSchema.parse('tank/k8s/pvc-1');
 * ```
 */
export const DatasetNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(new RegExp(`^${DATASET_PART}(/[A-Za-z0-9_.:-][A-Za-z0-9_.: -]*)*$`), 'a dataset name such as tank/k8s/pvc-1');

/**
 * Schema of a full snapshot name, `dataset@name`.
 *
 * @example
 * ```ts
 * import { SnapshotNameSchema } from '@tn/api';
 *
 * SnapshotNameSchema.parse('tank/k8s/pvc-1@before-upgrade');
 * ```
 */
export const SnapshotNameSchema = z
  .string()
  .max(255)
  .regex(/^[^@\s][^@]*@[A-Za-z0-9_.:-]+$/, 'a snapshot name such as tank/k8s/pvc-1@nightly');

/**
 * Schema of the part of a snapshot name after `@`.
 *
 * @example
 * ```ts
 * import { SnapshotShortNameSchema } from '@tn/api';
 *
 * SnapshotShortNameSchema.parse('before-upgrade');
 * ```
 */
export const SnapshotShortNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only');

/** Splits `dataset@name`. @internal */
export function splitSnapshot(full: string): { dataset: string; name: string } {
  const at = full.indexOf('@');
  return { dataset: full.slice(0, at), name: full.slice(at + 1) };
}
