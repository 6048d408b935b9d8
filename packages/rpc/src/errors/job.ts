import { TnError, TnErrorCode } from './base.js';

/**
 * Thrown by `client.job()` when the job ends in the FAILED state (other than a validation failure, which raises
 * `InvalidParamsRpcError`).
 *
 * @example
 * ```ts
 * import { JobFailedError } from '@tn/rpc';
 *
 * if (err instanceof JobFailedError) console.log(err.jobId, err.errno);
 * ```
 */
export class JobFailedError extends TnError {
  override name = 'JobFailedError';
  /** Server job id. */
  readonly jobId: number;
  /** Job method. */
  readonly method: string;
  /** errno from `exc_info`, if any. */
  readonly errno: number | undefined;
  /** Exception type from `exc_info`, e.g. `CallError`. */
  readonly type: string | undefined;
  constructor(parameters: {
    jobId: number;
    method: string;
    error: string | null;
    errno?: number | undefined;
    type?: string | undefined;
  }) {
    const { jobId, method, error, errno, type } = parameters;
    super(TnErrorCode.JobFailed, `Job ${jobId} (${method}) failed: ${error ?? 'no reason given'}`);
    this.jobId = jobId;
    this.method = method;
    this.errno = errno;
    this.type = type;
  }
}

/**
 * Thrown by `client.job()` when the job ends in the ABORTED state.
 *
 * @example
 * ```ts
 * import { JobAbortedError } from '@tn/rpc';
 *
 * if (err instanceof JobAbortedError) console.log('job', err.jobId, 'was aborted');
 * ```
 */
export class JobAbortedError extends TnError {
  override name = 'JobAbortedError';
  /** Server job id. */
  readonly jobId: number;
  constructor(jobId: number, method: string) {
    super(TnErrorCode.JobAborted, `Job ${jobId} (${method}) was aborted`);
    this.jobId = jobId;
  }
}
