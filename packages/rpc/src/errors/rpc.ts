import { TnError, TnErrorCode } from './base.js';

/**
 * The `error` member of a JSON-RPC reply as TrueNAS sends it.
 *
 * @example
 * ```ts
 * import type { WireError } from '@tn/rpc';
 *
 * const e: WireError = { code: -32601, message: 'Method does not exist' };
 * ```
 */
export type WireError = {
  code: number;
  message: string;
  data?: WireErrorData | null | undefined;
};

/**
 * The `data` member of a TrueNAS error reply (`format_truenas_error`).
 *
 * @example
 * ```ts
 * import type { WireErrorData } from '@tn/rpc';
 *
 * const d: WireErrorData = { error: 22, errname: 'EINVAL', reason: '[EINVAL] name: required', extra: null };
 * ```
 */
export type WireErrorData = {
  error?: number | null;
  errname?: string | null;
  reason?: string | null;
  trace?: unknown;
  extra?: unknown;
};

/**
 * One entry of an invalid-params reply: the attribute path, the message and the errno.
 *
 * @example
 * ```ts
 * import type { FieldError } from '@tn/rpc';
 *
 * const f: FieldError = { attribute: 'pool_create.name', message: 'Field required', errno: 22 };
 * ```
 */
export type FieldError = { attribute: string; message: string; errno: number };

/**
 * Constructor options of {@link RpcError}.
 *
 * @example
 * ```ts
 * import { fromWireError, type RpcErrorParameters } from '@tn/rpc';
 *
 * const parameters: RpcErrorParameters = { method: 'pool.query', id: 1, error: { code: -32601, message: 'Method does not exist' } };
 * fromWireError(parameters);
 * ```
 */
export type RpcErrorParameters = {
  /** JSON-RPC method that failed. */
  method: string;
  /** Request id of the call. */
  id: number | null;
  /** The wire error. */
  error: WireError;
  /** Keep the server traceback in `trace`. */
  includeTrace?: boolean | undefined;
};

/**
 * Base class of errors the server replied with. `rpcCode` is the JSON-RPC code; `errno`, `errname` and `reason` come
 * from the TrueNAS error data.
 *
 * @example
 * ```ts
 * import { RpcError } from '@tn/rpc';
 *
 * if (err instanceof RpcError) console.log(err.rpcCode, err.errname, err.reason);
 * ```
 */
export class RpcError extends TnError {
  override name = 'RpcError';
  /** JSON-RPC error code, e.g. `-32001`. */
  readonly rpcCode: number;
  /** Method that failed. */
  readonly method: string;
  /** Request id. */
  readonly requestId: number | null;
  /** errno reported by the server, if any. */
  readonly errno: number | undefined;
  /** errno name as sent, or derived from the `[EXXX]` reason prefix when the server sent `EUNKNOWN`/nothing. */
  readonly errname: string | undefined;
  /** The server's reason text. */
  readonly reason: string | undefined;
  /** The server's `extra` member. */
  readonly extra: unknown;
  /** Server traceback; only kept when the client was created with `includeServerTraces: true`. */
  readonly trace: unknown;

  constructor(code: string, parameters: RpcErrorParameters) {
    const { method, id, error, includeTrace = false } = parameters;
    const data = error.data ?? undefined;
    const reason = data?.reason ?? undefined;
    const prefix = reason ? /^\[([A-Z0-9_]+)\]/.exec(reason)?.[1] : undefined;
    const sentName = data?.errname ?? undefined;
    const errname = sentName && sentName !== 'EUNKNOWN' ? sentName : (prefix ?? sentName);
    const summary = reason ? reason.split('\n')[0] : error.message;
    super(code, `${method} failed: ${summary}`, {
      details: reason && reason !== summary ? reason : undefined,
      metaMessages: [
        `JSON-RPC code ${error.code}${errname ? `, ${errname}` : ''}${id === null ? '' : `, request #${id}`}`,
      ],
    });
    this.rpcCode = error.code;
    this.method = method;
    this.requestId = id;
    this.errno = data?.error ?? undefined;
    this.errname = errname;
    this.reason = reason;
    this.extra = data?.extra;
    this.trace = includeTrace ? data?.trace : undefined;
  }
}

/**
 * `-32601`: the method does not exist on this server (or on this API version).
 *
 * @example
 * ```ts
 * import { MethodNotFoundRpcError } from '@tn/rpc';
 *
 * if (err instanceof MethodNotFoundRpcError) console.log('older server?');
 * ```
 */
export class MethodNotFoundRpcError extends RpcError {
  override name = 'MethodNotFoundRpcError';
  static readonly rpcCode = -32601 as const;
  constructor(parameters: RpcErrorParameters) {
    super(TnErrorCode.MethodNotFound, parameters);
  }
}

