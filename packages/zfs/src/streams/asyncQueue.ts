/**
 * A push-to-pull bridge: producers `push`, `end` or `fail`; one consumer iterates. Values pushed before the
 * consumer asks are buffered.
 *
 * @internal
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  private readonly buffered: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private failWaiting: ((error: unknown) => void) | undefined;
  private done = false;
  private error: { value: unknown } | undefined;

  /** Hands a value to the consumer (dropped after `end`/`fail`). */
  push(value: T): void {
    if (this.done) return;
    const resolve = this.waiting;
    if (resolve) {
      this.waiting = undefined;
      this.failWaiting = undefined;
      resolve({ value, done: false });
    } else this.buffered.push(value);
  }

  /** Ends iteration once the buffered values are consumed. */
  end(): void {
    if (this.done) return;
    this.done = true;
    const resolve = this.waiting;
    this.waiting = undefined;
    this.failWaiting = undefined;
    resolve?.({ value: undefined, done: true });
  }

  /** Drops buffered values and ends iteration now (the consumer stopped). */
  discard(): void {
    this.buffered.length = 0;
    this.end();
  }

  /** Ends iteration with an error, thrown once the buffered values are consumed. */
  fail(error: unknown): void {
    if (this.done) return;
    this.done = true;
    this.error = { value: error };
    const reject = this.failWaiting;
    this.waiting = undefined;
    this.failWaiting = undefined;
    reject?.(error);
  }

  /** Number of values pushed but not yet consumed. */
  get size(): number {
    return this.buffered.length;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) return Promise.resolve({ value: this.buffered.shift() as T, done: false });
    if (this.error) return Promise.reject(this.error.value);
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return { next: () => this.next() };
  }
}
