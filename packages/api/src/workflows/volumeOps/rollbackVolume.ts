import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import { NotFoundError } from '../../namespaces/notFoundError.js';
import { type SnapshotRow, snapshotMethod } from '../../namespaces/snapshots.js';
import { runWorkflow, type WorkflowRecord } from '../core/runWorkflow.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { parseVolumeRequest } from './parseVolumeRequest.js';
import { DatasetNameSchema, SnapshotNameSchema, SnapshotShortNameSchema, splitSnapshot } from './volumeNames.js';
import { VolumeRequestError } from './volumeRequestError.js';

/**
 * What {@link rollbackVolume} takes.
 *
 * @example
 * ```ts
 * import { RollbackVolumeRequestSchema } from '@tn/api';
 *
 * RollbackVolumeRequestSchema.parse({ volume: 'tank/k8s/pvc-1', snapshot: 'before-upgrade' });
 * ```
 */
export const RollbackVolumeRequestSchema = z
  .strictObject({
    /** The zvol or filesystem to roll back. */
    volume: DatasetNameSchema,
    /** The snapshot: its name after `@`, or the full `volume@name`. */
    snapshot: z.union([SnapshotShortNameSchema, SnapshotNameSchema]),
    /**
     * Allow rolling back past newer snapshots, which ZFS destroys (`recursive`). Without it only the latest snapshot
     * is a valid target. @default false
     */
    destroyNewer: z.boolean().default(false),
    /** Force-unmount clones of the dataset (`force`). @default false */
    force: z.boolean().default(false),
  })
  .refine((r) => !r.snapshot.includes('@') || splitSnapshot(r.snapshot).dataset === r.volume, {
    message: 'the snapshot must belong to the volume',
    path: ['snapshot'],
  });

/**
 * A request of {@link RollbackVolumeRequestSchema}, as callers write it.
 *
 * @example
 * ```ts
 * import type { RollbackVolumeRequest } from '@tn/api';
 *
 * const request: RollbackVolumeRequest = { volume: 'tank/vms/vm0', snapshot: 'weekly', destroyNewer: true };
 * ```
 */
export type RollbackVolumeRequest = z.input<typeof RollbackVolumeRequestSchema>;

/**
 * The result of {@link rollbackVolume}: the snapshot rolled back to and the newer snapshots destroyed with it.
 *
 * @example
 * ```ts
 * import type { RollbackVolumeResult } from '@tn/api';
 *
 * const lost = (r: RollbackVolumeResult) => r.destroyedSnapshots.length;
 * ```
 */
export type RollbackVolumeResult = { volume: string; snapshot: string; destroyedSnapshots: string[] } & WorkflowRecord;

const nameOf = (row: SnapshotRow): string => String((row as { name?: unknown }).name);

function txgOf(row: SnapshotRow): bigint {
  const raw = (row as { createtxg?: unknown }).createtxg;
  return typeof raw === 'string' || typeof raw === 'number' ? BigInt(raw) : -1n;
}

/**
 * Rolls a volume back to one of its snapshots through `runWorkflow` (dry run, audit; `pool.snapshot.rollback` on
 * 25.10, `zfs.snapshot.rollback` on 25.04). Everything written since the snapshot is lost. Rolling back to a
 * snapshot that is not the latest also destroys every newer snapshot, so it is refused unless `destroyNewer: true`
 * (then `recursive` is sent). Clones of those newer snapshots are never destroyed (`recursive_clones` is not sent):
 * the server refuses the rollback while they exist.
 *
 * @param api - the API client.
 * @param request - {@link RollbackVolumeRequest}.
 * @param options - {@link WorkflowOptions}.
 * @returns the {@link RollbackVolumeResult}.
 * @throws {@link VolumeRequestError} (`notLatestSnapshot`, `invalid`) and `NotFoundError` before anything is sent;
 *   `WorkflowStepError` when the server refuses (clones of newer snapshots, holds).
 * @example
 * ```ts
 * import { rollbackVolume } from '@tn/api';
 *
 * const { destroyedSnapshots } = await rollbackVolume(api, { volume: 'tank/vms/vm0', snapshot: 'weekly', destroyNewer: true });
 * ```
 */
export async function rollbackVolume(
  api: ApiClient,
  request: RollbackVolumeRequest,
  options: WorkflowOptions = {},
): Promise<RollbackVolumeResult> {
  const { volume, snapshot, destroyNewer, force } = parseVolumeRequest(
    RollbackVolumeRequestSchema,
    request,
    'rollbackVolume',
  );
  const full = snapshot.includes('@') ? snapshot : `${volume}@${snapshot}`;
  return runWorkflow(api, 'rollbackVolume', options, async (run) => {
    run.step('read snapshots', volume);
    const version = await run.api.version();
    const rows = await run.api.snapshots.query([['dataset', '=', volume]]);
    const chosen = rows.find((row) => nameOf(row) === full);
    if (chosen === undefined) throw new NotFoundError({ method: snapshotMethod(version, 'query'), target: full });
    const newer = rows
      .filter((row) => txgOf(row) > txgOf(chosen))
      .sort((a, b) => (txgOf(a) < txgOf(b) ? -1 : 1))
      .map(nameOf);
    if (newer.length > 0 && !destroyNewer) {
      const short = newer.map((name) => `@${splitSnapshot(name).name}`);
      throw new VolumeRequestError({
        reason: 'notLatestSnapshot',
        target: full,
        message:
          `Refusing to roll ${volume} back to @${splitSnapshot(full).name}: it is not the latest snapshot, and ` +
          `rolling back would destroy ${newer.length} newer snapshot${newer.length > 1 ? 's' : ''} (${short.join(', ')})`,
        remedies: [
          'Pass destroyNewer: true to destroy them, or clone the snapshot (cloneVolume) to get its data back without losing any.',
        ],
      });
    }
    await run.mutate({
      step: 'roll back',
      method: snapshotMethod(version, 'rollback'),
      target: full,
      params: [full, { recursive: newer.length > 0, force }],
    });
    return { volume, snapshot: full, destroyedSnapshots: newer };
  });
}
