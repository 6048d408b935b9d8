import { randomUUID } from 'node:crypto';
import { CredentialStore, DEFAULT_API_KEYS, DEFAULT_USERS } from './auth/credentialStore.js';
import { RateLimiter } from './auth/rateLimiter.js';
import { TokenStore } from './auth/tokenStore.js';
import type { ServerCore } from './core.js';
import { EventHub } from './events/eventHub.js';
import { FaultController } from './faults/faultController.js';
import { authHandlers } from './handlers/auth.js';
import { coreHandlers } from './handlers/core.js';
import { systemHandlers } from './handlers/system.js';
import { testHandlers, testTicker } from './handlers/test.js';
import { JobManager } from './jobs/jobManager.js';
import { silentLogger } from './logger.js';
import { MockErrorCode, MockServerError } from './mockServerError.js';
import type { MockServer, MockServerOptions } from './mockServerTypes.js';
import { PROFILES } from './profile.js';
import { MethodRegistry } from './registry/methodRegistry.js';
import { startWsServer, type WsServer } from './server/wsServer.js';
import { attachSession } from './session/attachSession.js';
import { createStore } from './state/createStore.js';
import { createMockStorage } from './storage/mockStorage.js';
import { registerStorage } from './storage/registerStorage.js';
import { parseSeed } from './storage/seed/parseSeed.js';
import { DEFAULT_STORAGE_SEED } from './storage/seeds/defaultSeed.js';
import { StorageDomain } from './storage/storageDomain.js';
import { certificateFromPem, generateCertificate, type MockCertificate } from './tls/generateCertificate.js';

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Creates an in-memory TrueNAS SCALE middleware speaking the real JSON-RPC 2.0 WebSocket protocol.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 * import WebSocket from 'ws';
 *
 * const server = await createMockServer({ testMethods: true }).start();
 * const ws = new WebSocket(server.url);
 * ws.on('open', () => ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'core.ping' })));
 * ws.on('message', (data) => console.log(String(data))); // {"jsonrpc":"2.0","result":"pong","id":1}
 * ```
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const {
    version = '25.10',
    port: requestedPort = 0,
    host = '127.0.0.1',
    tls = false,
    users = DEFAULT_USERS,
    apiKeys = DEFAULT_API_KEYS,
    testMethods = false,
    treatLoopbackAsRemote = false,
    authFailureDelay = 20,
    rateLimit = {},
    onUnhandled = 'error',
    hostname = 'truenas',
    logger = silentLogger,
    seed = DEFAULT_STORAGE_SEED,
    storageStepMs = 10,
  } = options;
  if (version !== '25.04' && version !== '25.10') {
    throw new MockServerError(MockErrorCode.InvalidConfig, `Unknown version profile "${String(version)}"`);
  }
  const events = new EventHub();
  const sessions: ServerCore['sessions'] = new Set();
  const faults = new FaultController({
    dropAll: () => {
      for (const session of sessions) session.terminate();
    },
    killSessions: () => {
      for (const session of sessions) {
        events.teardown(session, true);
        session.credentials = null;
        session.otpPending = null;
      }
    },
    restart: (downtime) => restart(downtime),
    unstalled: () => {
      for (const session of [...sessions]) attachedDrain(session);
    },
  });
  const core: ServerCore = {
    profile: version,
    registry: new MethodRegistry(version),
    faults,
    events,
    jobs: new JobManager(version, (type, job) =>
      events.emit('core.get_jobs', type, { id: job.id, fields: job.encode(version) }),
    ),
    credentials: new CredentialStore(users, apiKeys),
    tokens: new TokenStore(),
    rateLimiter: rateLimit === false ? undefined : new RateLimiter(rateLimit),
    store: createStore(),
    executions: new Map(),
    unhandled: [],
    sessions,
    logger,
    onUnhandled,
    authFailureDelay,
    hostname,
    startedAt: new Date(),
    bootId: randomUUID(),
  };
  const { connect, drain: attachedDrain } = attachSession(core, treatLoopbackAsRemote);
  core.registry.register('core', coreHandlers(core));
  core.registry.register('auth', authHandlers(core));
  core.registry.register('system', systemHandlers(core));
  const storage = new StorageDomain({
    profile: version,
    hostname,
    seed: parseSeed(seed),
    stepMs: storageStepMs,
    emit: (collection, type, payload) => events.emit(collection, type, payload),
  });
  registerStorage(core.registry, storage);
  if (testMethods) {
    core.registry.register('test', testHandlers(core));
    events.registerSource('test.ticker', testTicker);
  }

  let listener: WsServer | undefined;
  let certificate: MockCertificate | undefined;
  let downtimeUntil = 0;

  function disposeSessions(): void {
    for (const session of sessions) {
      events.teardown(session, false);
      session.terminate();
      session.dispose();
    }
    sessions.clear();
  }

  function restart(downtime: number): void {
    downtimeUntil = Date.now() + downtime;
    disposeSessions();
    core.jobs.clear();
    core.tokens.clear();
    core.rateLimiter?.clear();
    core.bootId = randomUUID();
  }

  function started(): WsServer {
    if (!listener)
      throw new MockServerError(
        MockErrorCode.NotStarted,
        'The mock server is not started; await server.start() first.',
      );
    return listener;
  }

  const apiVersions: readonly string[] = PROFILES[version].apiVersions;
  const server: MockServer = {
    get url() {
      return `${tls ? 'wss' : 'ws'}://${urlHost(host)}:${started().port}/api/current`;
    },
    get baseUrl() {
      return `${tls ? 'https' : 'http'}://${urlHost(host)}:${started().port}`;
    },
    get port() {
      return started().port;
    },
    get certificate() {
      return certificate;
    },
    version,
    faults,
    credentials: core.credentials,
    store: core.store,
    storage: createMockStorage(storage),
    async start() {
      if (listener) return server;
      if (tls !== false && !certificate) {
        certificate = tls === true ? await generateCertificate() : certificateFromPem(tls.cert, tls.key);
      }
      listener = await startWsServer(
        { host, port: requestedPort, tls: certificate ? { cert: certificate.pem, key: certificate.key } : undefined },
        {
          upgradeStatus: (path) => {
            if (Date.now() < downtimeUntil) return 503;
            if (path === '/api/current') return 101;
            const match = /^\/api\/(v\d{2}\.\d{2}(?:\.\d+)?)$/.exec(path);
            return match && (apiVersions.includes(match[1] as string) || match[1] === 'v24.10') ? 101 : 404;
          },
          httpGet: (path) => {
            if (path === '/api/versions') return apiVersions;
            if (path === '/api/boot_id') return core.bootId;
            return undefined;
          },
          connect,
        },
      );
      return server;
    },
    async stop() {
      const current = listener;
      listener = undefined;
      disposeSessions();
      core.jobs.clear();
      storage.cancelTimers();
      if (current) await current.close();
    },
    reset() {
      core.registry.resetOverrides();
      faults.clear();
      core.executions.clear();
      core.unhandled.length = 0;
      core.store.reset();
      core.credentials.reset();
      core.tokens.clear();
      core.rateLimiter?.clear();
      core.jobs.clear();
      storage.reset();
    },
    use: (...overrides) => {
      for (const layer of overrides) core.registry.use(layer);
    },
    register: (namespace, handlers) => core.registry.register(namespace, handlers),
    registerEventSource: (name, source) => events.registerSource(name, source),
    emit: (collection, type, payload) => events.emit(collection, type, payload),
    executions: ((method?: string) => {
      if (method !== undefined) return core.executions.get(method) ?? 0;
      return Object.fromEntries(core.executions);
    }) as MockServer['executions'],
    unhandled: () => [...core.unhandled],
    sessions: () => [...sessions],
    jobs: () => core.jobs.encodeAll(),
    methods: () => core.registry.names(),
  };
  return server;
}
