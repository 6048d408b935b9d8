import type { CallContext } from './callContext.js';

/**
 * Events a client emits (it is an `eventemitter3` emitter with these typed events).
 *
 * | event | when |
 * |---|---|
 * | `connect` | the socket opened (before login) |
 * | `login` | a login succeeded (first or re-login) |
 * | `disconnect` | the socket closed; `willReconnect` says whether a new cycle starts |
 * | `reconnect` | a reconnection completed (logged in, options set, re-subscribed) |
 * | `callStart` / `callEnd` | every call, with its {@link CallContext} |
 * | `subscriptionEnded` | the server ended a subscription (`notify_unsubscribed`) |
 * | `protocolError` | a frame was ignored (not JSON, unknown id, ...) |
 * | `error` | the connection gave up (terminal login failure, reconnection exhausted) |
 *
 * @example
 * ```ts
 * client.on('disconnect', ({ code, willReconnect }) => console.log('dropped', code, willReconnect));
 * client.on('callEnd', ({ context, durationMs, error }) => console.log(context.method, durationMs, error?.code));
 * ```
 */
export type ClientEvents = {
  connect: (event: { url: string }) => void;
  login: (event: { mechanism: string }) => void;
  disconnect: (event: { code: number; reason: string; willReconnect: boolean }) => void;
  reconnect: (event: { attempts: number }) => void;
  callStart: (event: { context: CallContext }) => void;
  callEnd: (event: {
    context: CallContext;
    durationMs: number;
    error: { code: string; message: string } | undefined;
  }) => void;
  subscriptionEnded: (event: { name: string; error: unknown }) => void;
  protocolError: (event: { reason: string }) => void;
  error: (error: Error) => void;
};
