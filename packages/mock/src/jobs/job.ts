import { toJobFailure } from '../errors.js';
import type { VersionProfile } from '../profile.js';
import type { RequestId } from '../protocol/parseMessage.js';
import type { SessionCredentials } from '../session/sessionCredentials.js';

/**
 * Job states (`job.py State`).
 *
 * @example
 * ```ts
 * import type { JobState } from '@tn/mock';
 *
 * const terminal: JobState[] = ['SUCCESS', 'FAILED', 'ABORTED'];
 * ```
 */
export type JobState = 'WAITING' | 'RUNNING' | 'SUCCESS' | 'FAILED' | 'ABORTED';

/**
 * A job as `core.get_jobs` returns it and `core.get_jobs` events carry it (`Job.__encode__`). Dates are `Date`
 * objects here and `{"$date": ms}` on the wire. `message_ids` exists on 25.10 only.
 *
 * @example
 * ```ts
 * import type { JobObject } from '@tn/mock';
 *
 * const isDone = (job: JobObject) => job.state === 'SUCCESS' || job.state === 'FAILED' || job.state === 'ABORTED';
 * ```
 */
export type JobObject = {
  /** Sequential id, from 1 after every (re)start. */
  id: number;
  /** JSON-RPC ids of the calls that created (or were merged into) the job; 25.10 only. */
  message_ids?: RequestId[];
  /** Method that runs as the job. */
  method: string;
  /** Call arguments. */
  arguments: unknown[];
  /** Transient jobs send no events and are forgotten when done. */
  transient: boolean;
  /** Human-readable description, or `null`. */
  description: string | null;
  /** Whether the method declares itself abortable. */
  abortable: boolean;
  /** Always `null` in the mock (no log files). */
  logs_path: string | null;
  /** Always `null` in the mock. */
  logs_excerpt: string | null;
  /** Progress; starts as `{percent: 0, description: '', extra: null}`. */
  progress: {
    /** Integer percentage. */
    percent: number | null;
    /** What the job is doing. */
    description: string | null;
    /** Method-specific data. */
    extra: unknown;
  };
  /** Return value once SUCCESS, else `null`. */
  result: unknown;
  /** Always `null` in the mock. */
  result_encoding_error: unknown;
  /** `str(exception)` of a FAILED job, else `null`. */
  error: string | null;
  /** Formatted traceback of a FAILED job, else `null`. */
  exception: string | null;
  /** Structured failure of a FAILED job, else `null`. */
  exc_info: {
    /** `repr(exception)`. */
    repr: string;
    /** `"VALIDATION"` for validation errors, else the exception class name (`"CallError"`). */
    type: string;
    /** errno of a `CallError`/`ValidationError`, else `null`. */
    errno: number | null;
    /** Validation entries or `CallError.extra`. */
    extra: unknown;
  } | null;
  /** Current state. */
  state: JobState;
  /** When the job was created (set at creation, like the server). */
  time_started: Date | null;
  /** When the job reached a terminal state. */
  time_finished: Date | null;
  /** Credentials of the calling session, or `null`. */
  credentials: {
    /** Credential type, e.g. `"LOGIN_PASSWORD"`. */
    type: string;
    /** Credential details (`{username}` in the mock). */
    data: Record<string, unknown>;
  } | null;
};

/**
 * Static options of a job method (the `job` field of a method definition).
 *
 * @example
 * ```ts
 * import type { JobOptions } from '@tn/mock';
 *
 * const options: JobOptions = { abortable: true, description: (args) => `Scrub ${String(args[0])}` };
 * ```
 */
export type JobOptions = {
  /** Builds `description` from the call arguments. @default () => null */
  description?: (args: readonly unknown[]) => string | null;
  /** Reported as `abortable`. `core.job_abort` works either way, like the server. @default false */
  abortable?: boolean;
  /** Transient jobs send no events and are removed when done. @default false */
  transient?: boolean;
};

