import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * Options of {@link VolumeBusyError}.
 *
 * @example
 * ```ts
 * import type { VolumeBusyErrorParameters } from '@tn/api';
 *
 * const p: VolumeBusyErrorParameters = {
 *   step: 'delete iSCSI target', method: 'iscsi.target.delete', target: 'iscsi.target 3',
 *   reason: 'Target tank-vol-1a2b3c4d is in use.', attempts: 5, cause: err,
 * };
 * ```
 */
export type VolumeBusyErrorParameters = {
  /** The step that kept failing. */
  step: string;
  /** Its method. */
  method: string;
  /** What it acted on. */
  target: string;
  /** The server's reason, one line. */
  reason: string;
  /** How many times the call was sent. */
  attempts: number;
  /** The last server error. */
  cause?: unknown;
};

/**
 * A delete was refused as busy ("target is in use", "dataset is busy") on every one of its bounded retries. The
 * message gives the server's reason and the number of attempts; what was deleted before stays deleted, and running
 * the deprovisioning again resumes where it stopped. `code` is `BUSY`.
 *
 * @example
 * ```ts
 * import { VolumeBusyError } from '@tn/api';
 *
 * try {
 *   await deprovisionVolume(api, { volume: 'tank/k8s/pvc-1', owner: 'csi/cluster-a' }, { retry: { attempts: 8 } });
 * } catch (err) {
 *   const busy = err instanceof TnError ? err.walk((e) => e instanceof VolumeBusyError) : null;
 *   if (busy) console.log((busy as VolumeBusyError).reason, (busy as VolumeBusyError).attempts);
 * }
 * ```
 */
export class VolumeBusyError extends TnError {
  override name = 'VolumeBusyError' as const;
  /** The step. */
  readonly step: string;
  /** The method. */
  readonly method: string;
  /** What it acted on. */
  readonly target: string;
  /** The server's reason. */
  readonly reason: string;
  /** How many times the call was sent. */
  readonly attempts: number;

  constructor({ step, method, target, reason, attempts, cause }: VolumeBusyErrorParameters) {
    super(
      TnErrorCode.Busy,
      `${target} is still busy after ${attempts} attempt${attempts === 1 ? '' : 's'} (${method}): ${reason}`,
      {
        cause,
        metaMessages: [
          `Step "${step}" gave up. Disconnect the initiators or stop what uses it, then run the deprovisioning again ` +
            '(it resumes), or allow more attempts with the `retry` option.',
        ],
      },
    );
    this.step = step;
    this.method = method;
    this.target = target;
    this.reason = reason;
    this.attempts = attempts;
  }
}

/**
 * {@link VolumeBusyError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { VolumeBusyErrorType } from '@tn/api';
 *
 * const isBusy = (err: unknown): err is VolumeBusyErrorType => (err as Error).name === 'VolumeBusyError';
 * ```
 */
export type VolumeBusyErrorType = VolumeBusyError & { name: 'VolumeBusyError' };
