import {
  InvalidParamsRpcError,
  MethodCallRpcError,
  MethodNotFoundRpcError,
  NotAuthenticatedRpcError,
  RateLimitedRpcError,
  type RpcError,
  type RpcErrorParameters,
  ServerBusyRpcError,
  UnknownRpcError,
} from './rpc.js';

const EBUSY = 16;

/**
 * The one place where JSON-RPC error replies become error classes.
 *
 * @example
 * ```ts
 * import { fromWireError } from '@tn/rpc';
 *
 * const err = fromWireError({ method: 'pool.get_instance', id: 7, error: { code: -32601, message: 'Method does not exist' } });
 * err.code; // 'METHOD_NOT_FOUND'
 * ```
 */
export function fromWireError(parameters: RpcErrorParameters): RpcError {
  const { error } = parameters;
  switch (error.code) {
    case MethodNotFoundRpcError.rpcCode:
      return new MethodNotFoundRpcError(parameters);
    case InvalidParamsRpcError.rpcCode:
      return new InvalidParamsRpcError(parameters);
    case ServerBusyRpcError.rpcCode:
      return new ServerBusyRpcError(parameters);
    case MethodCallRpcError.rpcCode: {
      const errno = error.data?.error;
      if (errno === NotAuthenticatedRpcError.errno) return new NotAuthenticatedRpcError(parameters);
      if (errno === EBUSY && /rate limit/i.test(error.data?.reason ?? '')) return new RateLimitedRpcError(parameters);
      return new MethodCallRpcError(parameters);
    }
    default:
      return new UnknownRpcError(parameters);
  }
}
