import type { MethodName } from '../../methods/methodSpec.js';
import { busyReason, DEFAULT_BUSY_ATTEMPTS } from '../core/busyRetry.js';
import type { MutationSpec, WorkflowRun } from '../core/runWorkflow.js';
import { verifyOwned } from '../ownership/verifyOwned.js';
import type { DeprovisionPlan } from './deprovisionPlan.js';
import { MarkerBook } from './markerBook.js';
import { VolumeBusyError } from './volumeBusyError.js';

/**
 * Makes a delete through the run (which retries busy refusals with the workflow's retry policy) and turns a refusal
 * that is still "busy" after the last attempt into a {@link VolumeBusyError} with the reason and the attempts.
 * @internal
 * @param run - the workflow run.
 * @param spec - the delete.
 * @param attempts - the retry policy's attempts.
 * @example
 * ```ts
 * await deleteOrBusy(run, { step: 'delete iSCSI target', method: 'iscsi.target.delete', target, params: [3] }, 5);
 * ```
 */
export async function deleteOrBusy<M extends MethodName>(
  run: WorkflowRun,
  spec: MutationSpec<M>,
  attempts = DEFAULT_BUSY_ATTEMPTS,
): Promise<void> {
  try {
    await run.mutate(spec);
  } catch (error) {
    const reason = busyReason(error);
    if (reason === undefined) throw error;
    throw new VolumeBusyError({
      step: spec.step,
      method: spec.method,
      target: spec.target,
      reason,
      attempts,
      cause: error,
    });
  }
}

/**
 * Runs a {@link DeprovisionPlan}: promotes the clones, then deletes each object in order — verifying it once more
 * right before (an object gone meanwhile is skipped) and dropping its id from the markers right after, so a run that
 * stops half way resumes cleanly — and finally destroys the dataset. Nothing is undone on failure: deletions cannot
 * be, and the next run picks up where this one stopped.
 * @internal
 * @param run - the workflow run.
 * @param volume - the volume.
 * @param plan - the plan.
 * @param snapshots - the clones to promote and whether the destroy is recursive.
 * @param attempts - the retry policy's attempts, for {@link VolumeBusyError}.
 * @example
 * ```ts
 * const deleted = await applyDeprovision(run, volume, plan, { promote: [], recursive: false }, 5);
 * ```
 */
export async function applyDeprovision(
  run: WorkflowRun,
  volume: string,
  plan: DeprovisionPlan,
  snapshots: { promote: string[]; recursive: boolean },
  attempts: number | undefined,
): Promise<string[]> {
  for (const clone of snapshots.promote) {
    await run.mutate({
      step: `promote clone ${clone}`,
      method: 'pool.dataset.promote',
      target: clone,
      params: [clone],
    });
  }
  const book = new MarkerBook(run, volume, plan.markers, false);
  const deleted: string[] = [];
  for (const item of plan.items) {
    const object = `${item.ref.kind} ${item.ref.id}`;
    run.step(`verify ${object}`, object);
    if ((await verifyOwned(run.api, volume, item.ref)) === undefined) continue;
    await deleteOrBusy(run, { step: item.step, target: object, ...item.call } as MutationSpec<MethodName>, attempts);
    deleted.push(object);
    const current = book.current[item.marker];
    const rest = Array.isArray(current) ? current.filter((id) => id !== item.ref.id) : null;
    await book.write(`forget ${object}`, { [item.marker]: rest });
  }
  await deleteOrBusy(
    run,
    {
      step: snapshots.recursive ? 'destroy volume with its snapshots' : 'destroy volume',
      method: 'pool.dataset.delete',
      target: volume,
      params: [volume, { recursive: snapshots.recursive }],
    },
    attempts,
  );
  return deleted;
}
