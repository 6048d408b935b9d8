import EventEmitter from 'eventemitter3';
import { ClientClosedError, InsecureTransportError, InvalidConfigError } from '../errors/transport.js';
import { type Logger, silentLogger } from '../observability/logger.js';
import { Metrics, type MetricsSnapshot } from '../observability/metrics.js';
import { isLoopbackHost } from '../utils/redactUrl.js';
import { CallFlag, CallRecord } from './callRecord.js';
import { type ClientOptions, type ResolvedClientOptions, resolveClientOptions } from './config.js';
import { Connection, type ConnectionState } from './connection.js';
import { type Credentials, CredentialsSchema, carriesLongLivedSecret } from './credentials.js';
import { Dispatcher } from './dispatcher.js';
import { EventStream, type EventStreamOptions } from './eventStream.js';
import type { ClientEvents } from './events.js';
import { isIdempotentMethod } from './isIdempotent.js';
import { type JobOptions, JobTracker } from './jobs.js';
import { runJob } from './runJob.js';
import { type CollectionEvent, type EventHandler, type Subscription, Subscriptions } from './subscriptions.js';

/**
 * Per-call options (the last argument of `call`). Precedence: per call, then client config, then default.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await client.call('pool.query', [], { timeout: 5_000, signal: controller.signal, context: { pvc: 'pvc-1' } });
 * ```
 */
export type CallOptions = {
  /** ms; defaults to the client's `timeout`. */
  timeout?: number | undefined;
  /** Rejects the call with `AbortedError` when fired. */
  signal?: AbortSignal | undefined;
  /**
   * May the call be re-sent after a connection drop? Defaults to true for reads (`*.query`, `*.get_instance`,
   * `core.ping`, ...) and false for everything else: a mutation whose outcome is unknown is never repeated.
   */
  idempotent?: boolean | undefined;
  /** Caller fields merged into the call context (for logs and events). */
  context?: Record<string, unknown> | undefined;
};

/**
 * A TrueNAS middleware client. Create it with {@link createClient}.
 *
 * @example
 * ```ts
 * import { createClient } from '@tn/rpc';
 *
 * await using client = createClient({ url: 'wss://nas.lan/api/current', credentials: { apiKey: process.env.TN_API_KEY! } });
 * const info = await client.call('system.info');
 * ```
 */
export class RpcClient extends EventEmitter<ClientEvents> {
  private readonly options: ResolvedClientOptions;
  private readonly logger: Logger;
  private readonly logging: boolean;
  private readonly metricsCollector = new Metrics();
  private readonly dispatcher: Dispatcher;
  private readonly connection: Connection;
  private readonly subscriptions: Subscriptions;
  private readonly tracker = new JobTracker();
  private jobEvents: Subscription | undefined;
  private readonly clientFields: Readonly<Record<string, unknown>> | undefined;

  /** @internal Use {@link createClient}. */
  constructor(options: ClientOptions) {
    super();
    this.options = resolveClientOptions(options);
    assertSecureTransport(this.options.url, this.options.credentials, this.options.allowInsecureTransport);
    this.logging = this.options.logger !== undefined;
    this.clientFields = Object.keys(this.options.context).length > 0 ? this.options.context : undefined;
    const logger = this.options.logger;
    this.logger = logger ? (logger.child?.({ component: '@tn/rpc' }) ?? logger) : silentLogger;
    const { busyRetry } = this.options;
    this.dispatcher = new Dispatcher(this.options.maxInFlight, this.options.timerResolution, {
      onNotAuthenticated: () => this.connection.relogin(),
      onNotification: (message) => this.subscriptions.dispatch(message.method as string, message.params),
      onSettled: (record, error) => this.onSettled(record, error),
      onProtocolError: (reason) => {
        this.metricsCollector.protocolErrors++;
        this.logger.warn({ reason }, 'ignored a frame from the server');
        this.emit('protocolError', { reason });
      },
      busyDelay: (attempt) =>
        Math.min(busyRetry.maxDelay, busyRetry.minDelay * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2),
      maxBusyRetries: busyRetry.retries,
      includeServerTraces: this.options.includeServerTraces,
    });
    this.subscriptions = new Subscriptions(this.logger, (name, error) =>
      this.emit('subscriptionEnded', { name, error }),
    );
    this.connection = new Connection(
      this.options,
      this.options.credentials,
      this.dispatcher,
      this.subscriptions,
      this,
      this.logger,
      this.metricsCollector,
      (method, params, timeout) => this.submit(method, params, { timeout, idempotent: false }, true),
    );
  }

