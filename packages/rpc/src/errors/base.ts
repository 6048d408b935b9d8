import { version } from '../version.js';

/**
 * Stable, serialisable codes for every error the SDK raises. Test `err.code` rather than `instanceof` when
 * packages may be bundled more than once.
 *
 * @example
 * ```ts
 * import { TnErrorCode, isTnError } from '@tn/rpc';
 *
 * try {
 *   await client.call('pool.query');
 * } catch (err) {
 *   if (isTnError(err) && err.code === TnErrorCode.Timeout) console.log('slow server');
 * }
 * ```
 */
export const TnErrorCode = {
  /** A configuration value was out of range or inconsistent. */
  InvalidConfig: 'INVALID_CONFIG',
  /** Credentials would travel over an insecure transport. */
  InsecureTransport: 'INSECURE_TRANSPORT',
  /** The server certificate's SHA-256 fingerprint did not match the pinned one. */
  CertificateMismatch: 'CERTIFICATE_MISMATCH',
  /** The socket could not be opened. */
  ConnectFailed: 'CONNECT_FAILED',
  /** The connection dropped; see `sent` for whether the call reached the server. */
  ConnectionLost: 'CONNECTION_LOST',
  /** The client was closed. */
  ClientClosed: 'CLIENT_CLOSED',
  /** Reconnection attempts were exhausted. */
  ReconnectExhausted: 'RECONNECT_EXHAUSTED',
  /** A call did not complete in time. */
  Timeout: 'TIMEOUT',
  /** A call was aborted through its `AbortSignal`. */
  Aborted: 'ABORTED',
  /** The server rejected the credentials. */
  LoginFailed: 'LOGIN_FAILED',
  /** The server sent something that breaks the protocol. */
  Protocol: 'PROTOCOL',
  /** `-32601`: the method does not exist on this server. */
  MethodNotFound: 'METHOD_NOT_FOUND',
  /** `-32602`: the server rejected the parameters. */
  InvalidParams: 'INVALID_PARAMS',
  /** `-32001`: the method ran and failed. */
  MethodCall: 'METHOD_CALL',
  /** `-32001` with errno 207: the session is not (or no longer) authenticated. */
  NotAuthenticated: 'NOT_AUTHENTICATED',
  /** `-32001` with EBUSY: the login rate limit was hit. */
  RateLimited: 'RATE_LIMITED',
  /** `-32000`: too many concurrent calls on this connection. */
  ServerBusy: 'SERVER_BUSY',
  /** A job finished in the FAILED state. */
  JobFailed: 'JOB_FAILED',
  /** A job was aborted. */
  JobAborted: 'JOB_ABORTED',
  /** Any other JSON-RPC error code. */
  UnknownRpc: 'UNKNOWN_RPC',
  /** A value failed schema validation. */
  Validation: 'VALIDATION',
  /** The requested object does not exist. */
  NotFound: 'NOT_FOUND',
  /** The feature is not available on this server version. */
  NotSupported: 'NOT_SUPPORTED',
  /** A storage workflow step failed; completed steps were rolled back. */
  WorkflowStepFailed: 'WORKFLOW_STEP_FAILED',
  /** One or more preflight checks failed before an allocation. */
  PreflightFailed: 'PREFLIGHT_FAILED',
  /** An object found by a stored id no longer belongs to the volume that recorded it. */
  OwnershipMismatch: 'OWNERSHIP_MISMATCH',
  /** The request conflicts with what exists (another volume of that name, a LUN already taken, ...). */
  Conflict: 'CONFLICT',
  /** The object stayed busy ("target is in use", "dataset is busy") through every retry. */
  Busy: 'BUSY',
  /** The request asks for something the workflow refuses (shrinking a volume, an empty retention policy, ...). */
  InvalidRequest: 'INVALID_REQUEST',
} as const;

/**
 * Union of all {@link TnErrorCode} values.
 *
 * @example
 * ```ts
 * import type { TnErrorCode } from '@tn/rpc';
 *
 * const code: TnErrorCode = 'TIMEOUT';
 * ```
 */
export type TnErrorCode = (typeof TnErrorCode)[keyof typeof TnErrorCode];

/**
 * Options shared by every {@link TnError} constructor.
 *
 * @example
 * ```ts
 * import { TnError, type TnErrorParameters } from '@tn/rpc';
 *
 * const parameters: TnErrorParameters = { details: 'more context', metaMessages: ['What to do next.'] };
 * throw new TnError('MY_CODE', 'Something failed', parameters);
 * ```
 */
export type TnErrorParameters = {
  /** The error that caused this one. Kept, never flattened into the message. */
  cause?: unknown;
  /** Longer, human-readable explanation (never contains secrets). */
  details?: string | undefined;
  /** Extra lines printed under the short message (what to do about it). */
  metaMessages?: string[] | undefined;
  /** Path of a docs page that explains the error. */
  docsPath?: string | undefined;
};

const brand = Symbol.for('@tn/error');

/**
 * Base class of every error raised by the `@tn` packages.
 *
 * `shortMessage` is one line; `message` adds the meta lines, details and the SDK version. `code` is stable across
 * versions and bundles.
 *
 * @example
 * ```ts
 * import { TnError, TimeoutError } from '@tn/rpc';
 *
 * function isSlow(err: unknown) {
 *   return err instanceof TnError && err.walk((e) => e instanceof TimeoutError) !== null;
 * }
 * ```
 */
export class TnError extends Error {
  override name = 'TnError';
  /** Stable machine-readable code. */
  readonly code: string;
  /** The first line of the message, without meta lines or details. */
  readonly shortMessage: string;
  /** Longer explanation, if any. */
  readonly details: string | undefined;
  /** Lines that say what to do about the error. */
  readonly metaMessages: readonly string[];
  /** Docs page for this error, if any. */
  readonly docsPath: string | undefined;
  /** SDK version that raised the error. */
  readonly version: string = version;
  readonly [brand] = true;

  constructor(code: string, shortMessage: string, parameters: TnErrorParameters = {}) {
    const { cause, details, metaMessages = [], docsPath } = parameters;
    const lines = [shortMessage];
    if (metaMessages.length > 0) lines.push('', ...metaMessages);
    if (details) lines.push('', `Details: ${details.trimEnd()}`);
    lines.push('');
    if (docsPath) lines.push(`Docs: ${docsPath}`);
    lines.push(`Version: ${version}`);
    super(lines.join('\n'), cause === undefined ? undefined : { cause });
    this.code = code;
    this.shortMessage = shortMessage;
    this.details = details;
    this.metaMessages = metaMessages;
    this.docsPath = docsPath;
  }

  /**
   * Walks the `cause` chain. With a predicate, returns the first error (this one included) that matches, or `null`;
   * without one, returns the innermost cause.
   */
  walk(fn?: (err: unknown) => boolean): unknown {
    let current: unknown = this;
    for (let depth = 0; depth < 32 && current !== undefined && current !== null; depth++) {
      if (fn?.(current)) return current;
      const next = (current as { cause?: unknown }).cause;
      if (!fn && (next === undefined || next === null)) return current;
      current = next;
    }
    return fn ? null : current;
  }
}

/**
 * True when `err` is a {@link TnError}, also across duplicated bundles of the SDK.
 *
 * @example
 * ```ts
 * import { isTnError } from '@tn/rpc';
 *
 * try { await client.call('core.ping'); } catch (err) { if (isTnError(err)) console.log(err.code); }
 * ```
 */
export function isTnError(err: unknown): err is TnError {
  return typeof err === 'object' && err !== null && (err as { [brand]?: unknown })[brand] === true;
}
