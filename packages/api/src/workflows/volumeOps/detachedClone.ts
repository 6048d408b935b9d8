import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import { NotFoundError } from '../../namespaces/notFoundError.js';
import { formatBytes } from '../capacity/formatBytes.js';
import { propertyBytes } from '../capacity/propertyBytes.js';
import { runWorkflow, type WorkflowRecord } from '../core/runWorkflow.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { VolumeMarkersSchema, volumeMarkerUpdates } from '../ownership/volumeMarkers.js';
import { parseVolumeRequest } from './parseVolumeRequest.js';
import { parentDataset, readVolume } from './readVolume.js';
import { DatasetNameSchema, SnapshotNameSchema, splitSnapshot } from './volumeNames.js';
import { VolumeRequestError } from './volumeRequestError.js';

/**
 * What {@link detachedClone} takes.
 *
 * @example
 * ```ts
 * import { DetachedCloneRequestSchema } from '@tn/api';
 *
 * DetachedCloneRequestSchema.parse({ snapshot: 'tank/vms/vm0@golden', target: 'tank/vms/vm1' });
 * ```
 */
export const DetachedCloneRequestSchema = z.strictObject({
  /** The snapshot to copy, `dataset@name`. */
  snapshot: SnapshotNameSchema,
  /** The new dataset (any pool of this server); its parent must exist. */
  target: DatasetNameSchema,
  /** Mark the copy read-only (replication `readonly: SET`). @default false */
  readonly: z.boolean().default(false),
  /** The copy's size times `1 + headroom` must fit in the target's parent. @default 0.2 */
  headroom: z.number().min(0).max(10).default(0.2),
});

/**
 * A request of {@link DetachedCloneRequestSchema}, as callers write it.
 *
 * @example
 * ```ts
 * import type { DetachedCloneRequest } from '@tn/api';
 *
 * const request: DetachedCloneRequest = { snapshot: 'tank/k8s/pvc-1@s1', target: 'backup/pvc-1' };
 * ```
 */
export type DetachedCloneRequest = z.input<typeof DetachedCloneRequestSchema>;

/**
 * The result of {@link detachedClone}: the copy and the snapshot it holds (`target@name`).
 *
 * @example
 * ```ts
 * import type { DetachedCloneResult } from '@tn/api';
 *
 * const held = (r: DetachedCloneResult) => r.targetSnapshot;
 * ```
 */
export type DetachedCloneResult = { snapshot: string; target: string; targetSnapshot: string } & WorkflowRecord;

/** The ZFS user property names of the ownership markers: they stay with the original. */
const MARKER_KEYS = volumeMarkerUpdates(
  Object.fromEntries(Object.keys(VolumeMarkersSchema.shape).map((key) => [key, null])),
).map((update) => update.key);

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Makes an independent copy of a snapshot: unlike {@link cloneVolume}, the copy shares nothing with its origin (the
 * snapshot and its volume can be destroyed afterwards) and may live in another pool. It runs
 * `replication.run_onetime` (a job) with transport `LOCAL`, pushing only that snapshot (`name_regex`) into
 * `target`, with the source's properties except the mountpoint and the SDK's ownership markers (`tn:*`: the copy is
 * a new, unowned volume), and no retention. Works on 25.04 and 25.10 (the 25.10-only `mount` option is not sent).
 * The copy keeps the snapshot (`targetSnapshot`). If the job fails part-way, the partial target is left for cleanup.
 *
 * @param api - the API client.
 * @param request - {@link DetachedCloneRequest}.
 * @param options - {@link WorkflowOptions}.
 * @returns the {@link DetachedCloneResult}.
 * @throws `NotFoundError` when the snapshot or the target's parent does not exist; {@link VolumeRequestError}
 *   (`exists`, `insufficientSpace`) before anything is sent; `WorkflowStepError` when the replication job fails.
 * @example
 * ```ts
 * import { detachedClone } from '@tn/api';
 *
 * await detachedClone(api, { snapshot: 'tank/vms/vm0@golden', target: 'tank/vms/vm1' });
 * await api.snapshots.delete('tank/vms/vm0@golden'); // the copy does not depend on it
 * ```
 */
export async function detachedClone(
  api: ApiClient,
  request: DetachedCloneRequest,
  options: WorkflowOptions = {},
): Promise<DetachedCloneResult> {
  const { snapshot, target, readonly, headroom } = parseVolumeRequest(
    DetachedCloneRequestSchema,
    request,
    'detachedClone',
  );
  const { dataset, name } = splitSnapshot(snapshot);
  const parent = parentDataset(target) ?? target;
  return runWorkflow(api, 'detachedClone', options, async (run) => {
    run.step('read snapshot', snapshot);
    const row = (await run.api.snapshots.get(snapshot)) as { properties?: Record<string, unknown> };
    const source = await readVolume(run.api, dataset);
    run.step('read target', target);
    const existing = await run.api.datasets.query([['id', 'in', [target, parent]]], {
      extra: { retrieve_children: false, properties: ['available'] },
    });
    if (existing.some((r) => r.id === target)) {
      throw new VolumeRequestError({
        reason: 'exists',
        target,
        message: `Cannot copy ${snapshot}: ${target} already exists`,
        remedies: ['Pick another target name.'],
      });
    }
    const parentRow = existing.find((r) => r.id === parent);
    if (parentRow === undefined) {
      throw new NotFoundError({ method: 'pool.dataset.query', target: [['id', '=', parent]] });
    }
    const referenced = propertyBytes(row.properties ?? {}, 'referenced');
    const size = Math.max(referenced, source.refreservation);
    const needed = Math.ceil(size * (1 + headroom));
    const free = propertyBytes(parentRow as Record<string, unknown>, 'available');
    if (needed > free) {
      throw new VolumeRequestError({
        reason: 'insufficientSpace',
        target,
        message:
          `Not enough free space to copy ${snapshot} into ${target}: ${formatBytes(needed)} needed ` +
          `(${formatBytes(size)} + ${Math.round(headroom * 100)}% headroom), ${formatBytes(free)} free in ${parent}`,
        remedies: ['Free space in the target pool, or copy into another pool.'],
      });
    }
    await run.mutate({
      step: 'copy snapshot',
      method: 'replication.run_onetime',
      target,
      params: [
        {
          direction: 'PUSH',
          transport: 'LOCAL',
          source_datasets: [dataset],
          target_dataset: target,
          recursive: false,
          name_regex: escapeRegex(name),
          retention_policy: 'NONE',
          readonly: readonly ? 'SET' : 'IGNORE',
          properties: true,
          properties_exclude: MARKER_KEYS,
          exclude_mountpoint_property: true,
          allow_from_scratch: false,
        },
      ],
      undo: () => ({ method: 'pool.dataset.delete', params: [target, { recursive: true }] }),
    });
    return { snapshot, target, targetSnapshot: `${target}@${name}` };
  });
}
