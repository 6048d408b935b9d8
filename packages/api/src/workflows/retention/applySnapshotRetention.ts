import type { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import type { NotFoundErrorType } from '../../namespaces/notFoundError.js';
import { snapshotMethod } from '../../namespaces/snapshots.js';
import { runWorkflow, type WorkflowRecord } from '../core/runWorkflow.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { WorkflowStepError, type WorkflowStepErrorType } from '../core/workflowStepError.js';
import { planRetention } from './planRetention.js';
import type { RetentionInputErrorType } from './retentionInputError.js';
import type { RetentionPlan } from './retentionPlan.js';
import { parseRetentionPolicy, type RetentionPolicySchema } from './retentionPolicy.js';
import { SnapshotRetentionError, type SnapshotRetentionErrorType } from './snapshotRetentionError.js';
import { toRetentionSnapshot } from './toRetentionSnapshot.js';

/**
 * Options of {@link applySnapshotRetention}: the volume, the policy and the {@link WorkflowOptions} (`dryRun`,
 * `audit`, `retry`, `signal`, `now`).
 *
 * @example
 * ```ts
 * import type { ApplySnapshotRetentionParameters } from '@tn/api';
 *
 * const params: ApplySnapshotRetentionParameters = {
 *   volume: 'tank/vms/vm0',
 *   policy: { keepLast: 3, gfs: { daily: 7, weekly: 4 }, protect: ['manual-'] },
 *   dryRun: true,
 * };
 * ```
 */
export type ApplySnapshotRetentionParameters = WorkflowOptions & {
  /** The dataset or zvol whose own snapshots are pruned (its children's snapshots are not touched). */
  volume: string;
  /** The retention policy (validated first; see `RetentionPolicySchema`). */
  policy: z.input<typeof RetentionPolicySchema>;
};

/**
 * Result of {@link applySnapshotRetention}: the plan (what is kept and why, what is deleted or, in a dry run, would
 * be), the snapshots actually deleted, and the {@link WorkflowRecord} (`dryRun`, `calls` made or planned,
 * `auditFailures`).
 *
 * @example
 * ```ts
 * import type { ApplySnapshotRetentionReturnType } from '@tn/api';
 *
 * const report = (r: ApplySnapshotRetentionReturnType) =>
 *   r.dryRun ? `would delete ${r.plan.delete.length}` : `deleted ${r.deleted.length}`;
 * ```
 */
export type ApplySnapshotRetentionReturnType = WorkflowRecord & {
  /** The volume. */
  volume: string;
  /** Kept snapshots with their reasons; snapshots deleted (or, in a dry run, to delete) with theirs. Newest first. */
  plan: RetentionPlan;
  /** Snapshots deleted, in order (empty in a dry run). */
  deleted: string[];
};

/**
 * Errors of {@link applySnapshotRetention}: a refused policy or unreadable snapshot row (nothing deleted), a missing
 * volume, a failed deletion (says what was already deleted), or a workflow failure (e.g. aborted).
 *
 * @example
 * ```ts
 * import type { ApplySnapshotRetentionErrorType } from '@tn/api';
 *
 * const failedAt = (err: ApplySnapshotRetentionErrorType) => (err.name === 'SnapshotRetentionError' ? err.snapshot : undefined);
 * ```
 */
export type ApplySnapshotRetentionErrorType =
  | RetentionInputErrorType
  | NotFoundErrorType
  | SnapshotRetentionErrorType
  | WorkflowStepErrorType;

/**
 * Applies a snapshot retention policy to one volume: lists the volume's own snapshots (with their holds), plans with
 * {@link planRetention} (held, protected and cloned snapshots are never deleted; see there for the rules), then
 * deletes the planned snapshots newest first, one call each (`pool.snapshot.delete` on 25.10, `zfs.snapshot.delete`
 * on 25.04), through `runWorkflow`: each deletion is audited, busy refusals are retried, and with `dryRun` nothing
 * is deleted and `calls` lists the deletions that would be made.
 *
 * The policy is checked before anything is read (`RetentionInputError`); a missing volume is a `NotFoundError`.
 * Deletions stop at the first failure with a {@link SnapshotRetentionError} naming the snapshot, what was already
 * deleted and what was not attempted (deletions cannot be rolled back). `now` (default: the current time) is the
 * reference for `maxAgeMs`.
 *
 * @param api - the API client.
 * @param params - {@link ApplySnapshotRetentionParameters}.
 * @example
 * ```ts
 * import { applySnapshotRetention } from '@tn/api';
 *
 * const preview = await applySnapshotRetention(api, {
 *   volume: 'tank/vms/vm0',
 *   policy: { keepLast: 3, maxAgeMs: 7 * 86_400_000, protect: ['manual-'] },
 *   dryRun: true,
 * });
 * console.log(preview.plan.delete.map((d) => `${d.name}: ${d.reason}`));
 * const done = await applySnapshotRetention(api, { volume: 'tank/vms/vm0', policy: { keepLast: 3 } });
 * console.log(done.deleted);
 * ```
 */
export async function applySnapshotRetention(
  api: ApiClient,
  params: ApplySnapshotRetentionParameters,
): Promise<ApplySnapshotRetentionReturnType> {
  const { volume, policy: input, ...options } = params;
  const policy = parseRetentionPolicy(input);
  const now = (options.now ?? (() => new Date()))();
  const call = { signal: options.signal };
  const deleted: string[] = [];
  let planned: readonly string[] = [];
  let failing: string | undefined;

  try {
    return await runWorkflow(api, 'applySnapshotRetention', options, async (run) => {
      run.step('read snapshots', volume);
      await api.datasets.get(volume, { extra: { retrieve_children: false } }, call);
      const rows = await api.snapshots.query([['dataset', '=', volume]], { extra: { holds: true } }, call);
      const plan = planRetention(rows.map(toRetentionSnapshot), policy, now);
      const method = snapshotMethod(await api.version(), 'delete') as 'pool.snapshot.delete';
      planned = plan.delete.map((d) => d.name);
      for (const name of planned) {
        failing = name;
        await run.mutate({ step: 'delete snapshot', method, target: name, params: [name] });
        if (!run.dryRun) deleted.push(name);
      }
      failing = undefined;
      return { volume, plan, deleted };
    });
  } catch (error) {
    if (failing === undefined || !(error instanceof WorkflowStepError)) throw error;
    const notAttempted = planned.slice(planned.indexOf(failing) + 1);
    throw new SnapshotRetentionError({ volume, snapshot: failing, deleted, notAttempted, cause: error });
  }
}
