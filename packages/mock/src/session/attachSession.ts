import type { ServerCore } from '../core.js';
import { CloseReason } from '../protocol/limits.js';
import type { Connection, ConnectionHandlers } from '../server/connection.js';
import { drainBacklog, handleMessage } from './handleMessage.js';
import { Session } from './session.js';

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

/**
 * Wires accepted connections to sessions: secure-transport detection, message handling that can never crash the
 * server (an internal error closes that socket with 1011, like the middleware), and teardown on close.
 * @internal
 */
export function attachSession(
  core: ServerCore,
  treatLoopbackAsRemote: boolean,
): { connect(conn: Connection): ConnectionHandlers; drain(session: Session): void } {
  const guard = (session: Session, fn: () => void): void => {
    try {
      fn();
    } catch (err) {
      core.logger.error('[tn-mock] Unhandled exception in JSON-RPC message handler', err);
      session.close(CloseReason.internal.code, CloseReason.internal.reason);
    }
  };
  return {
    connect(conn) {
      const apiVersion = conn.path === '/api/current' ? 'current' : conn.path.slice('/api/'.length);
      const secure = conn.tls || (isLoopback(conn.remoteAddress) && !treatLoopbackAsRemote);
      const session = new Session(conn, apiVersion, secure, () => core.faults.stalled);
      core.sessions.add(session);
      return {
        onMessage: (data, isBinary) => guard(session, () => handleMessage(core, session, data, isBinary)),
        onClose: () => {
          core.events.teardown(session, false);
          session.dispose();
          core.sessions.delete(session);
        },
      };
    },
    drain: (session) => guard(session, () => drainBacklog(core, session)),
  };
}
