import { RpcError } from '@tn/rpc';
import pRetry from 'p-retry';

/**
 * How a workflow retries a call the server refused because something is momentarily busy ("Target is in use",
 * "dataset is busy"). Refusals that waiting cannot fix (dependent clones, holds, validation errors) are never retried.
 *
 * @example
 * ```ts
 * import type { BusyRetryPolicy } from '@tn/api';
 *
 * const retry: BusyRetryPolicy = { attempts: 8, minDelayMs: 500, maxDelayMs: 5_000 };
 * ```
 */
export type BusyRetryPolicy = {
  /** Total tries, the first included. @default 5 */
  attempts?: number | undefined;
  /** Wait before the first retry, doubled each time. @default 250 */
  minDelayMs?: number | undefined;
  /** Longest wait between two tries. @default 4000 */
  maxDelayMs?: number | undefined;
};

/** Default of {@link BusyRetryPolicy.attempts}. @internal */
export const DEFAULT_BUSY_ATTEMPTS = 5;

const EBUSY = 16;
const TRANSIENT = /\b(?:is in use|is busy|resource busy|device busy|try again)\b/i;
const PERMANENT = /dependent clones|has clones|\bholds?\b|snapshot .* is held/i;

/**
 * Why `error` is worth retrying after a pause (the server's reason, one line), or `undefined` when it is not: only
 * server errors with EBUSY or an "in use"/"busy" reason qualify, and not those caused by clones or holds.
 *
 * @param error - what a call rejected with.
 * @example
 * ```ts
 * import { busyReason } from '@tn/api';
 *
 * try { await api.iscsi.targets.delete(id); } catch (err) { console.log(busyReason(err) ?? 'not transient'); }
 * ```
 */
export function busyReason(error: unknown): string | undefined {
  if (!(error instanceof RpcError)) return undefined;
  const reason = error.reason ?? error.shortMessage;
  if (PERMANENT.test(reason)) return undefined;
  if (error.errno !== EBUSY && !TRANSIENT.test(reason)) return undefined;
  return reason.split('\n')[0];
}

/**
 * Runs `fn`, retrying with exponential backoff while it fails with a {@link busyReason}. Resolves with its result;
 * rejects with the last error once attempts run out (or at once for any other error).
 *
 * @param fn - the call to make; gets the attempt number (1-based).
 * @param policy - {@link BusyRetryPolicy}.
 * @param signal - stops waiting between attempts.
 * @example
 * ```ts
 * import { withBusyRetry } from '@tn/api';
 *
 * await withBusyRetry(() => api.iscsi.targets.delete(7), { attempts: 3 });
 * ```
 */
export async function withBusyRetry<T>(
  fn: (attempt: number) => Promise<T>,
  policy: BusyRetryPolicy = {},
  signal?: AbortSignal,
): Promise<T> {
  const { attempts = DEFAULT_BUSY_ATTEMPTS, minDelayMs = 250, maxDelayMs = 4000 } = policy;
  return pRetry(fn, {
    retries: Math.max(0, attempts - 1),
    minTimeout: minDelayMs,
    maxTimeout: maxDelayMs,
    factor: 2,
    signal,
    shouldRetry: ({ error }) => busyReason(error) !== undefined,
  });
}
