import type { SessionInfo } from '../session/session.js';

/**
 * Event type of a `collection_update` (either case; sent lower-cased as `msg`).
 *
 * @example
 * ```ts
 * import type { EventType } from '@tn/mock';
 *
 * const type: EventType = 'CHANGED';
 * ```
 */
export type EventType = 'ADDED' | 'CHANGED' | 'REMOVED' | 'added' | 'changed' | 'removed';

/**
 * Optional members of a `collection_update`: `id`, `fields` (added/changed only) and `extra`.
 *
 * @example
 * ```ts
 * import type { EventPayload } from '@tn/mock';
 *
 * const payload: EventPayload = { id: 1, fields: { name: 'tank', status: 'ONLINE' } };
 * ```
 */
export type EventPayload = {
  /** Object id (`params.id`). */
  id?: unknown;
  /** Object fields (`params.fields`; moved into `extra.fields` for REMOVED, like the server). */
  fields?: unknown;
  /** Other keyword arguments (`params.extra`). */
  extra?: Record<string, unknown>;
};

/**
 * What an event source producer gets: its argument (`"name:<arg>"`), a `send` for events, `end` to finish (sends
 * `notify_unsubscribed`), and a `signal` aborted on unsubscribe, logout or disconnect.
 *
 * @example
 * ```ts
 * server.registerEventSource('demo.clock', async (ctx) => {
 *   for (let i = 0; i < 3; i++) {
 *     await ctx.sleep(100);
 *     ctx.send('ADDED', { fields: { tick: i } });
 *   }
 * });
 * ```
 */
export type EventSourceContext = {
  /** Text after the first `:` of the subscribed name, or `null`. */
  readonly arg: string | null;
  /** The subscribing connection. */
  readonly session: SessionInfo;
  /** Aborted when the subscription ends for any reason. */
  readonly signal: AbortSignal;
  /** Sends a `collection_update` whose `collection` is the full subscribed name. */
  send(type: EventType, payload?: EventPayload): void;
  /** Ends the subscription; an error is reported in `notify_unsubscribed.error`. */
  end(error?: unknown): void;
  /** Abortable sleep tied to {@link EventSourceContext.signal}. */
  sleep(ms: number): Promise<void>;
};

/**
 * An event source producer (like middleware `EventSource.run`). It ends when it calls `end()`, when its returned
 * promise settles, or on unsubscribe. Throwing `ValidationErrors` rejects the argument.
 *
 * @example
 * ```ts
 * import type { EventSourceDefinition } from '@tn/mock';
 *
 * const once: EventSourceDefinition = (ctx) => ctx.send('ADDED', { fields: { arg: ctx.arg } });
 * ```
 */
export type EventSourceDefinition = (ctx: EventSourceContext) => void | Promise<void>;
