import { TnError, TnErrorCode } from '../errors/base.js';
import { JobAbortedError, JobFailedError } from '../errors/job.js';
import { InvalidParamsRpcError } from '../errors/rpc.js';
import { AbortedError } from '../errors/transport.js';
import type { CollectionEvent } from './subscriptions.js';

/**
 * A job as `core.get_jobs` reports it (the fields the client uses; the rest is kept).
 *
 * @example
 * ```ts
 * import type { JobSnapshot } from '@tn/rpc';
 *
 * function show(job: JobSnapshot) { console.log(job.id, job.state, job.progress?.percent); }
 * ```
 */
export type JobSnapshot = {
  id: number;
  method: string;
  state: 'WAITING' | 'RUNNING' | 'SUCCESS' | 'FAILED' | 'ABORTED' | (string & {});
  message_ids?: (string | number)[];
  progress?: JobProgress | null;
  result?: unknown;
  error?: string | null;
  exc_info?: { type?: string | null; errno?: number | null; extra?: unknown; repr?: string | null } | null;
  [field: string]: unknown;
};

/**
 * Progress of a running job.
 *
 * @example
 * ```ts
 * import type { JobProgress } from '@tn/rpc';
 *
 * const onProgress = (p: JobProgress) => console.log(`${p.percent ?? 0}% ${p.description ?? ''}`);
 * ```
 */
export type JobProgress = { percent: number | null; description: string | null; extra?: unknown };

/**
 * Options of `client.job()`.
 *
 * @example
 * ```ts
 * await client.job('pool.scrub.run', ['tank'], { onProgress: (p) => console.log(p.percent), timeout: 3_600_000 });
 * ```
 */
export type JobOptions = {
  /** Called on every progress change. */
  onProgress?: ((progress: JobProgress, job: JobSnapshot) => void) | undefined;
  /** Aborts the job on the server (`core.job_abort`) and rejects with `AbortedError`. */
  signal?: AbortSignal | undefined;
  /** Stop waiting after this many ms (the job keeps running on the server). No limit by default. */
  timeout?: number | undefined;
  /** Caller fields for the call context. */
  context?: Record<string, unknown> | undefined;
};

const TERMINAL = new Set(['SUCCESS', 'FAILED', 'ABORTED']);
const KEEP = 1000;

type Waiter = (job: JobSnapshot) => void;

/**
 * Remembers the latest state of recent jobs (from `core.get_jobs` events) so a waiter can find events that arrived
 * before it learnt its job id. @internal
 */
export class JobTracker {
  private readonly jobs = new Map<number, JobSnapshot>();
  private readonly byMessageId = new Map<string, number>();
  private readonly waiters = new Map<number, Set<Waiter>>();
  private readonly messageWaiters = new Map<string, (jobId: number) => void>();

  onEvent(event: CollectionEvent): void {
    const fields = event.fields as JobSnapshot | undefined;
    const id = typeof event.id === 'number' ? event.id : fields?.id;
    if (typeof id !== 'number' || !fields) return;
    this.update({ ...fields, id });
  }

  update(job: JobSnapshot): void {
    this.jobs.delete(job.id);
    this.jobs.set(job.id, job);
    if (this.jobs.size > KEEP) this.jobs.delete(this.jobs.keys().next().value as number);
    for (const messageId of job.message_ids ?? []) {
      const key = String(messageId);
      this.byMessageId.set(key, job.id);
      this.messageWaiters.get(key)?.(job.id);
      this.messageWaiters.delete(key);
    }
    if (this.byMessageId.size > KEEP) this.byMessageId.delete(this.byMessageId.keys().next().value as string);
    for (const waiter of this.waiters.get(job.id) ?? []) waiter(job);
  }

  get(id: number): JobSnapshot | undefined {
    return this.jobs.get(id);
  }

  /** Calls `fn` with the job id once a job naming `messageId` in `message_ids` is seen. */
  onMessageId(messageId: number, fn: (jobId: number) => void): () => void {
    const key = String(messageId);
    const known = this.byMessageId.get(key);
    if (known !== undefined) {
      fn(known);
      return () => {};
    }
    this.messageWaiters.set(key, fn);
    return () => this.messageWaiters.delete(key);
  }

  watch(id: number, fn: Waiter): () => void {
    const set = this.waiters.get(id) ?? new Set<Waiter>();
    this.waiters.set(id, set);
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.waiters.delete(id);
    };
  }

  static isTerminal(job: JobSnapshot): boolean {
    return TERMINAL.has(job.state);
  }
}

/**
 * Turns a terminal job into its result or the matching error. @internal
 */
export function settleJob(job: JobSnapshot, method: string): unknown {
  if (job.state === 'SUCCESS') return job.result;
  if (job.state === 'ABORTED') throw new JobAbortedError(job.id, method);
  if (job.exc_info?.type === 'VALIDATION') {
    throw new InvalidParamsRpcError({
      method,
      id: null,
      error: {
        code: InvalidParamsRpcError.rpcCode,
        message: 'Invalid params',
        data: { error: 22, errname: 'EINVAL', reason: job.error ?? undefined, extra: job.exc_info.extra },
      },
    });
  }
  throw new JobFailedError({
    jobId: job.id,
    method,
    error: job.error ?? null,
    errno: job.exc_info?.errno ?? undefined,
    type: job.exc_info?.type ?? undefined,
  });
}

/**
 * Thrown by `client.job()` when the method returned something that is not a job id (it is not a job method).
 *
 * @example
 * ```ts
 * import { NotAJobError } from '@tn/rpc';
 *
 * await client.job('pool.query').catch((err) => err instanceof NotAJobError); // true
 * ```
 */
export class NotAJobError extends TnError {
  override name = 'NotAJobError';
  /** What the method returned. */
  readonly result: unknown;
  constructor(method: string, result: unknown) {
    super(TnErrorCode.Protocol, `${method} is not a job method`, {
      metaMessages: ['It returned a plain result instead of a job id; use `client.call()` for it.'],
    });
    this.result = result;
  }
}

/** Abort error for a job, with the job id when known. @internal */
export function jobAborted(method: string, id: number, signal: AbortSignal): AbortedError {
  return new AbortedError({ method, id, sent: true, cause: signal.reason });
}
