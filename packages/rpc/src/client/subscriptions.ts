import type { Logger } from '../observability/logger.js';
import type { InternalCall } from './login.js';

/**
 * A `collection_update` notification.
 *
 * @example
 * ```ts
 * import type { CollectionEvent } from '@tn/rpc';
 *
 * function onEvent(e: CollectionEvent) { if (e.msg === 'removed') console.log(e.collection, e.id); }
 * ```
 */
export type CollectionEvent = {
  /** `added`, `changed` or `removed`. */
  msg: 'added' | 'changed' | 'removed' | (string & {});
  /** Event name, e.g. `pool.query` (event sources include their argument). */
  collection: string;
  id?: unknown;
  fields?: Record<string, unknown>;
  extra?: Record<string, unknown>;
};

/**
 * Handler given to `client.subscribe`.
 *
 * @example
 * ```ts
 * import type { EventHandler } from '@tn/rpc';
 *
 * const handler: EventHandler = (event) => console.log(event.msg, event.id);
 * ```
 */
export type EventHandler = (event: CollectionEvent) => void;

/**
 * Returned by `client.subscribe`; call `unsubscribe()` to stop receiving events.
 *
 * @example
 * ```ts
 * const sub = client.subscribe('pool.query', (e) => console.log(e));
 * sub.unsubscribe();
 * ```
 */
export type Subscription = { readonly name: string; unsubscribe(): void };

type Entry = {
  handlers: Set<EventHandler>;
  serverId: string | undefined;
  generation: number;
  pending: Promise<void> | undefined;
};

/**
 * Keeps the wanted subscriptions and their server ids; re-subscribes after every (re)login. @internal
 */
export class Subscriptions {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private call: InternalCall | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly onEnded: (name: string, error: unknown) => void,
  ) {}

  get names(): string[] {
    return [...this.entries.keys()];
  }

  add(name: string, handler: EventHandler): Subscription {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = { handlers: new Set(), serverId: undefined, generation: -1, pending: undefined };
      this.entries.set(name, entry);
      if (this.call) this.subscribeOne(name, entry, this.call).catch(() => {});
    }
    entry.handlers.add(handler);
    return { name, unsubscribe: () => this.remove(name, handler) };
  }

  private remove(name: string, handler: EventHandler): void {
    const entry = this.entries.get(name);
    if (!entry?.handlers.delete(handler) || entry.handlers.size > 0) return;
    this.entries.delete(name);
    if (entry.serverId && this.call) {
      this.call('core.unsubscribe', [entry.serverId]).catch((error: unknown) =>
        this.logger.debug({ event: name, error: String(error) }, 'unsubscribe failed'),
      );
    }
  }

  /** Called once the session is logged in: (re)subscribes everything. Resolves when all are acknowledged. */
  async activate(call: InternalCall): Promise<void> {
    this.generation++;
    this.call = call;
    await Promise.all([...this.entries].map(([name, entry]) => this.subscribeOne(name, entry, call)));
  }

  /** The session went away: server ids are void until the next `activate`. */
  deactivate(): void {
    this.call = undefined;
    for (const entry of this.entries.values()) entry.serverId = undefined;
  }

  /** Resolves once the server acknowledged the subscription on the current session. */
  async whenActive(name: string): Promise<void> {
    await this.entries.get(name)?.pending;
  }

  private subscribeOne(name: string, entry: Entry, call: InternalCall): Promise<void> {
    if (entry.generation === this.generation && entry.pending) return entry.pending;
    entry.generation = this.generation;
    entry.pending = this.sendSubscribe(name, entry, call);
    return entry.pending;
  }

  private async sendSubscribe(name: string, entry: Entry, call: InternalCall): Promise<void> {
    const id = await call('core.subscribe', [name]);
    if (this.entries.get(name) !== entry) {
      // Unsubscribed while the subscribe call was in flight.
      if (typeof id === 'string') call('core.unsubscribe', [id]).catch(() => {});
      return;
    }
    entry.serverId = typeof id === 'string' ? id : undefined;
  }

  /** Routes one notification. Handler exceptions are logged, never thrown. */
  dispatch(method: string, params: unknown): void {
    if (typeof params !== 'object' || params === null) return;
    const p = params as Record<string, unknown>;
    const collection = typeof p.collection === 'string' ? p.collection : undefined;
    if (collection === undefined) return;
    if (method === 'notify_unsubscribed') {
      const entry = this.entries.get(collection);
      if (entry) entry.serverId = undefined;
      this.onEnded(collection, p.error ?? null);
      return;
    }
    if (method !== 'collection_update') return;
    const event = p as CollectionEvent;
    this.deliver(this.entries.get(collection), event);
    if (collection !== '*') this.deliver(this.entries.get('*'), event);
  }

  private deliver(entry: Entry | undefined, event: CollectionEvent): void {
    if (!entry) return;
    for (const handler of entry.handlers) {
      try {
        handler(event);
      } catch (error) {
        this.logger.error({ event: event.collection, error: String(error) }, 'event handler threw');
      }
    }
  }
}
