import { JobAbortedError } from '../errors/job.js';
import { TimeoutError } from '../errors/transport.js';
import type { CallOptions } from './createClient.js';
import { type JobOptions, type JobSnapshot, JobTracker, jobAborted, NotAJobError, settleJob } from './jobs.js';

/** What `runJob` needs from the client. @internal */
export type JobHost = {
  tracker: JobTracker;
  ensureJobEvents(): Promise<void>;
  newStyleJobs(): boolean;
  call(method: string, params: unknown[], options: CallOptions & { onId?: (id: number) => void }): Promise<unknown>;
  onReconnect(fn: () => void): () => void;
};

const NO_TIMEOUT = 2_147_483_647;

/**
 * Runs a job method to completion: subscribes to `core.get_jobs` first, then calls the method, learns the job id
 * (from the reply in legacy mode, from `message_ids` in new-style mode), reports progress and returns the result.
 * @internal
 */
export async function runJob(
  host: JobHost,
  method: string,
  params: unknown[],
  options: JobOptions = {},
): Promise<unknown> {
  const { onProgress, signal, timeout, context } = options;
  signal?.throwIfAborted();
  await host.ensureJobEvents();

  let jobId: number | undefined;
  let requestId = 0;
  const cleanups: (() => void)[] = [];
  let lastProgress = '';

  return new Promise<unknown>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      for (const cleanup of cleanups) cleanup();
      fn();
    };
    const onJob = (job: JobSnapshot) => {
      if (done) return;
      if (job.progress && onProgress) {
        const key = `${job.progress.percent}|${job.progress.description}`;
        if (key !== lastProgress) {
          lastProgress = key;
          try {
            onProgress(job.progress, job);
          } catch {}
        }
      }
      if (JobTracker.isTerminal(job) && !host.newStyleJobs()) {
        finish(() => {
          try {
            resolve(settleJob(job, method));
          } catch (error) {
            reject(error);
          }
        });
      }
    };
    const abortOnServer = (id: number) => {
      host.call('core.job_abort', [id], { timeout: 30_000 }).catch(() => {});
    };
    const learnId = (id: number) => {
      if (jobId !== undefined) return;
      jobId = id;
      // Aborted before the id was known: the job still has to be stopped on the server.
      if (done) {
        if (signal?.aborted) abortOnServer(id);
        return;
      }
      cleanups.push(host.tracker.watch(id, onJob));
      const known = host.tracker.get(id);
      if (known) onJob(known);
    };

    if (signal) {
      const onAbort = () => {
        // Without an id yet, learnId aborts the job as soon as the id is known.
        if (jobId !== undefined) abortOnServer(jobId);
        finish(() => reject(jobAborted(method, requestId, signal)));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
    if (timeout !== undefined) {
      const timer = setTimeout(
        () => finish(() => reject(new TimeoutError({ method, id: requestId, timeout, sent: true }))),
        timeout,
      );
      cleanups.push(() => clearTimeout(timer));
    }
    // Events may be missed while disconnected: re-read the job's state after every reconnect.
    cleanups.push(
      host.onReconnect(() => {
        if (jobId === undefined || done) return;
        const id = jobId;
        host
          .call('core.get_jobs', [[['id', '=', id]]], {})
          .then((rows) => {
            const job = Array.isArray(rows) ? (rows[0] as JobSnapshot | undefined) : undefined;
            if (job) host.tracker.update(job);
          })
          .catch(() => {});
      }),
    );

    const newStyle = host.newStyleJobs();
    let stopWatchingMessageId = () => {};
    host
      .call(method, params, {
        timeout: newStyle ? NO_TIMEOUT : undefined,
        context,
        onId: (id) => {
          requestId = id;
          if (newStyle) stopWatchingMessageId = host.tracker.onMessageId(id, learnId);
        },
      })
      .finally(() => stopWatchingMessageId())
      .then(async (result) => {
        if (done) {
          if (!newStyle && signal?.aborted && Number.isInteger(result)) learnId(result as number);
          return;
        }
        if (newStyle) {
          // An aborted job ends the call with `result: null`, not an error: the job's own state tells them apart.
          const job = jobId === undefined ? undefined : host.tracker.get(jobId);
          if (job?.state === 'ABORTED') return finish(() => reject(new JobAbortedError(job.id, method)));
          return finish(() => resolve(result));
        }
        if (typeof result !== 'number' || !Number.isInteger(result))
          return finish(() => reject(new NotAJobError(method, result)));
        if (!host.tracker.get(result)) {
          // No event for this id yet: ask once, which also proves that it is a job of this method.
          const rows = await host.call('core.get_jobs', [[['id', '=', result]]], {});
          const job = Array.isArray(rows) ? (rows[0] as JobSnapshot | undefined) : undefined;
          if (!job || job.method !== method) return finish(() => reject(new NotAJobError(method, result)));
          if (!host.tracker.get(result)) host.tracker.update(job);
        } else if (host.tracker.get(result)?.method !== method) {
          return finish(() => reject(new NotAJobError(method, result)));
        }
        learnId(result);
      })
      .catch((error: unknown) => finish(() => reject(error)));
  });
}
