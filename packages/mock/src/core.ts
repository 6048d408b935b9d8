import type { CredentialStore } from './auth/credentialStore.js';
import type { RateLimiter } from './auth/rateLimiter.js';
import type { TokenStore } from './auth/tokenStore.js';
import type { EventHub } from './events/eventHub.js';
import type { FaultController } from './faults/faultController.js';
import type { JobManager } from './jobs/jobManager.js';
import type { MockLogger } from './logger.js';
import type { VersionProfile } from './profile.js';
import type { MethodRegistry } from './registry/methodRegistry.js';
import type { Session } from './session/session.js';
import type { MockStore } from './state/createStore.js';

/**
 * What to do when a client calls a method nobody registered. The reply is always `-32601 "Method does not exist"`
 * (as the server does); `'error'`/`'warn'` also log through the logger, a function is called with the method name.
 * Every unhandled name is recorded in `server.unhandled()`.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * createMockServer({ onUnhandled: (method) => { throw new Error(`unexpected ${method}`); } });
 * ```
 */
export type OnUnhandled = 'error' | 'warn' | 'bypass' | ((method: string) => void);

/** Everything the dispatcher and built-in handlers share. @internal */
export type ServerCore = {
  readonly profile: VersionProfile;
  readonly registry: MethodRegistry;
  readonly faults: FaultController;
  readonly events: EventHub;
  readonly jobs: JobManager;
  readonly credentials: CredentialStore;
  readonly tokens: TokenStore;
  readonly rateLimiter: RateLimiter | undefined;
  readonly store: MockStore;
  readonly executions: Map<string, number>;
  readonly unhandled: string[];
  readonly sessions: Set<Session>;
  readonly logger: MockLogger;
  readonly onUnhandled: OnUnhandled;
  readonly authFailureDelay: number;
  readonly hostname: string;
  readonly startedAt: Date;
  bootId: string;
};
