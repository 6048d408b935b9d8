import type EventEmitter from 'eventemitter3';
import pRetry from 'p-retry';
import { isTnError } from '../errors/base.js';
import { NotAuthenticatedRpcError } from '../errors/rpc.js';
import {
  CertificateMismatchError,
  ConnectFailedError,
  InsecureTransportError,
  InvalidConfigError,
  LoginFailedError,
  ReconnectExhaustedError,
} from '../errors/transport.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Socket } from '../socket/types.js';
import { webSocketFactory } from '../socket/webSocketBinding.js';
import { redactUrl } from '../utils/redactUrl.js';
import type { ResolvedClientOptions } from './config.js';
import { type Credentials, mechanismOf } from './credentials.js';
import type { Dispatcher } from './dispatcher.js';
import type { ClientEvents } from './events.js';
import { type InternalCall, login } from './login.js';
import type { Subscriptions } from './subscriptions.js';

/**
 * Connection state of a client.
 *
 * @example
 * ```ts
 * import type { ConnectionState } from '@tn/rpc';
 *
 * const s: ConnectionState = client.state;
 * ```
 */
export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'failed' | 'closed';

/** Close code used when the peer stopped answering: the socket is destroyed, not closed. */
const DEAD_PEER = 4002;

const TERMINAL_ERRORS = [LoginFailedError, CertificateMismatchError, InsecureTransportError, InvalidConfigError];

/**
 * Opens the socket, logs in, sets options, re-subscribes, and only then lets queued calls through; reconnects with
 * jittered backoff; keeps the session alive and re-logs in when it dies. @internal
 */
export class Connection {
  state: ConnectionState = 'idle';
  /** Learnt from `core.set_options`: true when job calls reply only when the job ends. */
  newStyleJobs = false;
  /** The server answered `core.set_options` with an options object (25.10 or later). */
  serverSupportsOptions = false;
  private socket: Socket | undefined;
  private cycle: Promise<void> | undefined;
  private relogging: Promise<void> | undefined;
  private readonly closeController = new AbortController();
  /** Set on every frame, cleared by each keep-alive tick: a probe is only sent after a quiet interval. */
  private heardFromPeer = false;
  private keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  private ageTimer: ReturnType<typeof setTimeout> | undefined;
  private everConnected = false;
  private lastError: unknown;
  /** Set when the server refused the credentials; cleared only by `setCredentials`. */
  refused: LoginFailedError | undefined;

  constructor(
    private readonly options: ResolvedClientOptions,
    private credentials: Credentials | undefined,
    private readonly dispatcher: Dispatcher,
    private readonly subscriptions: Subscriptions,
    private readonly emitter: EventEmitter<ClientEvents>,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    private readonly internalCall: (method: string, params: unknown[], timeout?: number) => Promise<unknown>,
  ) {}

  /** Replaces the credentials; a `failed` client may connect again. The live session is kept. */
  setCredentials(credentials: Credentials | undefined): void {
    this.credentials = credentials;
    this.refused = undefined;
    if (this.state === 'failed') this.state = 'idle';
  }

  get hasCredentials(): boolean {
    return this.credentials !== undefined;
  }

  /** Starts (or joins) a connection cycle. Resolves when ready; rejects when the cycle gives up. */
  connect(): Promise<void> {
    if (this.state === 'ready') return Promise.resolve();
    if (this.state === 'closed') return Promise.reject(this.lastError);
    if (this.refused) return Promise.reject(this.refused);
    this.cycle ??= this.runCycle().finally(() => {
      this.cycle = undefined;
    });
    return this.cycle;
  }

