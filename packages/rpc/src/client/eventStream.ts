import { TnError } from '../errors/base.js';
import type { CollectionEvent, EventHandler, Subscription } from './subscriptions.js';

/**
 * Options of `client.events()`.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * for await (const e of client.events('pool.query', { signal: controller.signal, bufferSize: 100 })) console.log(e);
 * ```
 */
export type EventStreamOptions = {
  /** Ends the iteration (without error) when fired. */
  signal?: AbortSignal | undefined;
  /**
   * Events kept while the consumer is slow. Beyond it the iterator throws an `EVENT_OVERFLOW` error rather than
   * silently dropping events.
   * @default 10000
   */
  bufferSize?: number | undefined;
};

/** Async iterator over a subscription. @internal */
export class EventStream implements AsyncIterableIterator<CollectionEvent> {
  private readonly buffer: CollectionEvent[] = [];
  private waiting: ((result: IteratorResult<CollectionEvent>) => void) | undefined;
  private failWaiting: ((error: unknown) => void) | undefined;
  private ended = false;
  private error: unknown;
  private readonly subscription: Subscription;
  private readonly onAbort = () => this.end();

  constructor(
    subscribe: (handler: EventHandler) => Subscription,
    private readonly options: EventStreamOptions,
  ) {
    this.subscription = subscribe((event) => this.push(event));
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    if (options.signal?.aborted) this.end();
  }

  private push(event: CollectionEvent): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: event, done: false });
      return;
    }
    if (this.buffer.length >= (this.options.bufferSize ?? 10_000)) {
      this.error = new TnError(
        'EVENT_OVERFLOW',
        `More than ${this.buffer.length} unread events on ${this.subscription.name}`,
        {
          metaMessages: ['Consume events faster or raise `bufferSize`.'],
        },
      );
      this.end();
      return;
    }
    this.buffer.push(event);
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.subscription.unsubscribe();
    this.options.signal?.removeEventListener('abort', this.onAbort);
    if (this.waiting) {
      const resolve = this.waiting;
      const fail = this.failWaiting;
      this.waiting = undefined;
      if (this.error && fail) fail(this.error);
      else resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<CollectionEvent>> {
    const event = this.buffer.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.ended) return this.error ? Promise.reject(this.error) : Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<CollectionEvent>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<CollectionEvent> {
    return this;
  }
}
