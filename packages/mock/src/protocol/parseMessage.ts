import { parseEjson } from '@tn/rpc';

/**
 * A JSON-RPC id as the middleware accepts it (`None | int | str`; Python's `bool` is an `int`).
 *
 * @example
 * ```ts
 * import type { RequestId } from '@tn/mock';
 *
 * const ids: RequestId[] = [1, 'abc', null];
 * ```
 */
export type RequestId = string | number | boolean | null;

/** A validated request. @internal */
export type ParsedRequest = {
  kind: 'request';
  /** `true` when the message carried an `id` member (even `null`): only then is a reply sent. */
  hasId: boolean;
  id: RequestId;
  method: string;
  params: unknown[];
};

/** Outcome of parsing one text frame. @internal */
export type ParseOutcome =
  | ParsedRequest
  | { kind: 'parseError'; message: string }
  | { kind: 'invalidRequest'; hasId: boolean; id: unknown; message: string };

/**
 * Parses and validates one text frame exactly in the middleware's order (`parse_message`, then
 * `RpcWebSocketHandler.validate_message`). Hot path: plain property checks, no schema library.
 * @internal
 */
export function parseMessage(text: string): ParseOutcome {
  let message: unknown;
  try {
    message = parseEjson(text);
  } catch (err) {
    return { kind: 'parseError', message: err instanceof Error ? err.message : 'Invalid JSON' };
  }
  if (typeof message !== 'object' || message === null) {
    return { kind: 'parseError', message: 'Invalid Message Format' };
  }
  if (Array.isArray(message)) return { kind: 'parseError', message: 'Batch messages are not supported at this time' };
  const msg = message as Record<string, unknown>;
  const hasId = Object.hasOwn(msg, 'id');
  const id = msg.id;
  const invalid = (reason: string): ParseOutcome => ({ kind: 'invalidRequest', hasId, id, message: reason });

  if (!Object.hasOwn(msg, 'jsonrpc')) return invalid("Missing 'jsonrpc' member");
  if (msg.jsonrpc !== '2.0') return invalid("'jsonrpc' member must be of type string and must be exactly '2.0'");
  if (hasId && !isValidId(id)) return invalid("'id' member must be of type null, string or number");
  if (!Object.hasOwn(msg, 'method')) return invalid("Missing 'method' member");
  const method = msg.method;
  if (typeof method !== 'string' || method.length === 0) return invalid("'method' member must be of type string");
  let params: unknown[];
  if (Object.hasOwn(msg, 'params')) {
    if (!Array.isArray(msg.params)) return invalid("'params' member must be of type array");
    params = msg.params;
  } else {
    params = [];
  }
  return { kind: 'request', hasId, id: hasId ? (id as RequestId) : null, method, params };
}

function isValidId(id: unknown): boolean {
  return id === null || typeof id === 'string' || typeof id === 'boolean' || Number.isInteger(id);
}