  private async runCycle(): Promise<void> {
    const reconnecting = this.everConnected;
    this.state = reconnecting ? 'reconnecting' : 'connecting';
    const policy = this.options.reconnect;
    let attempts = 0;
    try {
      await pRetry(
        async () => {
          attempts++;
          await this.establish();
        },
        {
          retries: policy === false ? 0 : policy.retries,
          factor: policy === false ? 2 : policy.factor,
          minTimeout: policy === false ? 0 : policy.minDelay,
          maxTimeout: policy === false ? 0 : policy.maxDelay,
          randomize: true,
          signal: this.closeController.signal,
          shouldRetry: ({ error }) => !TERMINAL_ERRORS.some((E) => error instanceof E),
          onFailedAttempt: ({ error, attemptNumber }) => {
            this.logger.warn(
              { url: redactUrl(this.options.url), attempt: attemptNumber, error: error.message },
              'connect failed',
            );
          },
        },
      );
    } catch (error) {
      if ((this.state as ConnectionState) === 'closed') throw error;
      const terminal = TERMINAL_ERRORS.some((E) => error instanceof E);
      const final = terminal ? error : new ReconnectExhaustedError(attempts, error);
      if (final instanceof LoginFailedError) this.refused = final;
      this.state = 'failed';
      this.lastError = final;
      this.dispatcher.rejectQueued(() => final);
      this.emitter.emit('error', final as Error);
      throw final;
    }
    this.everConnected = true;
    if (reconnecting) {
      this.metrics.reconnects++;
      this.emitter.emit('reconnect', { attempts });
    }
  }

  /** One attempt: open, log in, set options, re-subscribe, open the gate. */
  private async establish(): Promise<void> {
    const socket = await this.open();
    try {
      this.dispatcher.attach(socket);
      const call: InternalCall = (method, params) => this.internalCall(method, params);
      if (this.credentials) {
        await login(call, this.credentials);
        this.emitter.emit('login', { mechanism: mechanismOf(this.credentials) });
      }
      const result = await call('core.set_options', [{ legacy_jobs: this.options.legacyJobs }]);
      this.serverSupportsOptions = typeof result === 'object' && result !== null;
      this.newStyleJobs = this.serverSupportsOptions && (result as { legacy_jobs?: unknown }).legacy_jobs === false;
      await this.subscriptions.activate(call);
    } catch (error) {
      if (this.socket === socket) this.drop(socket, 1000, 'handshake failed', error);
      throw error;
    }
    if (this.socket !== socket) throw new ConnectFailedError(redactUrl(this.options.url), this.lastError);
    this.state = 'ready';
    this.heardFromPeer = true;
    this.startTimers(socket);
    this.dispatcher.openGate();
  }

  private open(): Promise<Socket> {
    const { url, tls, connectTimeout, maxPayload } = this.options;
    const factory = this.options.socketFactory ?? webSocketFactory;
    return new Promise<Socket>((resolve, reject) => {
      let opened = false;
      let failure: unknown;
      const socket = factory(
        url,
        { tls, connectTimeout, maxPayload },
        {
          onOpen: () => {
            opened = true;
            this.socket = socket;
            this.emitter.emit('connect', { url: redactUrl(url) });
            resolve(socket);
          },
          onMessage: (text, binary) => {
            if (this.socket !== socket) return;
            this.heardFromPeer = true;
            if (binary) {
              this.metrics.protocolErrors++;
              this.logger.warn({}, 'ignored a binary frame');
              return;
            }
            this.dispatcher.receive(text);
          },
          onError: (error) => {
            failure ??= error;
            if (!opened) reject(isTnError(error) ? error : new ConnectFailedError(redactUrl(url), error));
          },
          onClose: (code, reason) => {
            if (!opened)
              reject(
                isTnError(failure)
                  ? failure
                  : new ConnectFailedError(redactUrl(url), failure ?? new Error(`closed with ${code} ${reason}`)),
              );
            else if (this.socket === socket) this.drop(socket, code, reason, failure);
          },
        },
      );
    });
  }