/** One job. @internal */
export class Job {
  readonly id: number;
  readonly method: string;
  readonly args: unknown[];
  readonly messageIds: RequestId[];
  readonly abortable: boolean;
  readonly transient: boolean;
  readonly credentials: SessionCredentials | null;
  readonly controller = new AbortController();
  readonly timeStarted = new Date();
  readonly finished: Promise<void>;
  /** Jobs wrapping this one (`core.job_wait`) mirror its progress. */
  readonly wrapped: Job[] = [];
  description: string | null;
  state: JobState = 'WAITING';
  progress: { percent: number | null; description: string | null; extra: unknown } = {
    percent: 0,
    description: '',
    extra: null,
  };
  result: unknown = null;
  failure: unknown;
  timeFinished: Date | null = null;
  /** Thrown away by a restart/reset: no more events. */
  discarded = false;
  #failureFields: ReturnType<typeof toJobFailure> | null = null;
  #resolve!: () => void;
  readonly #notify: (job: Job) => void;

  constructor(
    init: {
      id: number;
      method: string;
      args: unknown[];
      messageId: RequestId | undefined;
      credentials: SessionCredentials | null;
    },
    options: JobOptions,
    notify: (job: Job) => void,
  ) {
    this.id = init.id;
    this.method = init.method;
    this.args = init.args;
    this.messageIds = init.messageId === undefined ? [] : [init.messageId];
    this.credentials = init.credentials;
    this.abortable = options.abortable ?? false;
    this.transient = options.transient ?? false;
    this.description = options.description?.(init.args) ?? null;
    this.#notify = notify;
    this.finished = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  get done(): boolean {
    return this.state === 'SUCCESS' || this.state === 'FAILED' || this.state === 'ABORTED';
  }

  /** `Job.set_progress`: only given values change; an event is sent only when something changed. */
  setProgress(percent?: number | null, description?: string | null, extra?: unknown): void {
    let changed = false;
    if (typeof percent === 'number') {
      const value = Math.trunc(percent);
      if (this.progress.percent !== value) {
        this.progress.percent = value;
        changed = true;
      }
    }
    if (description && this.progress.description !== description) {
      this.progress.description = description;
      changed = true;
    }
    if (extra !== undefined && extra !== null && extra !== false && this.progress.extra !== extra) {
      this.progress.extra = extra;
      changed = true;
    }
    if (changed) this.#notify(this);
    for (const outer of this.wrapped)
      outer.setProgress(this.progress.percent, this.progress.description, this.progress.extra);
  }

  setDescription(description: string | null): void {
    if (this.description === description) return;
    this.description = description;
    this.#notify(this);
  }

  /** Moves to a terminal state and resolves `finished`. */
  finish(state: 'SUCCESS' | 'FAILED' | 'ABORTED', value?: unknown): void {
    this.state = state;
    this.timeFinished = new Date();
    if (state === 'SUCCESS') this.result = value;
    if (state === 'FAILED') {
      this.failure = value;
      this.#failureFields = toJobFailure(value);
    }
    this.#resolve();
  }

  encode(profile: VersionProfile): JobObject {
    const failure = this.#failureFields;
    const job: JobObject = {
      id: this.id,
      ...(profile === '25.10' ? { message_ids: [...this.messageIds] } : {}),
      method: this.method,
      arguments: this.args,
      transient: this.transient,
      description: this.description,
      abortable: this.abortable,
      logs_path: null,
      logs_excerpt: null,
      progress: { ...this.progress },
      result: this.state === 'SUCCESS' ? this.result : null,
      result_encoding_error: null,
      error: failure?.error ?? null,
      exception: failure?.exception ?? null,
      exc_info: failure?.exc_info ?? null,
      state: this.state,
      time_started: this.timeStarted,
      time_finished: this.timeFinished,
      credentials: this.credentials
        ? { type: this.credentials.type, data: { username: this.credentials.username } }
        : null,
    };
    return job;
  }
}
