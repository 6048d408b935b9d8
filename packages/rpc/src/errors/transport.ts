import { TnError, TnErrorCode, type TnErrorParameters } from './base.js';

/**
 * Base class of errors about the connection rather than a server reply.
 *
 * @example
 * ```ts
 * import { TransportError } from '@tn/rpc';
 *
 * if (err instanceof TransportError) console.log('network trouble:', err.shortMessage);
 * ```
 */
export class TransportError extends TnError {
  override name = 'TransportError';
}

/**
 * Thrown by `createClient` or `setCredentials` when a config value is out of range or inconsistent. Nothing was sent.
 *
 * @example
 * ```ts
 * import { createClient, InvalidConfigError } from '@tn/rpc';
 *
 * try { createClient({ url: 'wss://nas', timeout: -1 }); } catch (err) { console.log(err instanceof InvalidConfigError); }
 * ```
 */
export class InvalidConfigError extends TnError {
  override name = 'InvalidConfigError';
  constructor(shortMessage: string, parameters: TnErrorParameters = {}) {
    super(TnErrorCode.InvalidConfig, shortMessage, parameters);
  }
}

/**
 * Thrown before connecting when an API key or password would travel over plain `ws://` to a host that is not
 * loopback: the server would revoke the API key on first use.
 *
 * @example
 * ```ts
 * import { createClient } from '@tn/rpc';
 *
 * // throws InsecureTransportError
 * createClient({ url: 'ws://nas.lan/api/current', credentials: { apiKey: '1-abc' } });
 * ```
 */
export class InsecureTransportError extends TransportError {
  override name = 'InsecureTransportError';
  constructor(host: string) {
    super(TnErrorCode.InsecureTransport, `Refusing to send credentials over plain ws:// to ${host}`, {
      metaMessages: [
        'TrueNAS revokes an API key that is used over an insecure transport from a non-loopback address.',
        'Use a wss:// URL (pin the certificate with `tls.fingerprint` if it is self-signed),',
        'or pass `allowInsecureTransport: true` if this really is a trusted test network.',
      ],
    });
  }
}

/**
 * Thrown when the server's certificate does not match the pinned SHA-256 fingerprint. The connection is refused
 * before anything is sent.
 *
 * @example
 * ```ts
 * import { CertificateMismatchError } from '@tn/rpc';
 *
 * if (err instanceof CertificateMismatchError) console.log(err.expected, err.actual);
 * ```
 */
export class CertificateMismatchError extends TransportError {
  override name = 'CertificateMismatchError';
  /** The pinned fingerprint. */
  readonly expected: string;
  /** The fingerprint the server presented. */
  readonly actual: string;
  constructor(expected: string, actual: string) {
    super(TnErrorCode.CertificateMismatch, 'Server certificate does not match the pinned fingerprint', {
      metaMessages: [
        `Expected SHA-256: ${expected}`,
        `Server presented: ${actual}`,
        'If the server certificate was renewed on purpose, update `tls.fingerprint`.',
      ],
    });
    this.expected = expected;
    this.actual = actual;
  }
}

/**
 * Thrown when the socket could not be opened (DNS, refused, TLS failure, HTTP error on upgrade).
 *
 * @example
 * ```ts
 * import { ConnectFailedError } from '@tn/rpc';
 *
 * if (err instanceof ConnectFailedError) console.log('cannot reach', err.url);
 * ```
 */
export class ConnectFailedError extends TransportError {
  override name = 'ConnectFailedError';
  /** The URL, with any userinfo removed. */
  readonly url: string;
  constructor(url: string, cause?: unknown) {
    const reason = cause instanceof Error ? cause.message : undefined;
    super(TnErrorCode.ConnectFailed, `Could not connect to ${url}`, { cause, details: reason });
    this.url = url;
  }
}

/**
 * Rejects a call when the connection dropped. With `sent: true` the server may have run it: the outcome is unknown
 * and the call was not repeated. With `sent: false` the call never left the client.
 *
 * @example
 * ```ts
 * import { ConnectionLostError } from '@tn/rpc';
 *
 * if (err instanceof ConnectionLostError && err.sent) console.log('check whether it happened before retrying');
 * ```
 */
export class ConnectionLostError extends TransportError {
  override name = 'ConnectionLostError';
  /** Whether the request had been written to the socket. */
  readonly sent: boolean;
  constructor(parameters: { method: string; id: number; sent: boolean; cause?: unknown }) {
    const { method, id, sent, cause } = parameters;
    super(
      TnErrorCode.ConnectionLost,
      sent
        ? `Connection lost after ${method} (#${id}) was sent: outcome unknown`
        : `Connection lost before ${method} (#${id}) was sent`,
      {
        cause,
        metaMessages: sent
          ? ['The server may or may not have run it. Check its effect before calling again.']
          : ['The call did not reach the server and can be repeated safely.'],
      },
    );
    this.sent = sent;
  }
}

