import type { VersionProfile } from '../profile.js';
import type { RequestId } from '../protocol/parseMessage.js';
import type { SessionCredentials } from '../session/sessionCredentials.js';
import { Job, type JobOptions } from './job.js';

const MAX_JOBS = 1000;
const ABORTED = Symbol('aborted');

/** Everything needed to queue a job. @internal */
export type JobRequest = {
  method: string;
  args: unknown[];
  messageId: RequestId | undefined;
  credentials: SessionCredentials | null;
  options: JobOptions;
  run: (job: Job) => unknown;
};

/**
 * The job engine: sequential ids from 1, at most 1000 kept, `core.get_jobs` ADDED/CHANGED events with the full job.
 * @internal
 */
export class JobManager {
  #nextId = 1;
  readonly #jobs = new Map<number, Job>();
  readonly #profile: VersionProfile;
  readonly #emit: (type: 'ADDED' | 'CHANGED', job: Job) => void;

  constructor(profile: VersionProfile, emit: (type: 'ADDED' | 'CHANGED', job: Job) => void) {
    this.#profile = profile;
    this.#emit = emit;
  }

  #notify = (job: Job): void => {
    if (!job.discarded && !job.transient) this.#emit('CHANGED', job);
  };

  get(id: number): Job | undefined {
    return this.#jobs.get(id);
  }

  all(): Job[] {
    return [...this.#jobs.values()];
  }

  encodeAll(): ReturnType<Job['encode']>[] {
    return this.all().map((job) => job.encode(this.#profile));
  }

  /** Queues a job (ADDED event now); it starts on the next microtask. */
  create(request: JobRequest): Job {
    const job = new Job(
      {
        id: this.#nextId++,
        method: request.method,
        args: request.args,
        messageId: request.messageId,
        credentials: request.credentials,
      },
      request.options,
      this.#notify,
    );
    this.#jobs.set(job.id, job);
    this.#trim();
    if (!job.transient) this.#emit('ADDED', job);
    queueMicrotask(() => {
      this.#run(job, request.run).catch(() => undefined);
    });
    return job;
  }

  #trim(): void {
    if (this.#jobs.size <= MAX_JOBS) return;
    for (const [id, job] of this.#jobs) {
      if (job.done) {
        this.#jobs.delete(id);
        return;
      }
    }
  }

  async #run(job: Job, run: (job: Job) => unknown): Promise<void> {
    if (job.discarded) return;
    if (job.controller.signal.aborted) {
      this.#end(job, 'ABORTED');
      return;
    }
    job.state = 'RUNNING';
    this.#notify(job);
    const aborted = new Promise<typeof ABORTED>((resolve) => {
      job.controller.signal.addEventListener('abort', () => resolve(ABORTED), { once: true });
    });
    let body: Promise<unknown>;
    try {
      body = Promise.resolve(run(job));
    } catch (err) {
      body = Promise.reject(err);
    }
    body.catch(() => undefined);
    try {
      const value = await Promise.race([body, aborted]);
      if (job.discarded) return;
      if (value === ABORTED) {
        this.#end(job, 'ABORTED');
        return;
      }
      job.finish('SUCCESS', value);
      if (job.progress.percent !== 100) job.setProgress(100, '');
      this.#after(job);
    } catch (err) {
      if (job.discarded) return;
      this.#end(job, job.controller.signal.aborted ? 'ABORTED' : 'FAILED', err);
    }
  }

  #end(job: Job, state: 'FAILED' | 'ABORTED', err?: unknown): void {
    job.finish(state, err);
    this.#after(job);
  }

  #after(job: Job): void {
    this.#notify(job);
    if (job.transient) this.#jobs.delete(job.id);
  }

  /** `core.job_abort`: cancels a running job or marks a waiting one. */
  abort(job: Job): void {
    if (!job.done) job.controller.abort(new Error('Job aborted'));
  }

  /** Drops every job (restart/reset/stop): unfinished ones end ABORTED silently; ids restart at 1. */
  clear(): void {
    for (const job of this.#jobs.values()) {
      if (job.done) continue;
      job.discarded = true;
      job.controller.abort(new Error('Job discarded'));
      job.finish('ABORTED');
    }
    this.#jobs.clear();
    this.#nextId = 1;
  }
}