  /** Forgets the socket, fails or re-queues what was on it, and reconnects unless closed. */
  private drop(socket: Socket, code: number, reason: string, cause?: unknown): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    this.lastError = cause;
    this.stopTimers();
    this.subscriptions.deactivate();
    this.dispatcher.detach(cause);
    try {
      if (code === DEAD_PEER && socket.terminate) socket.terminate();
      else socket.close(code >= 3000 ? code : 1000, reason.slice(0, 120));
    } catch {}
    const wasReady = this.state === 'ready';
    const willReconnect = wasReady && this.options.reconnect !== false;
    if (wasReady) this.state = willReconnect ? 'reconnecting' : 'idle';
    this.emitter.emit('disconnect', { code, reason, willReconnect });
    if (willReconnect) this.connect().catch(() => {});
  }

  /** Drops the current socket on purpose (dead peer, max age). */
  recycle(reason: string, deadPeer = false): void {
    if (this.socket) this.drop(this.socket, deadPeer ? DEAD_PEER : 4000, reason);
  }

  /** Single-flight re-login on the current socket after a 207; queued calls wait. Returns false if impossible. */
  relogin(): boolean {
    if (!this.credentials || !this.socket || this.state !== 'ready') return false;
    if (this.relogging) return true;
    this.dispatcher.closeGate();
    const socket = this.socket;
    const credentials = this.credentials;
    const call: InternalCall = (method, params) => this.internalCall(method, params);
    this.relogging = (async () => {
      try {
        await login(call, credentials);
        this.emitter.emit('login', { mechanism: mechanismOf(credentials) });
        this.subscriptions.deactivate();
        await this.subscriptions.activate(call);
        if (this.socket === socket) this.dispatcher.openGate();
      } catch (error) {
        this.logger.warn({ error: String(error) }, 're-login failed');
        if (error instanceof LoginFailedError) {
          this.refused = error;
          this.state = 'failed';
          this.lastError = error;
          this.dispatcher.rejectQueued(() => error);
          this.emitter.emit('error', error);
          if (this.socket === socket) this.drop(socket, 4001, 'login failed');
          this.state = 'failed';
        } else if (this.socket === socket) {
          this.drop(socket, 4000, 're-login failed');
        }
      } finally {
        this.relogging = undefined;
      }
    })();
    return true;
  }

  private startTimers(socket: Socket): void {
    const { keepAlive, maxConnectionAge } = this.options;
    if (keepAlive !== false) {
      this.keepAliveTimer = setInterval(() => this.probe(socket, keepAlive.timeout), keepAlive.interval);
    }
    if (maxConnectionAge !== undefined) {
      this.ageTimer = setTimeout(() => this.retire(socket), maxConnectionAge);
    }
  }

  private stopTimers(): void {
    clearInterval(this.keepAliveTimer);
    clearTimeout(this.ageTimer);
    this.keepAliveTimer = undefined;
    this.ageTimer = undefined;
  }

  /**
   * Keep-alive: when idle, send an authenticated probe (`auth.me`) when logged in, else `core.ping`. No reply in
   * time means a dead socket; a 207 means a dead session.
   */
  private probe(socket: Socket, timeout: number): void {
    if (this.socket !== socket || this.relogging || this.state !== 'ready') return;
    if (this.heardFromPeer) {
      this.heardFromPeer = false;
      return;
    }
    const method = this.credentials ? 'auth.me' : 'core.ping';
    this.internalCall(method, [], timeout).catch((error: unknown) => {
      if (this.socket !== socket) return;
      if (error instanceof NotAuthenticatedRpcError) {
        this.logger.warn({}, 'session expired while the socket stayed open; logging in again');
        this.relogin();
      } else if (isTnError(error) && (error.code === 'TIMEOUT' || error.code === 'CONNECTION_LOST')) {
        this.logger.warn({ probe: method }, 'keep-alive probe got no reply; reconnecting');
        this.recycle('keep-alive timeout', true);
      }
    });
  }

  /** Max connection age: stop sending, let in-flight calls finish (bounded), then reconnect. */
  private retire(socket: Socket): void {
    if (this.socket !== socket) return;
    this.dispatcher.closeGate();
    const deadline = Date.now() + this.options.timeout;
    const wait = () => {
      if (this.socket !== socket) return;
      if (this.dispatcher.inFlight === 0 || Date.now() >= deadline) this.recycle('maximum connection age');
      else setTimeout(wait, 10);
    };
    wait();
  }

  close(error: unknown): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.lastError = error;
    this.closeController.abort(error);
    this.stopTimers();
    const socket = this.socket;
    this.socket = undefined;
    this.subscriptions.deactivate();
    try {
      socket?.close(1000, 'client closed');
    } catch {}
  }
}
