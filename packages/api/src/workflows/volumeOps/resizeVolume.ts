import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import { formatBytes } from '../capacity/formatBytes.js';
import { runWorkflow, type WorkflowRecord } from '../core/runWorkflow.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { parseVolumeRequest } from './parseVolumeRequest.js';
import { readVolume } from './readVolume.js';
import { DatasetNameSchema } from './volumeNames.js';
import { VolumeRequestError } from './volumeRequestError.js';

/**
 * What {@link resizeVolume} takes.
 *
 * @example
 * ```ts
 * import { ResizeVolumeRequestSchema } from '@tn/api';
 *
 * ResizeVolumeRequestSchema.parse({ volume: 'tank/k8s/pvc-1', sizeBytes: 20 * 1024 ** 3 });
 * ```
 */
export const ResizeVolumeRequestSchema = z.strictObject({
  /** The zvol (its `volsize` grows) or filesystem (its `refquota` grows). */
  volume: DatasetNameSchema,
  /** The new size in bytes; a zvol's is rounded up to a multiple of its `volblocksize`. */
  sizeBytes: z.number().int().positive(),
  /** The growth times `1 + headroom` must fit in the parent's free space. @default 0.2 */
  headroom: z.number().min(0).max(10).default(0.2),
  /** Send `force_size` so the server skips its "more than 80% of the available space" refusal (zvols). @default false */
  force: z.boolean().default(false),
});

/**
 * A request of {@link ResizeVolumeRequestSchema}, as callers write it.
 *
 * @example
 * ```ts
 * import type { ResizeVolumeRequest } from '@tn/api';
 *
 * const request: ResizeVolumeRequest = { volume: 'tank/nfs/share-1', sizeBytes: 100 * 1024 ** 3 };
 * ```
 */
export type ResizeVolumeRequest = z.input<typeof ResizeVolumeRequestSchema>;

/**
 * What {@link resizeVolume} did (besides the {@link WorkflowRecord} fields).
 *
 * @example
 * ```ts
 * import { ResizeVolumeOutcomeSchema } from '@tn/api';
 *
 * ResizeVolumeOutcomeSchema.parse({
 *   volume: 'tank/k8s/pvc-1', kind: 'VOLUME', property: 'volsize', previousBytes: 1073741824, sizeBytes: 2147483648,
 *   changed: true,
 * });
 * ```
 */
export const ResizeVolumeOutcomeSchema = z.object({
  /** The volume. */
  volume: z.string(),
  /** `VOLUME` (zvol) or `FILESYSTEM`. */
  kind: z.literal(['VOLUME', 'FILESYSTEM']),
  /** The property changed: `volsize` or `refquota`. */
  property: z.literal(['volsize', 'refquota']),
  /** Its value before. */
  previousBytes: z.number(),
  /** Its value after (the request rounded up to the block size). */
  sizeBytes: z.number(),
  /** False when the volume already had that size (nothing was sent). */
  changed: z.boolean(),
});

/**
 * The result of {@link resizeVolume}.
 *
 * @example
 * ```ts
 * import type { ResizeVolumeResult } from '@tn/api';
 *
 * const grew = (r: ResizeVolumeResult) => r.changed && r.sizeBytes > r.previousBytes;
 * ```
 */
export type ResizeVolumeResult = z.infer<typeof ResizeVolumeOutcomeSchema> & WorkflowRecord;

/**
 * Grows a volume: a zvol's `volsize` (rounded up to a multiple of its `volblocksize`) or a filesystem's `refquota`,
 * through `runWorkflow` (dry run, audit, busy retries). Growing by the same size is a no-op (nothing sent).
 * Shrinking is refused: a smaller zvol loses the data stored past its new end (file systems and partition tables
 * on it break), and TrueNAS refuses it too; a filesystem without a `refquota` counts as unlimited, so setting one
 * would shrink it. Growing needs `growth × (1 + headroom)` free in the parent dataset (its `available`), the same
 * rule as {@link preflightVolume}, so that what the volume is promised can be written.
 *
 * @param api - the API client.
 * @param request - {@link ResizeVolumeRequest}.
 * @param options - {@link WorkflowOptions}.
 * @returns the {@link ResizeVolumeResult}.
 * @throws {@link VolumeRequestError} (`shrink`, `insufficientSpace`, `invalid`) and `NotFoundError` before anything
 *   is sent; `WorkflowStepError` when the server refuses the update.
 * @example
 * ```ts
 * import { resizeVolume } from '@tn/api';
 *
 * const result = await resizeVolume(api, { volume: 'tank/k8s/pvc-1', sizeBytes: 20 * 1024 ** 3 }, { audit: log });
 * console.log(result.previousBytes, '->', result.sizeBytes);
 * ```
 */
export async function resizeVolume(
  api: ApiClient,
  request: ResizeVolumeRequest,
  options: WorkflowOptions = {},
): Promise<ResizeVolumeResult> {
  const { volume, sizeBytes, headroom, force } = parseVolumeRequest(ResizeVolumeRequestSchema, request, 'resizeVolume');
  return runWorkflow(api, 'resizeVolume', options, async (run) => {
    run.step('read volume', volume);
    const facts = await readVolume(run.api, volume);
    const zvol = facts.type === 'VOLUME';
    const property = zvol ? 'volsize' : 'refquota';
    const block = facts.volblocksize > 0 ? facts.volblocksize : 16384;
    const target = zvol ? Math.ceil(sizeBytes / block) * block : sizeBytes;
    const previous = zvol ? facts.volsize : facts.refquota;
    const outcome = { volume, kind: facts.type, property, previousBytes: previous, sizeBytes: target } as const;
    if (target === previous) return { ...outcome, changed: false };
    if (!zvol && previous === 0) {
      throw new VolumeRequestError({
        reason: 'shrink',
        target: volume,
        message: `Refusing to set a ${formatBytes(target)} refquota on ${volume}: it has none (unlimited), so this would shrink it`,
        remedies: ['Set a first quota with api.datasets.update() if that is really meant.'],
      });
    }
    if (target < previous) {
      throw new VolumeRequestError({
        reason: 'shrink',
        target: volume,
        message:
          `Refusing to shrink ${volume} from ${formatBytes(previous)} to ${formatBytes(target)} (${property}): ` +
          (zvol
            ? 'a smaller zvol loses the data stored past its new end, breaking the file system on it'
            : 'data above the new quota could no longer be written and quota errors hit the clients'),
        remedies: ['Only growing is supported: create a new, smaller volume and copy the data instead.'],
      });
    }
    const needed = Math.ceil((target - previous) * (1 + headroom));
    if (needed > facts.parentAvailable) {
      throw new VolumeRequestError({
        reason: 'insufficientSpace',
        target: volume,
        message:
          `Not enough free space to grow ${volume} from ${formatBytes(previous)} to ${formatBytes(target)}: ` +
          `${formatBytes(needed)} needed (growth + ${Math.round(headroom * 100)}% headroom), ` +
          `${formatBytes(facts.parentAvailable)} free`,
        remedies: ['Free space in the pool (old snapshots, unused volumes), or grow by less.'],
      });
    }
    await run.mutate({
      step: zvol ? 'grow zvol' : 'grow quota',
      method: 'pool.dataset.update',
      target: volume,
      params: [volume, zvol ? { volsize: target, ...(force ? { force_size: true } : {}) } : { refquota: target }],
    });
    return { ...outcome, changed: true };
  });
}
