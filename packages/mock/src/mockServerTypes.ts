import type { MockApiKey, MockCredentials, MockUser } from './auth/credentialStore.js';
import type { RateLimitOptions } from './auth/rateLimiter.js';
import type { OnUnhandled } from './core.js';
import type { EventPayload, EventSourceDefinition, EventType } from './events/eventTypes.js';
import type { MockFaults } from './faults/faultController.js';
import type { JobObject } from './jobs/job.js';
import type { MockLogger } from './logger.js';
import type { VersionProfile } from './profile.js';
import type { MethodHandlers } from './registry/handlerTypes.js';
import type { SessionInfo } from './session/session.js';
import type { MockStore } from './state/createStore.js';
import type { MockStorage } from './storage/mockStorage.js';
import type { StorageSeed } from './storage/seed/storageSeed.js';
import type { MockCertificate } from './tls/generateCertificate.js';

/**
 * Options of `createMockServer`. Every field is optional.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * const server = createMockServer({ version: '25.04', tls: true, testMethods: true, authFailureDelay: 0 });
 * ```
 */
export type MockServerOptions = {
  /** Emulated release. @default '25.10' */
  version?: VersionProfile;
  /** Port; `0` picks a free one (read `server.port` after `start()`). @default 0 */
  port?: number;
  /** Listen address. @default '127.0.0.1' */
  host?: string;
  /** `true` generates a self-signed certificate; or pass PEM `cert`/`key`. @default false */
  tls?:
    | boolean
    | {
        /** Certificate, PEM. */
        cert: string;
        /** Private key, PEM. */
        key: string;
      };
  /** Seeded accounts. @default DEFAULT_USERS (root/password, truenas_admin/password) */
  users?: readonly MockUser[];
  /** Seeded API keys. @default DEFAULT_API_KEYS (DEFAULT_API_KEY for root) */
  apiKeys?: readonly MockApiKey[];
  /** Registers the `test.*` namespace and the `test.ticker` event source. @default false */
  testMethods?: boolean;
  /** Treat loopback peers as remote, so plain-`ws://` API-key logins get revoked as on a real NAS. @default false */
  treatLoopbackAsRemote?: boolean;
  /** Delay before a failed login answers (the server waits ~1–2 s). @default 20 */
  authFailureDelay?: number;
  /** Login rate limiting of unauthenticated calls, or `false` to disable. @default { maxCalls: 20, period: 60_000, delay: 20 } */
  rateLimit?: false | RateLimitOptions;
  /** Unhandled method policy (always -32601 on the wire). @default 'error' */
  onUnhandled?: OnUnhandled;
  /** Hostname reported by `system.info`. @default 'truenas' */
  hostname?: string;
  /** Where diagnostics go. @default silent */
  logger?: MockLogger;
  /**
   * Storage fixture (pools, disks, datasets, snapshots, alerts) the storage methods start from and `reset()`
   * restores; `{}` for none. @default DEFAULT_STORAGE_SEED (pool `tank`, two mirrored 1 TiB disks, a few datasets)
   */
  seed?: StorageSeed;
  /** Milliseconds per progress step of emulated long storage operations (scrub, resilver, export). @default 10 */
  storageStepMs?: number;
};

/**
 * A running (or startable) TrueNAS middleware emulator with msw-like lifecycle.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * const server = createMockServer({ testMethods: true });
 * beforeAll(() => server.start());
 * afterEach(() => server.reset());
 * afterAll(() => server.stop());
 * ```
 */
export type MockServer = {
  /** WebSocket URL of `/api/current` (`ws://127.0.0.1:PORT/api/current`). Throws before `start()`. */
  readonly url: string;
  /** `http(s)://host:port`, for `/api/versions` and pinned `/api/vXX` paths. Throws before `start()`. */
  readonly baseUrl: string;
  /** The listening port. Throws before `start()`. */
  readonly port: number;
  /** TLS certificate (PEM + fingerprint256) when `tls` is on, after `start()`. */
  readonly certificate: MockCertificate | undefined;
  /** The emulated release. */
  readonly version: VersionProfile;
  /** Fault injection. */
  readonly faults: MockFaults;
  /** Users and API keys at runtime. */
  readonly credentials: MockCredentials;
  /** Handler state (reset by `reset()`). */
  readonly store: MockStore;
  /** Storage emulation builders and hooks (`addPool`, `degradePool`, `fillPool`, ...); `reset()` restores the seed. */
  readonly storage: MockStorage;
  /** Starts listening (generates the certificate first when needed). Resolves to the server itself. */
  start(): Promise<MockServer>;
  /** Closes every connection and the listener, aborts jobs and clears timers. */
  stop(): Promise<void>;
  /**
   * Drops `use()` overrides, faults, execution counts, unhandled log, store, tokens, rate limits and jobs, and
   * restores the storage seed.
   */
  reset(): void;
  /** Runtime overrides keyed by full method name; the latest wins. A bare function keeps the method's flags. */
  use(...overrides: MethodHandlers[]): void;
  /** Registers handlers under `namespace` (`register('pool', { query })` → `pool.query`). */
  register(namespace: string, handlers: MethodHandlers): void;
  /** Registers an event source subscribed as `name` or `name:<arg>`. */
  registerEventSource(name: string, source: EventSourceDefinition): void;
  /** Sends a `collection_update` to every subscribed, authenticated connection. */
  emit(collection: string, type: EventType, payload?: EventPayload): void;
  /** Handler executions per method. */
  executions(): Record<string, number>;
  /** Handler executions of one method. */
  executions(method: string): number;
  /** Names of called methods that do not exist, in call order. */
  unhandled(): string[];
  /** Open connections. */
  sessions(): SessionInfo[];
  /** Snapshot of all jobs. */
  jobs(): JobObject[];
  /** Names of every callable method. */
  methods(): string[];
};
