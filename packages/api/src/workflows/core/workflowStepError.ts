import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * What rolling back a failed workflow did: the steps undone (newest first) and the undo calls that failed, which
 * leave something behind for orphan cleanup.
 *
 * @example
 * ```ts
 * import type { RollbackReport } from '@tn/api';
 *
 * const clean = (report: RollbackReport) => report.failed.length === 0;
 * ```
 */
export type RollbackReport = {
  /** Steps whose effect was undone. */
  undone: string[];
  /** Undo calls that failed, with the error's message. */
  failed: { step: string; target: string; error: string }[];
};

/**
 * Options of {@link WorkflowStepError}.
 *
 * @example
 * ```ts
 * import type { WorkflowStepErrorParameters } from '@tn/api';
 *
 * const p: WorkflowStepErrorParameters = {
 *   workflow: 'provisionVolume', step: 'create iSCSI extent', target: 'tank/vol1', cause: err,
 *   rollback: { undone: ['create zvol'], failed: [] },
 * };
 * ```
 */
export type WorkflowStepErrorParameters = {
  /** The workflow, e.g. `provisionVolume`. */
  workflow: string;
  /** The step that failed. */
  step: string;
  /** The API method of that step, when it was a call. */
  method?: string | undefined;
  /** What the step acted on. */
  target: string;
  /** The error the step failed with. */
  cause: unknown;
  /** What the rollback did. */
  rollback: RollbackReport;
};

function causeText(cause: unknown): string {
  if (cause instanceof TnError) return cause.shortMessage;
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * A storage workflow failed at one step after changing something; the steps already done were rolled back (newest
 * first). The message names the step, the method, the target and the reason, then lists what was undone and what
 * could not be (those objects are left for orphan cleanup).
 *
 * @example
 * ```ts
 * import { WorkflowStepError } from '@tn/api';
 *
 * try {
 *   await provisionVolume(api, request);
 * } catch (err) {
 *   if (err instanceof WorkflowStepError) console.log(err.step, err.rollback.failed);
 * }
 * ```
 */
export class WorkflowStepError extends TnError {
  override name = 'WorkflowStepError' as const;
  /** The workflow. */
  readonly workflow: string;
  /** The step that failed. */
  readonly step: string;
  /** The step's API method, if it was a call. */
  readonly method: string | undefined;
  /** What the step acted on. */
  readonly target: string;
  /** What the rollback did. */
  readonly rollback: RollbackReport;

  constructor({ workflow, step, method, target, cause, rollback }: WorkflowStepErrorParameters) {
    const call = method === undefined ? '' : ` (${method})`;
    const meta = [
      rollback.undone.length > 0 ? `Rolled back: ${rollback.undone.join(', ')}.` : 'Nothing needed rolling back.',
    ];
    for (const failure of rollback.failed) {
      meta.push(
        `Could not undo "${failure.step}" on ${failure.target}: ${failure.error}. Find it with detectOrphans().`,
      );
    }
    super(TnErrorCode.WorkflowStepFailed, `${workflow} failed at "${step}"${call} on ${target}: ${causeText(cause)}`, {
      cause,
      metaMessages: meta,
    });
    this.workflow = workflow;
    this.step = step;
    this.method = method;
    this.target = target;
    this.rollback = rollback;
  }
}

/**
 * {@link WorkflowStepError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { WorkflowStepErrorType } from '@tn/api';
 *
 * const failedStep = (err: WorkflowStepErrorType) => err.step;
 * ```
 */
export type WorkflowStepErrorType = WorkflowStepError & { name: 'WorkflowStepError' };
