import { z } from 'zod';

const bytes = z.number().nonnegative();

/**
 * The space figures of one dataset that the capacity computation reads (bytes; what `pool.dataset.query` reports
 * as `used`, `available`, `referenced`, `volsize` and `refquota`). `volsize` applies to zvols, `refquota` to
 * filesystems (`0` = none).
 *
 * @example
 * ```ts
 * import { CapacityDatasetSchema } from '@tn/api';
 *
 * CapacityDatasetSchema.parse({
 *   name: 'tank/k8s/pvc-1', type: 'VOLUME', used: 4096, available: 10 * 1024 ** 3, referenced: 4096, volsize: 1024 ** 3,
 * });
 * ```
 */
export const CapacityDatasetSchema = z.object({
  /** Full name, `pool/a/b` (a pool's root dataset has the pool's name). */
  name: z.string().min(1),
  /** `FILESYSTEM` or `VOLUME`. */
  type: z.literal(['FILESYSTEM', 'VOLUME']),
  /** Bytes used by the dataset, its snapshots, children and reservations. */
  used: bytes,
  /** Bytes it can still grow by (pool free space, capped by quotas). */
  available: bytes,
  /** Bytes its head references. */
  referenced: bytes,
  /** A zvol's size. @default 0 */
  volsize: bytes.default(0),
  /** A filesystem's `refquota` (`0` = none). @default 0 */
  refquota: bytes.default(0),
});

/**
 * A dataset of {@link CapacityDatasetSchema}, as callers write it.
 *
 * @example
 * ```ts
 * import type { CapacityDataset } from '@tn/api';
 *
 * const root: CapacityDataset = { name: 'tank', type: 'FILESYSTEM', used: 0, available: 100, referenced: 0 };
 * ```
 */
export type CapacityDataset = z.input<typeof CapacityDatasetSchema>;
