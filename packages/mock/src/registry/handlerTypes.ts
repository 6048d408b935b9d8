import type { EventPayload, EventType } from '../events/eventTypes.js';
import type { JobOptions } from '../jobs/job.js';
import type { ParamSpec, ParamsValidator } from '../params/defineParams.js';
import type { VersionProfile } from '../profile.js';
import type { RequestId } from '../protocol/parseMessage.js';
import type { SessionInfo } from '../session/session.js';
import type { MockStore } from '../state/createStore.js';

/**
 * Progress helpers of a job method, available as `ctx.job` when the method is registered with `job: true`.
 *
 * @example
 * ```ts
 * server.register('demo', {
 *   slow: { job: true, handler: async (ctx) => { ctx.job?.setProgress(50, 'half way'); await ctx.sleep(10); return 1; } },
 * });
 * ```
 */
export type JobHelpers = {
  /** The job id. */
  readonly id: number;
  /** `Job.set_progress`: only given values change; an event goes out only if something changed. */
  setProgress(percent?: number | null, description?: string | null, extra?: unknown): void;
  /** Sets the job description (sends a CHANGED event). */
  setDescription(description: string | null): void;
};

/**
 * What a handler receives: validated params, the calling session, the server store, an abort signal (connection
 * closed, or job aborted) and helpers to emit events and sleep.
 *
 * @example
 * ```ts
 * import type { HandlerContext } from '@tn/mock';
 *
 * function createPool(ctx: HandlerContext) {
 *   const pools = ctx.store.getOrInit('pools', () => new Map<string, unknown>());
 *   const [data] = ctx.params as [{ name: string }];
 *   pools.set(data.name, data);
 *   ctx.emit('pool.query', 'ADDED', { id: 1, fields: data });
 *   return data;
 * }
 * ```
 */
export type HandlerContext = {
  /** Full method name. */
  readonly method: string;
  /** Params after validation (defaults filled in), or the raw params when the method declares none. */
  readonly params: unknown[];
  /** Request id, `undefined` for id-less requests. */
  readonly id: RequestId | undefined;
  /** The calling connection. */
  readonly session: SessionInfo;
  /** Per-server state (see {@link MockStore}). */
  readonly store: MockStore;
  /** The emulated release. */
  readonly profile: VersionProfile;
  /** Aborted when the connection closes (plain methods) or the job is aborted (job methods). */
  readonly signal: AbortSignal;
  /** Job helpers; set only for job methods. */
  readonly job: JobHelpers | undefined;
  /** Sends a `collection_update` to subscribed connections. */
  emit(collection: string, type: EventType, payload?: EventPayload): void;
  /** Abortable sleep tied to {@link HandlerContext.signal}. */
  sleep(ms: number): Promise<void>;
};

/**
 * A method implementation: returns the result (or a promise of it) or throws `CallError`/`ValidationErrors`.
 *
 * @example
 * ```ts
 * import type { MethodHandler } from '@tn/mock';
 *
 * const ping: MethodHandler = () => 'pong';
 * ```
 */
export type MethodHandler = (ctx: HandlerContext) => unknown;

/**
 * A method with its flags: params validation, job behaviour and authentication.
 *
 * @example
 * ```ts
 * import { defineParams, type MethodDefinition } from '@tn/mock';
 * import { z } from 'zod';
 *
 * const scrub: MethodDefinition = {
 *   job: { abortable: true },
 *   params: [{ name: 'name', schema: z.string() }],
 *   handler: async (ctx) => { await ctx.sleep(100); return null; },
 * };
 * ```
 */
export type MethodDefinition = {
  /** The implementation. */
  handler: MethodHandler;
  /** Positional params specs or a validator; errors become -32602 (or a FAILED job for job methods). */
  params?: ParamsValidator | readonly ParamSpec[];
  /** Runs as a job (`true` or job options). @default false */
  job?: boolean | JobOptions;
  /** Whether a login is required (else 207 ENOTAUTHENTICATED). @default true */
  authenticationRequired?: boolean;
  /** Rate-limit unauthenticated calls (only for `authenticationRequired: false`). @default true */
  rateLimit?: boolean;
  /** Releases in which the method exists. @default both */
  versions?: readonly VersionProfile[];
};

/**
 * Handlers keyed by method name (relative to a namespace for `register`, full names for `use`).
 *
 * @example
 * ```ts
 * import type { MethodHandlers } from '@tn/mock';
 *
 * const handlers: MethodHandlers = { query: () => [], create: { job: true, handler: () => ({ id: 1 }) } };
 * ```
 */
export type MethodHandlers = Record<string, MethodHandler | MethodDefinition>;