/**
 * `-32602`: the server rejected the parameters. `fieldErrors` holds the `[attribute, message, errno]` list.
 *
 * @example
 * ```ts
 * import { InvalidParamsRpcError } from '@tn/rpc';
 *
 * if (err instanceof InvalidParamsRpcError) for (const f of err.fieldErrors) console.log(f.attribute, f.message);
 * ```
 */
export class InvalidParamsRpcError extends RpcError {
  override name = 'InvalidParamsRpcError';
  static readonly rpcCode = -32602 as const;
  /** Per-field validation errors. */
  readonly fieldErrors: readonly FieldError[];
  constructor(parameters: RpcErrorParameters) {
    super(TnErrorCode.InvalidParams, parameters);
    this.fieldErrors = toFieldErrors(parameters.error.data?.extra);
  }
}

/**
 * `-32001`: the method ran and failed. `errno`/`errname` say why.
 *
 * @example
 * ```ts
 * import { MethodCallRpcError } from '@tn/rpc';
 *
 * if (err instanceof MethodCallRpcError && err.errname === 'ENOENT') console.log('gone');
 * ```
 */
export class MethodCallRpcError extends RpcError {
  override name = 'MethodCallRpcError';
  static readonly rpcCode = -32001 as const;
  constructor(parameters: RpcErrorParameters, code: string = TnErrorCode.MethodCall) {
    super(code, parameters);
  }
}

/**
 * `-32001` with errno 207: the session is not authenticated (it may have died while the socket stayed open).
 * The client re-logs in once and repeats the call before surfacing this.
 *
 * @example
 * ```ts
 * import { NotAuthenticatedRpcError } from '@tn/rpc';
 *
 * if (err instanceof NotAuthenticatedRpcError) console.log('credentials no longer valid');
 * ```
 */
export class NotAuthenticatedRpcError extends MethodCallRpcError {
  override name = 'NotAuthenticatedRpcError';
  static readonly errno = 207 as const;
  constructor(parameters: RpcErrorParameters) {
    super(parameters, TnErrorCode.NotAuthenticated);
  }
}

/**
 * `-32001` with EBUSY "Rate Limit Exceeded": too many unauthenticated calls from this address.
 *
 * @example
 * ```ts
 * import { RateLimitedRpcError } from '@tn/rpc';
 *
 * if (err instanceof RateLimitedRpcError) console.log('wait a minute before logging in again');
 * ```
 */
export class RateLimitedRpcError extends MethodCallRpcError {
  override name = 'RateLimitedRpcError';
  constructor(parameters: RpcErrorParameters) {
    super(parameters, TnErrorCode.RateLimited);
  }
}

/**
 * `-32000`: more than 20 calls in flight on the connection. The client retries these with backoff.
 *
 * @example
 * ```ts
 * import { ServerBusyRpcError } from '@tn/rpc';
 *
 * if (err instanceof ServerBusyRpcError) console.log('still busy after retries');
 * ```
 */
export class ServerBusyRpcError extends RpcError {
  override name = 'ServerBusyRpcError';
  static readonly rpcCode = -32000 as const;
  constructor(parameters: RpcErrorParameters) {
    super(TnErrorCode.ServerBusy, parameters);
  }
}

/**
 * Any other JSON-RPC error code (`-32700`, `-32600`, `-32603`, ...).
 *
 * @example
 * ```ts
 * import { UnknownRpcError } from '@tn/rpc';
 *
 * if (err instanceof UnknownRpcError) console.log(err.rpcCode);
 * ```
 */
export class UnknownRpcError extends RpcError {
  override name = 'UnknownRpcError';
  constructor(parameters: RpcErrorParameters) {
    super(TnErrorCode.UnknownRpc, parameters);
  }
}

/**
 * Turns the `extra` list of an invalid-params reply into {@link FieldError}s, skipping malformed entries.
 *
 * @example
 * ```ts
 * import { toFieldErrors } from '@tn/rpc';
 *
 * toFieldErrors([['name', 'Field required', 22]]); // [{ attribute: 'name', message: 'Field required', errno: 22 }]
 * ```
 */
export function toFieldErrors(extra: unknown): FieldError[] {
  if (!Array.isArray(extra)) return [];
  const out: FieldError[] = [];
  for (const entry of extra) {
    if (!Array.isArray(entry)) continue;
    const [attribute, message, errno] = entry as unknown[];
    out.push({
      attribute: typeof attribute === 'string' ? attribute : '',
      message: typeof message === 'string' ? message : String(message),
      errno: typeof errno === 'number' ? errno : 22,
    });
  }
  return out;
}
