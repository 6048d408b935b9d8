import { TnError, TnErrorCode } from '@tn/rpc';
import type { ServerVersion } from './serverVersion.js';

/**
 * Why a method cannot be used on a server version: it does not exist there (`absent`, e.g. `nvmet.*` on 25.04), it
 * is private there (`private`, e.g. `zfs.snapshot.*` on 25.10, renamed `pool.snapshot.*`), or the schema layer does
 * not know the method (`unknown`).
 *
 * @example
 * ```ts
 * import type { NotSupportedReason } from '@tn/api/schemas';
 *
 * const reason: NotSupportedReason = 'absent';
 * ```
 */
export type NotSupportedReason = 'absent' | 'private' | 'unknown';

/**
 * Options of {@link MethodNotSupportedError}.
 *
 * @example
 * ```ts
 * import type { MethodNotSupportedErrorParameters } from '@tn/api/schemas';
 *
 * const options: MethodNotSupportedErrorParameters = { method: 'nvmet.host.query', version: '25.04', reason: 'absent' };
 * ```
 */
export type MethodNotSupportedErrorParameters = {
  method: string;
  version: ServerVersion;
  reason: NotSupportedReason;
  /** The method to call instead on that version, if there is one. */
  replacement?: string | undefined;
};

const REASONS: Record<NotSupportedReason, string> = {
  absent: 'does not exist on',
  private: 'is private on',
  unknown: 'is not known to the schema layer for',
};

/**
 * Thrown when a method is used against a server version that does not offer it publicly (see
 * {@link NotSupportedReason}); nothing was sent. Says which method to use instead when there is one.
 *
 * @example
 * ```ts
 * import { MethodNotSupportedError } from '@tn/api/schemas';
 *
 * const err = new MethodNotSupportedError({
 *   method: 'zfs.snapshot.query',
 *   version: '25.10',
 *   reason: 'private',
 *   replacement: 'pool.snapshot.query',
 * });
 * err.code; // 'NOT_SUPPORTED'
 * ```
 */
export class MethodNotSupportedError extends TnError {
  override name = 'MethodNotSupportedError' as const;
  /** The method that was asked for. */
  readonly method: string;
  /** The server's release line (`version` is the SDK version, as on every `TnError`). */
  readonly serverVersion: ServerVersion;
  /** Why it cannot be used there. */
  readonly reason: NotSupportedReason;
  /** The method to call instead, if any. */
  readonly replacement: string | undefined;

  constructor({ method, version, reason, replacement }: MethodNotSupportedErrorParameters) {
    super(TnErrorCode.NotSupported, `${method} ${REASONS[reason]} TrueNAS ${version}: nothing was sent`, {
      metaMessages: replacement ? [`Use ${replacement} on ${version}.`] : undefined,
    });
    this.method = method;
    this.serverVersion = version;
    this.reason = reason;
    this.replacement = replacement;
  }
}

/**
 * {@link MethodNotSupportedError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { MethodNotSupportedErrorType } from '@tn/api/schemas';
 *
 * function isNotSupported(err: unknown): err is MethodNotSupportedErrorType {
 *   return (err as Error).name === 'MethodNotSupportedError';
 * }
 * ```
 */
export type MethodNotSupportedErrorType = MethodNotSupportedError & { name: 'MethodNotSupportedError' };
