/**
 * Login rate limiting of unauthenticated calls (`utils/rate_limit/cache.py`): per method and peer IP,
 * `maxCalls` per `period` ms; `delay` ms (the server sleeps 1–10 s) before the EBUSY error.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * createMockServer({ rateLimit: { maxCalls: 5, period: 1_000, delay: 0 } });
 * ```
 */
export type RateLimitOptions = {
  /** @default 20 */
  maxCalls?: number;
  /** Window in ms. @default 60_000 */
  period?: number;
  /** Delay before the error reply, in ms. @default 20 */
  delay?: number;
};

/** Fixed-window counter per `method|ip`. @internal */
export class RateLimiter {
  readonly maxCalls: number;
  readonly period: number;
  readonly delay: number;
  #entries = new Map<string, { count: number; start: number }>();

  constructor(options: RateLimitOptions = {}) {
    this.maxCalls = options.maxCalls ?? 20;
    this.period = options.period ?? 60_000;
    this.delay = options.delay ?? 20;
  }

  /** Records one call; returns true when it exceeds the limit. */
  hit(method: string, ip: string, now = Date.now()): boolean {
    const key = `${method}|${ip}`;
    let entry = this.#entries.get(key);
    if (!entry || now - entry.start >= this.period) {
      entry = { count: 0, start: now };
      this.#entries.set(key, entry);
    }
    if (entry.count >= this.maxCalls) return true;
    entry.count++;
    return false;
  }

  clear(): void {
    this.#entries.clear();
  }
}
