import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import { snapshotMethod } from '../../namespaces/snapshots.js';
import { runWorkflow, type WorkflowRecord } from '../core/runWorkflow.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { parseVolumeRequest } from './parseVolumeRequest.js';
import { DatasetNameSchema, SnapshotNameSchema } from './volumeNames.js';
import { VolumeRequestError } from './volumeRequestError.js';

/**
 * What {@link cloneVolume} takes.
 *
 * @example
 * ```ts
 * import { CloneVolumeRequestSchema } from '@tn/api';
 *
 * CloneVolumeRequestSchema.parse({ snapshot: 'tank/k8s/pvc-1@s1', target: 'tank/k8s/pvc-1-clone' });
 * ```
 */
export const CloneVolumeRequestSchema = z.strictObject({
  /** The snapshot to clone, `dataset@name`. */
  snapshot: SnapshotNameSchema,
  /** The new dataset (same pool as the snapshot). */
  target: DatasetNameSchema,
  /** ZFS properties to set on the clone (`dataset_properties`). */
  properties: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * A request of {@link CloneVolumeRequestSchema}, as callers write it.
 *
 * @example
 * ```ts
 * import type { CloneVolumeRequest } from '@tn/api';
 *
 * const request: CloneVolumeRequest = { snapshot: 'tank/vms/vm0@golden', target: 'tank/vms/vm1' };
 * ```
 */
export type CloneVolumeRequest = z.input<typeof CloneVolumeRequestSchema>;

/**
 * The result of {@link cloneVolume}.
 *
 * @example
 * ```ts
 * import type { CloneVolumeResult } from '@tn/api';
 *
 * const origin = (r: CloneVolumeResult) => r.snapshot;
 * ```
 */
export type CloneVolumeResult = { snapshot: string; target: string } & WorkflowRecord;

/**
 * Clones a snapshot into a new zvol or filesystem through `runWorkflow` (dry run, audit; `pool.snapshot.clone` on
 * 25.10, `zfs.snapshot.clone` on 25.04). The clone shares its data with the snapshot: it uses no space at first, and
 * the snapshot (and so its volume) cannot be destroyed while the clone exists. Use {@link detachedClone} for an
 * independent copy (or one in another pool).
 *
 * @param api - the API client.
 * @param request - {@link CloneVolumeRequest}.
 * @param options - {@link WorkflowOptions}.
 * @returns the {@link CloneVolumeResult}.
 * @throws `NotFoundError` when the snapshot does not exist; {@link VolumeRequestError} when the target exists
 *   (`exists`) or is in another pool (`invalid`); `WorkflowStepError` when the server refuses.
 * @example
 * ```ts
 * import { cloneVolume } from '@tn/api';
 *
 * await cloneVolume(api, { snapshot: 'tank/vms/vm0@golden', target: 'tank/vms/vm1' });
 * ```
 */
export async function cloneVolume(
  api: ApiClient,
  request: CloneVolumeRequest,
  options: WorkflowOptions = {},
): Promise<CloneVolumeResult> {
  const { snapshot, target, properties } = parseVolumeRequest(CloneVolumeRequestSchema, request, 'cloneVolume');
  const pool = (name: string) => name.split(/[/@]/, 1)[0];
  if (pool(snapshot) !== pool(target)) {
    throw new VolumeRequestError({
      reason: 'invalid',
      target,
      message: `A clone lives in the pool of its snapshot: ${target} is not in pool ${pool(snapshot)}`,
      remedies: ['Use detachedClone() to copy the snapshot into another pool.'],
    });
  }
  return runWorkflow(api, 'cloneVolume', options, async (run) => {
    run.step('read snapshot', snapshot);
    await run.api.snapshots.get(snapshot);
    const clash = await run.api.datasets.query([['id', '=', target]], {
      extra: { retrieve_children: false, properties: [] },
    });
    if (clash.length > 0) {
      throw new VolumeRequestError({
        reason: 'exists',
        target,
        message: `Cannot clone ${snapshot}: ${target} already exists`,
        remedies: ['Pick another target name.'],
      });
    }
    const version = await run.api.version();
    await run.mutate({
      step: 'clone snapshot',
      method: snapshotMethod(version, 'clone'),
      target,
      params: [{ snapshot, dataset_dst: target, ...(properties ? { dataset_properties: properties } : {}) }],
      undo: () => ({ method: 'pool.dataset.delete', params: [target, { recursive: true }] }),
    });
    return { snapshot, target };
  });
}