  /** Connection state. */
  get state(): ConnectionState {
    return this.connection.state;
  }

  /** True when the server runs 25.10-style jobs (the reply arrives when the job ends). */
  get newStyleJobs(): boolean {
    return this.connection.newStyleJobs;
  }

  /** Connects and logs in now (calls do this on demand). Rejects with the terminal error if it gives up. */
  connect(): Promise<void> {
    if (this.connection.state === 'closed') return Promise.reject(new ClientClosedError());
    return this.connection.connect();
  }

  /**
   * Calls a middleware method. Resolves with its result or rejects with a typed error.
   *
   * @param method - JSON-RPC method, e.g. `pool.query`.
   * @param params - positional parameters.
   * @param options - per-call timeout, signal, idempotency and context.
   */
  call<T = unknown>(method: string, params: readonly unknown[] = NO_PARAMS, options: CallOptions = {}): Promise<T> {
    return this.submit(method, params, options, false) as Promise<T>;
  }

  private submit(
    method: string,
    params: readonly unknown[],
    options: CallOptions & { onId?: (id: number) => void },
    internal: boolean,
  ): Promise<unknown> {
    if (this.connection.state === 'closed') return Promise.reject(new ClientClosedError(method));
    if (this.connection.refused && !internal) return Promise.reject(this.connection.refused);
    const timeout = options.timeout ?? this.options.timeout;
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > 2_147_483_647) {
      return Promise.reject(new InvalidConfigError(`${method}: timeout must be an integer from 1 to 2147483647 ms`));
    }
    const id = this.dispatcher.newId();
    options.onId?.(id);
    const idempotent = options.idempotent ?? isIdempotentMethod(method);
    const flags = (idempotent ? CallFlag.Idempotent : 0) | (internal ? CallFlag.Internal : 0);
    const record = new CallRecord(
      id,
      method,
      params,
      Date.now() - CallRecord.epoch,
      timeout,
      flags,
      options.signal,
      options.context,
    );
    const promise = new Promise((resolve, reject) => {
      record.resolve = resolve;
      record.reject = reject;
    });
    if (!internal) {
      if (this.listenerCount('callStart') > 0) this.emit('callStart', { context: record.context(this.clientFields) });
      if (this.logging) this.logger.debug(record.context(this.clientFields), `→ ${method}`);
    }
    this.dispatcher.submit(record);
    if (!internal && this.connection.state !== 'ready') this.connection.connect().catch(() => {});
    return promise;
  }

  private onSettled(record: CallRecord, error: unknown): void {
    if (record.has(CallFlag.Internal)) return;
    const durationMs = Date.now() - CallRecord.epoch - record.startedAt;
    const code = error === undefined ? undefined : ((error as { code?: unknown }).code?.toString() ?? 'UNKNOWN');
    this.metricsCollector.record(record.method, durationMs, code);
    if (!this.logging && this.listenerCount('callEnd') === 0) return;
    const summary =
      code === undefined
        ? undefined
        : { code, message: (error as { shortMessage?: string }).shortMessage ?? String(error) };
    const context = record.context(this.clientFields);
    this.emit('callEnd', { context, durationMs, error: summary });
    if (this.logging) {
      if (summary) this.logger.warn({ ...context, durationMs, error: summary }, `✗ ${record.method}`);
      else this.logger.debug({ ...context, durationMs }, `← ${record.method}`);
    }
  }

  /**
   * Runs a job method and resolves with the job's result, reporting progress. Works with 25.04-style (id returned)
   * and 25.10 new-style jobs. A FAILED job with validation errors rejects with `InvalidParamsRpcError`; other
   * failures with `JobFailedError`; aborting the signal aborts the job on the server.
   */
  job<T = unknown>(method: string, params: readonly unknown[] = [], options: JobOptions = {}): Promise<T> {
    return runJob(
      {
        tracker: this.tracker,
        ensureJobEvents: () => this.ensureJobEvents(),
        newStyleJobs: () => this.connection.newStyleJobs,
        call: (m, p, o) =>
          this.submit(m, p, { ...o, idempotent: o.idempotent ?? (m === method ? false : undefined) }, false),
        onReconnect: (fn) => {
          this.on('reconnect', fn);
          return () => this.off('reconnect', fn);
        },
      },
      method,
      [...params],
      options,
    ) as Promise<T>;
  }

  /** Subscribes to `core.get_jobs` once, and waits until the server acknowledged it on the current session. */
  private async ensureJobEvents(): Promise<void> {
    this.jobEvents ??= this.subscriptions.add('core.get_jobs', (event) => this.tracker.onEvent(event));
    await this.connect();
    await this.subscriptions.whenActive('core.get_jobs');
  }

  /**
   * Subscribes to an event (`pool.query`, `core.get_jobs`, `reporting.realtime:{"interval":5}`, or `*`). The
   * subscription is renewed after every reconnect and re-login.
   */
  subscribe(name: string, handler: EventHandler): Subscription {
    const subscription = this.subscriptions.add(name, handler);
    if (this.connection.state !== 'ready') this.connection.connect().catch(() => {});
    return subscription;
  }

  /** The async-iterator form of {@link RpcClient.subscribe}: `for await (const event of client.events('pool.query'))`. */
  events(name: string, options: EventStreamOptions = {}): AsyncIterableIterator<CollectionEvent> {
    return new EventStream((handler) => this.subscribe(name, handler), options);
  }

  /** Replaces the credentials without dropping the connection; used for the next login. */
  setCredentials(credentials: Credentials): void {
    const parsed = CredentialsSchema.safeParse(credentials);
    if (!parsed.success) {
      throw new InvalidConfigError('Invalid credentials', {
        metaMessages: parsed.error.issues.map((i) => `${i.path.join('.') || '(credentials)'}: ${i.message}`),
      });
    }
    assertSecureTransport(this.options.url, parsed.data, this.options.allowInsecureTransport);
    this.connection.setCredentials(parsed.data);
  }

  /** Counters for a metrics exporter. */
  metrics(): MetricsSnapshot {
    this.metricsCollector.retries = this.dispatcher.resentCount;
    return this.metricsCollector.snapshot(this.dispatcher.inFlight, this.dispatcher.queued);
  }

  /** Closes the client: rejects outstanding calls with `ClientClosedError`, stops every timer, closes the socket. */
  async close(): Promise<void> {
    if (this.connection.state === 'closed') return;
    const error = new ClientClosedError();
    this.connection.close(error);
    this.dispatcher.shutdown((record) => new ClientClosedError(record.method));
    this.removeAllListeners();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

const NO_PARAMS: readonly unknown[] = Object.freeze([]);

function assertSecureTransport(url: string, credentials: Credentials | undefined, allowed: boolean): void {
  if (allowed || !credentials || !carriesLongLivedSecret(credentials)) return;
  const parsed = new URL(url);
  if (parsed.protocol === 'ws:' && !isLoopbackHost(parsed.hostname)) throw new InsecureTransportError(parsed.hostname);
}

/**
 * Creates a client. Nothing is sent until the first call (or `connect()`). Throws `InvalidConfigError` for bad
 * options and `InsecureTransportError` when an API key or password would go over plain `ws://` to a remote host.
 *
 * @example
 * ```ts
 * import { createClient } from '@tn/rpc';
 *
 * const client = createClient({
 *   url: 'wss://nas.lan/api/current',
 *   credentials: { apiKey: process.env.TN_API_KEY! },
 *   tls: { fingerprint: process.env.TN_FINGERPRINT },
 * });
 * const pools = await client.call('pool.query');
 * await client.close();
 * ```
 */
export function createClient(options: ClientOptions): RpcClient {
  return new RpcClient(options);
}
