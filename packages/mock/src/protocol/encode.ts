import { stringifyEjson } from '@tn/rpc';
import { Errno } from '../errno.js';
import { JsonRpcCode, truenasErrorData, type WireError } from '../errors.js';

/**
 * Serialises a result value. Primitives skip the `$date` replacer; objects go through `stringifyEjson`.
 * @internal
 */
export function encodeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'undefined':
      return 'null';
    default:
      if (value === null) return 'null';
      return stringifyEjson(value) ?? 'null';
  }
}

/** `{"jsonrpc":"2.0","result":…,"id":…}`; falls back to the -32603 error when the result cannot be serialised. @internal */
export function encodeResult(id: unknown, result: unknown): string {
  let body: string;
  try {
    body = encodeValue(result);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return encodeError(id, {
      code: JsonRpcCode.InternalError,
      message: 'Failed to JSON serialize server message',
      data: truenasErrorData(Errno.EFAULT, reason),
    });
  }
  return `{"jsonrpc":"2.0","result":${body},"id":${encodeValue(id)}}`;
}

/** `{"jsonrpc":"2.0","error":{code,message[,data]},"id":…}`. @internal */
export function encodeError(id: unknown, error: WireError): string {
  let payload: string;
  try {
    payload = encodeValue(error);
  } catch {
    payload = JSON.stringify({ code: error.code, message: error.message });
  }
  return `{"jsonrpc":"2.0","error":${payload},"id":${encodeValue(id)}}`;
}

/** A server → client notification (`collection_update`, `notify_unsubscribed`). @internal */
export function encodeNotification(method: string, params: unknown): string {
  return `{"jsonrpc":"2.0","method":${JSON.stringify(method)},"params":${encodeValue(params)}}`;
}
