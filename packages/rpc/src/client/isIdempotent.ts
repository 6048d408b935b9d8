const READS = new Set([
  'core.ping',
  'core.get_jobs',
  'auth.me',
  'system.info',
  'system.version',
  'system.ready',
  'system.state',
  'system.host_id',
]);

/**
 * Whether a method is a read that may be re-sent after a connection drop when the caller did not say.
 * `*.query`, `*.get_instance`, `*.config`, `*_choices` and a few core reads are; everything else (mutations) is not.
 *
 * @example
 * ```ts
 * import { isIdempotentMethod } from '@tn/rpc';
 *
 * isIdempotentMethod('pool.dataset.query'); // true
 * isIdempotentMethod('pool.dataset.create'); // false
 * ```
 */
export function isIdempotentMethod(method: string): boolean {
  let known = cache.get(method);
  if (known === undefined) {
    known = READS.has(method) || /\.(query|get_instance|config)$|_choices$/.test(method);
    if (cache.size < 4096) cache.set(method, known);
  }
  return known;
}

/** Method names are few and repeat on every call: remember the answer. */
const cache = new Map<string, boolean>();
