import type { ServerCore } from '../core.js';
import { JsonRpcCode } from '../errors.js';
import { encodeError } from '../protocol/encode.js';
import { CloseReason, EXTENDED_SIZE_METHODS, exceedsLimit, Limits } from '../protocol/limits.js';
import { parseMessage } from '../protocol/parseMessage.js';
import { executeCall } from './executeCall.js';
import type { Session } from './session.js';

/**
 * Handles one incoming frame in the middleware's order: frame type, size limits, JSON, envelope, method lookup,
 * faults, then the call itself. Never throws.
 * @internal
 */
export function handleMessage(core: ServerCore, session: Session, data: Buffer, isBinary: boolean): void {
  if (session.closing) return;
  if (core.faults.stalled) {
    session.inBacklog.push({ data, isBinary });
    return;
  }
  if (isBinary) {
    session.close(CloseReason.binary.code, CloseReason.binary.reason);
    return;
  }
  const text = data.toString('utf8');
  const bytes = data.length;
  if (!session.authenticated && exceedsLimit(bytes, text, Limits.unauthenticatedMessage)) {
    session.close(CloseReason.anonymousTooBig.code, CloseReason.anonymousTooBig.reason);
    return;
  }
  if (exceedsLimit(bytes, text, Limits.extendedMessage)) {
    session.close(CloseReason.tooBig.code, CloseReason.tooBig.reason);
    return;
  }
  const outcome = parseMessage(text);
  if (outcome.kind === 'parseError') {
    session.send(encodeError(null, { code: JsonRpcCode.ParseError, message: outcome.message }));
    return;
  }
  if (outcome.kind === 'invalidRequest') {
    if (outcome.hasId)
      session.send(encodeError(outcome.id, { code: JsonRpcCode.InvalidRequest, message: outcome.message }));
    return;
  }
  if (!EXTENDED_SIZE_METHODS.has(outcome.method) && exceedsLimit(bytes, text, Limits.authenticatedMessage)) {
    session.close(CloseReason.tooBig.code, CloseReason.tooBig.reason);
    return;
  }
  const method = core.registry.get(outcome.method);
  if (!method) {
    reportUnhandled(core, outcome.method);
    if (outcome.hasId) {
      session.send(encodeError(outcome.id, { code: JsonRpcCode.MethodNotFound, message: 'Method does not exist' }));
    }
    return;
  }
  const fault = core.faults.active ? core.faults.onRequest(outcome.method) : undefined;
  if (fault === 'drop') {
    session.terminate();
    return;
  }
  executeCall(core, session, outcome, method, fault);
}

function reportUnhandled(core: ServerCore, method: string): void {
  core.unhandled.push(method);
  const mode = core.onUnhandled;
  if (mode === 'error')
    core.logger.error(`[tn-mock] Unhandled method "${method}": replied -32601 Method does not exist`);
  else if (mode === 'warn') core.logger.warn(`[tn-mock] Unhandled method "${method}"`);
  else if (typeof mode === 'function') {
    try {
      mode(method);
    } catch (err) {
      core.logger.error(`[tn-mock] onUnhandled callback threw for "${method}"`, err);
    }
  }
}

/** Processes frames held during a stall, in order, until the backlog is empty or a new stall begins. @internal */
export function drainBacklog(core: ServerCore, session: Session): void {
  const out = session.outBacklog;
  session.outBacklog = [];
  for (const text of out) session.send(text);
  while (session.inBacklog.length > 0 && !core.faults.stalled && !session.closing) {
    const held = session.inBacklog.shift();
    if (held) handleMessage(core, session, held.data, held.isBinary);
  }
}
