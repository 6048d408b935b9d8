/**
 * Per-connection limits of the middleware (`utils/limits.py`, `utils/lock.py`), exposed for tests.
 *
 * @example
 * ```ts
 * import { Limits } from '@tn/mock';
 *
 * const tooBig = 'x'.repeat(Limits.unauthenticatedMessage + 1);
 * ```
 */
export const Limits = {
  /** Max characters of a message from an unauthenticated session (close 1007 above). */
  unauthenticatedMessage: 8192,
  /** Max characters of a message from an authenticated session (close 1009 above). */
  authenticatedMessage: 65536,
  /** Max characters for `filesystem.file_receive` / `failover.datastore.sql`. */
  extendedMessage: 2097152,
  /** Calls that may execute at once per connection. */
  executing: 10,
  /** Calls that may be in flight per connection; the next one gets -32000. */
  inFlight: 20,
} as const;

/** Methods allowed the extended message size. @internal */
export const EXTENDED_SIZE_METHODS: ReadonlySet<string> = new Set([
  'filesystem.file_receive',
  'failover.datastore.sql',
]);

/** WebSocket close codes/reasons the middleware uses. @internal */
export const CloseReason = {
  binary: { code: 1003, reason: 'Invalid websocket message type: <WSMsgType.BINARY: 2>' },
  anonymousTooBig: { code: 1007, reason: 'Anonymous connection max message length is 8 kB' },
  tooBig: { code: 1009, reason: 'Max message length is 64 kB' },
  internal: { code: 1011, reason: 'Internal server error' },
} as const;

/**
 * Length of a message as Python's `len(str)` counts it (code points). Cheap when the byte length is already within
 * `limit`, because code points never exceed UTF-8 bytes.
 * @internal
 */
export function exceedsLimit(bytes: number, text: string, limit: number): boolean {
  if (bytes <= limit) return false;
  if (text.length <= limit) return false;
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    points++;
    if (points > limit) return true;
  }
  return false;
}