/**
 * Rejects every outstanding call when the client is closed.
 *
 * @example
 * ```ts
 * import { ClientClosedError } from '@tn/rpc';
 *
 * if (err instanceof ClientClosedError) console.log('shutting down');
 * ```
 */
export class ClientClosedError extends TransportError {
  override name = 'ClientClosedError';
  constructor(method?: string) {
    super(TnErrorCode.ClientClosed, method ? `Client closed before ${method} completed` : 'Client is closed');
  }
}

/**
 * Rejects queued calls when every reconnection attempt failed. The next call starts a new connection cycle.
 *
 * @example
 * ```ts
 * import { ReconnectExhaustedError } from '@tn/rpc';
 *
 * if (err instanceof ReconnectExhaustedError) console.log(err.attempts);
 * ```
 */
export class ReconnectExhaustedError extends TransportError {
  override name = 'ReconnectExhaustedError';
  /** How many connection attempts were made. */
  readonly attempts: number;
  constructor(attempts: number, cause?: unknown) {
    super(TnErrorCode.ReconnectExhausted, `Could not reconnect after ${attempts} attempts`, { cause });
    this.attempts = attempts;
  }
}

/**
 * Rejects a call that did not complete within its timeout. If it had been sent, the server may still run it; the
 * call keeps its in-flight slot until the reply arrives.
 *
 * @example
 * ```ts
 * import { TimeoutError } from '@tn/rpc';
 *
 * await client.call('pool.query', [], { timeout: 1_000 }).catch((err) => err instanceof TimeoutError);
 * ```
 */
export class TimeoutError extends TransportError {
  override name = 'TimeoutError';
  /** Whether the request had been written to the socket. */
  readonly sent: boolean;
  constructor(parameters: { method: string; id: number; timeout: number; sent: boolean }) {
    const { method, id, timeout, sent } = parameters;
    super(TnErrorCode.Timeout, `${method} (#${id}) timed out after ${timeout} ms`, {
      metaMessages: sent
        ? ['The request was sent; the server may still complete it.']
        : ['The request was still queued and was never sent.'],
    });
    this.sent = sent;
  }
}

/**
 * Rejects a call whose `AbortSignal` fired. A sent call keeps its in-flight slot until the reply arrives.
 *
 * @example
 * ```ts
 * import { AbortedError } from '@tn/rpc';
 *
 * const controller = new AbortController();
 * const p = client.call('pool.query', [], { signal: controller.signal });
 * controller.abort();
 * await p.catch((err) => err instanceof AbortedError); // true
 * ```
 */
export class AbortedError extends TransportError {
  override name = 'AbortedError';
  /** Whether the request had been written to the socket. */
  readonly sent: boolean;
  constructor(parameters: { method: string; id: number; sent: boolean; cause?: unknown }) {
    const { method, id, sent, cause } = parameters;
    super(TnErrorCode.Aborted, `${method} (#${id}) was aborted`, { cause });
    this.sent = sent;
  }
}

/**
 * Thrown when the server sends something that breaks the JSON-RPC protocol in a way that affects a call.
 *
 * @example
 * ```ts
 * import { ProtocolError } from '@tn/rpc';
 *
 * if (err instanceof ProtocolError) console.log(err.shortMessage);
 * ```
 */
export class ProtocolError extends TnError {
  override name = 'ProtocolError';
  constructor(shortMessage: string, parameters: TnErrorParameters = {}) {
    super(TnErrorCode.Protocol, shortMessage, parameters);
  }
}

/**
 * Thrown when the server rejects the credentials (`false`, `AUTH_ERR`, `EXPIRED`, OTP failure) or the login is rate
 * limited. Terminal for that credential: the client does not retry it; call `setCredentials()` to try again.
 *
 * @example
 * ```ts
 * import { LoginFailedError } from '@tn/rpc';
 *
 * if (err instanceof LoginFailedError) console.log(err.reason);
 * ```
 */
export class LoginFailedError extends TnError {
  override name = 'LoginFailedError';
  /** What the server answered, e.g. `AUTH_ERR`, `EXPIRED`, `OTP_REQUIRED`, `RATE_LIMITED`. */
  readonly reason: string;
  constructor(parameters: { mechanism: string; reason: string; cause?: unknown }) {
    const { mechanism, reason, cause } = parameters;
    super(TnErrorCode.LoginFailed, `Login with ${mechanism} failed: ${reason}`, {
      cause,
      metaMessages: [
        'The client will not retry this credential (logins are rate limited by the server).',
        'Fix the credential and pass it to `client.setCredentials()`.',
      ],
    });
    this.reason = reason;
  }
}
