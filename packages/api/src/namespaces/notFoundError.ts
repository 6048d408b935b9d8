import { RpcError, TnError, TnErrorCode, toFieldErrors } from '@tn/rpc';

/**
 * Options of {@link NotFoundError}.
 *
 * @example
 * ```ts
 * import type { NotFoundErrorParameters } from '@tn/api';
 *
 * const options: NotFoundErrorParameters = { method: 'pool.get_instance', target: 5 };
 * ```
 */
export type NotFoundErrorParameters = {
  /** The method that missed, e.g. `pool.get_instance` or `pool.query`. */
  method: string;
  /** The id (for `get_instance`) or the filters (for a `query` with `{ get: true }`) that matched nothing. */
  target: unknown;
  /** The server error, kept as the cause. */
  cause?: unknown;
};

function describeTarget(target: unknown): string {
  try {
    return JSON.stringify(target) ?? String(target);
  } catch {
    return String(target);
  }
}

/**
 * Thrown when the object asked for does not exist: a `get_instance` miss (-32602 with ENOENT in `extra`) and a
 * `query` with `{ get: true }` that matched nothing (-32001 `MatchNotFound()`) both become this one error.
 *
 * @example
 * ```ts
 * import { NotFoundError } from '@tn/api';
 *
 * try {
 *   await api.pools.get(42);
 * } catch (err) {
 *   if (err instanceof NotFoundError) console.log(err.method, err.target); // 'pool.get_instance' 42
 * }
 * ```
 */
export class NotFoundError extends TnError {
  override name = 'NotFoundError' as const;
  /** The method that missed. */
  readonly method: string;
  /** The id or filters that matched nothing. */
  readonly target: unknown;

  constructor({ method, target, cause }: NotFoundErrorParameters) {
    super(TnErrorCode.NotFound, `${method}: nothing matches ${describeTarget(target)}`, { cause });
    this.method = method;
    this.target = target;
  }
}

/**
 * {@link NotFoundError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { NotFoundErrorType } from '@tn/api';
 *
 * const isNotFound = (err: unknown): err is NotFoundErrorType => (err as Error).name === 'NotFoundError';
 * ```
 */
export type NotFoundErrorType = NotFoundError & { name: 'NotFoundError' };

const ENOENT = 2;

/**
 * The {@link NotFoundError} a server error stands for, or `undefined` when it is not a "not found" reply.
 *
 * @param error - what the RPC call rejected with.
 * @param method - the method called.
 * @param params - its positional params (`params[0]` is the id or the filters).
 * @example
 * ```ts
 * import { toNotFoundError } from '@tn/api';
 *
 * try { await rpc.call('pool.get_instance', [5]); } catch (err) { throw toNotFoundError(err, 'pool.get_instance', [5]) ?? err; }
 * ```
 */
export function toNotFoundError(error: unknown, method: string, params: readonly unknown[]): NotFoundError | undefined {
  if (!(error instanceof RpcError)) return undefined;
  const target = params[0];
  if (error.rpcCode === -32602 && method.endsWith('.get_instance')) {
    if (toFieldErrors(error.extra).some((field) => field.errno === ENOENT)) {
      return new NotFoundError({ method, target, cause: error });
    }
  }
  if (error.rpcCode === -32001 && error.reason?.trim() === 'MatchNotFound()') {
    return new NotFoundError({ method, target, cause: error });
  }
  return undefined;
}
