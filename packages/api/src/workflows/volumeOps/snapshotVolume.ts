import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import { snapshotMethod } from '../../namespaces/snapshots.js';
import { runWorkflow, type WorkflowRecord } from '../core/runWorkflow.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { parseVolumeRequest } from './parseVolumeRequest.js';
import { readVolume } from './readVolume.js';
import { DatasetNameSchema, SnapshotShortNameSchema } from './volumeNames.js';
import { VolumeRequestError } from './volumeRequestError.js';

/**
 * What {@link snapshotVolume} takes.
 *
 * @example
 * ```ts
 * import { SnapshotVolumeRequestSchema } from '@tn/api';
 *
 * SnapshotVolumeRequestSchema.parse({ volume: 'tank/k8s/pvc-1', name: 'before-upgrade' });
 * ```
 */
export const SnapshotVolumeRequestSchema = z.strictObject({
  /** The zvol or filesystem. */
  volume: DatasetNameSchema,
  /** The snapshot's name (after `@`). */
  name: SnapshotShortNameSchema,
  /** Also snapshot every descendant (same name), atomically. @default false */
  recursive: z.boolean().default(false),
  /** ZFS user properties to set on the snapshot (`module:property` names). */
  properties: z.record(z.string().regex(/^[^:]+:.+$/, 'a user property name (module:property)'), z.string()).optional(),
});

/**
 * A request of {@link SnapshotVolumeRequestSchema}, as callers write it.
 *
 * @example
 * ```ts
 * import type { SnapshotVolumeRequest } from '@tn/api';
 *
 * const request: SnapshotVolumeRequest = { volume: 'tank/vms/vm0', name: 'nightly', properties: { 'tn:why': 'backup' } };
 * ```
 */
export type SnapshotVolumeRequest = z.input<typeof SnapshotVolumeRequestSchema>;

/**
 * The result of {@link snapshotVolume}: the snapshot's full name.
 *
 * @example
 * ```ts
 * import type { SnapshotVolumeResult } from '@tn/api';
 *
 * const name = (r: SnapshotVolumeResult) => r.snapshot; // 'tank/vms/vm0@nightly'
 * ```
 */
export type SnapshotVolumeResult = { volume: string; snapshot: string } & WorkflowRecord;

/**
 * Takes a snapshot of a volume through `runWorkflow` (dry run, audit), on both versions (`pool.snapshot.create` on
 * 25.10, `zfs.snapshot.create` on 25.04; `vmware_sync` off).
 *
 * @param api - the API client.
 * @param request - {@link SnapshotVolumeRequest}.
 * @param options - {@link WorkflowOptions}.
 * @returns the {@link SnapshotVolumeResult}.
 * @throws `NotFoundError` when the volume does not exist; {@link VolumeRequestError} (`exists`) when the snapshot
 *   does; `WorkflowStepError` when the server refuses.
 * @example
 * ```ts
 * import { snapshotVolume } from '@tn/api';
 *
 * const { snapshot } = await snapshotVolume(api, { volume: 'tank/k8s/pvc-1', name: 'before-upgrade' });
 * ```
 */
export async function snapshotVolume(
  api: ApiClient,
  request: SnapshotVolumeRequest,
  options: WorkflowOptions = {},
): Promise<SnapshotVolumeResult> {
  const { volume, name, recursive, properties } = parseVolumeRequest(
    SnapshotVolumeRequestSchema,
    request,
    'snapshotVolume',
  );
  const snapshot = `${volume}@${name}`;
  return runWorkflow(api, 'snapshotVolume', options, async (run) => {
    run.step('read volume', volume);
    await readVolume(run.api, volume);
    const existing = await run.api.snapshots.query([['id', '=', snapshot]]);
    if (existing.length > 0) {
      throw new VolumeRequestError({
        reason: 'exists',
        target: snapshot,
        message: `Snapshot ${snapshot} already exists`,
        remedies: ['Pick another name, or delete the old snapshot first.'],
      });
    }
    const version = await run.api.version();
    await run.mutate({
      step: 'create snapshot',
      method: snapshotMethod(version, 'create'),
      target: snapshot,
      params: [{ dataset: volume, name, recursive, vmware_sync: false, ...(properties ? { properties } : {}) }],
    });
    return { volume, snapshot };
  });
}
