import { randomUUID } from 'node:crypto';
import type { Connection } from '../server/connection.js';
import { SoftHardSemaphore } from './semaphore.js';
import type { CredentialType, SessionCredentials } from './sessionCredentials.js';

/**
 * Per-connection options set with `core.set_options`.
 *
 * @example
 * ```ts
 * import type { ConnectionOptions } from '@tn/mock';
 *
 * const defaults: ConnectionOptions = { legacy_jobs: true, private_methods: false, py_exceptions: false };
 * ```
 */
export type ConnectionOptions = {
  /** Job calls reply with the job id (`true`, default) or with the result when the job ends (`false`, 25.10). */
  legacy_jobs: boolean;
  /** Stored only (the server merely logs private calls without it). */
  private_methods: boolean;
  /** Stored only (the mock never sends pickled exceptions). */
  py_exceptions: boolean;
};

/**
 * Read-only view of one connection, given to handlers as `ctx.session` and listed by `server.sessions()`.
 *
 * @example
 * ```ts
 * server.register('demo', {
 *   whoami: (ctx) => ctx.session.username,
 * });
 * ```
 */
export type SessionInfo = {
  /** Random id of this connection. */
  readonly id: string;
  /** Whether a login succeeded and the session was not logged out or killed since. */
  readonly authenticated: boolean;
  /** Logged-in user, or `null`. */
  readonly username: string | null;
  /** How the session logged in, or `null`. */
  readonly credentialType: CredentialType | null;
  /** Peer IP address. */
  readonly remoteAddress: string;
  /** Whether the socket is TLS. */
  readonly tls: boolean;
  /** TLS or loopback (unless `treatLoopbackAsRemote`): API keys used otherwise are revoked. */
  readonly secureTransport: boolean;
  /** `"current"` or the pinned version (`"v25.04.2"`) from the URL path. */
  readonly apiVersion: string;
  /** Options from `core.set_options`. */
  readonly options: Readonly<ConnectionOptions>;
};

type Held = { data: Buffer; isBinary: boolean };

/** State of one WebSocket connection. @internal */
export class Session implements SessionInfo {
  readonly id = randomUUID();
  readonly conn: Connection;
  readonly apiVersion: string;
  readonly secureTransport: boolean;
  readonly semaphore = new SoftHardSemaphore();
  readonly options: ConnectionOptions = { legacy_jobs: true, private_methods: false, py_exceptions: false };
  readonly #abort = new AbortController();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #isStalled: () => boolean;
  credentials: SessionCredentials | null = null;
  otpPending: { username: string; attempts: number } | null = null;
  closing = false;
  closed = false;
  inBacklog: Held[] = [];
  outBacklog: string[] = [];

  constructor(conn: Connection, apiVersion: string, secureTransport: boolean, isStalled: () => boolean) {
    this.conn = conn;
    this.apiVersion = apiVersion;
    this.secureTransport = secureTransport;
    this.#isStalled = isStalled;
  }

  get authenticated(): boolean {
    return this.credentials !== null;
  }
  get username(): string | null {
    return this.credentials?.username ?? null;
  }
  get credentialType(): CredentialType | null {
    return this.credentials?.type ?? null;
  }
  get remoteAddress(): string {
    return this.conn.remoteAddress;
  }
  get tls(): boolean {
    return this.conn.tls;
  }
  /** Aborted when the connection closes. */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** Sends a text frame (held while the server is stalled). */
  send(text: string): void {
    if (this.closed) return;
    if (this.#isStalled()) this.outBacklog.push(text);
    else this.conn.send(text);
  }

  /** Closes with a close frame; later messages are ignored. */
  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.conn.close(code, reason);
  }

  /** Drops the TCP connection without a close frame. */
  terminate(): void {
    this.closing = true;
    this.conn.terminate();
  }

  /** A timer cleared automatically when the connection closes. */
  later(ms: number, fn: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      fn();
    }, ms);
    this.#timers.add(timer);
  }

  /** Marks the session closed, aborts its pending calls and clears its timers. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.closing = true;
    this.#abort.abort(new Error('Connection closed'));
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.semaphore.clear();
    this.inBacklog = [];
    this.outBacklog = [];
  }
}
