import type { ApiClient } from '../../createApiClient.js';
import { runWorkflow } from '../core/runWorkflow.js';
import { withVolumeLock } from '../core/withVolumeLock.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { planDeprovision } from './deprovisionPlan.js';
import { applyDeprovision } from './deprovisionSteps.js';
import {
  type DeprovisionVolumeRequest,
  DeprovisionVolumeRequestSchema,
  type DeprovisionVolumeResult,
} from './deprovisionVolumeRequest.js';
import { invalidVolumeRequest } from './invalidVolumeRequest.js';
import { applySnapshotPolicy } from './snapshotPolicy.js';

const WORKFLOW = 'deprovisionVolume';

/**
 * Removes a volume {@link provisionVolume} created, and everything made for it, in dependency order: shares, the iSCSI
 * LUN link, the target (unless shared), the extent, the NVMe-oF port and host links, the namespace, the subsystem,
 * the hosts it created, then the dataset.
 *
 * - **Ownership.** A volume without the caller's `tn:owner` is refused ({@link OwnershipMismatchError}). Every stored
 *   id is verified before anything is deleted (TrueNAS re-uses ids): one that now names another volume's object
 *   refuses the whole deprovisioning, and nothing is deleted. A stored id that no longer exists counts as deleted.
 * - **Snapshots.** `snapshots: 'refuse'` (default) leaves a volume with snapshots or child datasets alone
 *   ({@link ConflictError} listing them and their clones); `'destroy'` destroys them with it, still refusing clones
 *   outside the volume; `'promote-clones'` promotes those clones first.
 * - **Busy.** "Target is in use" / "dataset is busy" refusals are retried with the `retry` policy; when they persist,
 *   a {@link VolumeBusyError} gives the reason and the attempts. Deletions are not undone; running it again resumes.
 * - **Idempotent.** An already-gone volume succeeds with `removed: false` and no call.
 * - **Dry run and audit** as in {@link runWorkflow}.
 *
 * @param api - the API client.
 * @param request - a {@link DeprovisionVolumeRequest}.
 * @param options - {@link WorkflowOptions}.
 * @returns the {@link DeprovisionVolumeResult}.
 * @example
 * ```ts
 * import { deprovisionVolume } from '@tn/api';
 *
 * const { removed, deleted, calls } = await deprovisionVolume(
 *   api,
 *   { volume: 'tank/k8s/pvc-1', owner: 'csi/cluster-a', snapshots: 'destroy' },
 *   { retry: { attempts: 8, minDelayMs: 500 }, audit: (record) => log.info(record) },
 * );
 * ```
 */
export async function deprovisionVolume(
  api: ApiClient,
  request: DeprovisionVolumeRequest,
  options: WorkflowOptions = {},
): Promise<DeprovisionVolumeResult> {
  const parsed = DeprovisionVolumeRequestSchema.safeParse(request);
  if (!parsed.success) throw invalidVolumeRequest(WORKFLOW, String(request?.volume), parsed.error);
  const { volume, owner, snapshots = 'refuse' } = parsed.data;
  return withVolumeLock(api, volume, () =>
    runWorkflow(api, WORKFLOW, options, async (run) => {
      run.step('inspect', volume);
      const plan = await planDeprovision(api, volume, owner);
      if (plan === undefined) return { volume, removed: false, deleted: [], kept: [], promoted: [] };
      const policy = await applySnapshotPolicy(api, volume, snapshots);
      const deleted = await applyDeprovision(run, volume, plan, policy, options.retry?.attempts);
      return { volume, removed: true, deleted, kept: plan.kept, promoted: policy.promote };
    }),
  );
}
