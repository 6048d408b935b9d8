import { z } from 'zod';
import type { WorkflowRecord } from '../core/runWorkflow.js';
import { DATASET_PART } from '../volumeOps/volumeNames.js';

/**
 * A request of {@link deprovisionVolume}: the volume (dataset name), the owner that provisioned it, and what to do
 * with its snapshots — `refuse` (default: a volume with snapshots or child datasets is left alone, the
 * {@link ConflictError} lists them and their clones), `destroy` (destroyed with the volume; still refused when a clone
 * outside the volume depends on one) or `promote-clones` (clones outside the volume are promoted first, so they keep
 * the snapshots they need; the rest is destroyed).
 *
 * @example
 * ```ts
 * import { DeprovisionVolumeRequestSchema } from '@tn/api';
 *
 * DeprovisionVolumeRequestSchema.parse({ volume: 'tank/k8s/pvc-1', owner: 'csi/cluster-a', snapshots: 'destroy' });
 * ```
 */
export const DeprovisionVolumeRequestSchema = z.strictObject({
  /** The volume's dataset name. */
  volume: z
    .string()
    .max(255)
    .regex(new RegExp(`^${DATASET_PART}(/${DATASET_PART})+$`), 'a dataset name below a pool (pool/.../name)'),
  /** The owner tag it was provisioned with. */
  owner: z.string().min(1).max(256),
  /** Snapshot handling. @default 'refuse' */
  snapshots: z.literal(['refuse', 'destroy', 'promote-clones']).optional(),
});

/**
 * A request of {@link DeprovisionVolumeRequestSchema}.
 *
 * @example
 * ```ts
 * import type { DeprovisionVolumeRequest } from '@tn/api';
 *
 * const request: DeprovisionVolumeRequest = { volume: 'tank/k8s/pvc-1', owner: 'csi/cluster-a' };
 * ```
 */
export type DeprovisionVolumeRequest = z.infer<typeof DeprovisionVolumeRequestSchema>;

/**
 * What {@link deprovisionVolume} did (or, in a dry run, would do).
 *
 * @example
 * ```ts
 * import { DeprovisionedVolumeSchema } from '@tn/api';
 *
 * const { removed, deleted, kept } = DeprovisionedVolumeSchema.parse(await deprovisionVolume(api, request));
 * ```
 */
export const DeprovisionedVolumeSchema = z.object({
  /** The volume. */
  volume: z.string(),
  /** Whether the dataset was destroyed (`false`: it did not exist, nothing was done). */
  removed: z.boolean(),
  /** Objects deleted, in order (`iscsi.targetextent 3`, ...). */
  deleted: z.array(z.string()),
  /** Objects of the volume left in place, and why (a per-volume target someone added LUNs to, a shared host...). */
  kept: z.array(z.object({ object: z.string(), reason: z.string() })),
  /** Clones promoted before the volume was destroyed. */
  promoted: z.array(z.string()),
});

/**
 * A value of {@link DeprovisionedVolumeSchema}.
 *
 * @example
 * ```ts
 * import type { DeprovisionedVolume } from '@tn/api';
 *
 * const summary = (d: DeprovisionedVolume) => `${d.volume}: ${d.deleted.length} objects deleted`;
 * ```
 */
export type DeprovisionedVolume = z.infer<typeof DeprovisionedVolumeSchema>;

/**
 * What {@link deprovisionVolume} resolves with: the {@link DeprovisionedVolume} and the {@link WorkflowRecord}.
 *
 * @example
 * ```ts
 * import type { DeprovisionVolumeResult } from '@tn/api';
 *
 * const planned = (r: DeprovisionVolumeResult) => r.calls.map((call) => call.step);
 * ```
 */
export type DeprovisionVolumeResult = DeprovisionedVolume & WorkflowRecord;
