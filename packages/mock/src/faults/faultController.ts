import { Errno } from '../errno.js';
import { CallError } from '../errors.js';
import { createPrng } from './prng.js';

/**
 * Restricts a fault to one method; without it the fault applies to every request.
 *
 * @example
 * ```ts
 * import type { FaultScope } from '@tn/mock';
 *
 * const onlyCreates: FaultScope = { method: 'pool.create' };
 * server.faults.busy(1, onlyCreates);
 * ```
 */
export type FaultScope = {
  /** Full method name, e.g. `"pool.create"`. */
  method?: string;
};

/**
 * Fault injection for chaos tests, available as `server.faults`.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * const server = await createMockServer({ testMethods: true }).start();
 * server.faults.dropAfter(0, { method: 'test.mutate', afterExecute: true }); // runs, then the reply is lost
 * server.faults.busy(2);                                                   // next 2 calls get -32000
 * server.faults.clear();
 * ```
 */
export type MockFaults = {
  /** Terminates every open connection now, without a close frame (the client sees 1006). */
  drop(): void;
  /**
   * Lets `count` matching requests through; the next one terminates its connection: before it runs, or with
   * `afterExecute: true` after it ran, in place of its reply. One-shot.
   */
  dropAfter(count: number, options?: FaultScope & { afterExecute?: boolean }): void;
  /** Each matching request terminates its connection (before running) with `probability`, drawn from a seeded PRNG. */
  dropRandomly(probability: number, options?: FaultScope & { seed?: number }): void;
  /** Holds every matching reply for `ms` after the call ran (the call keeps its concurrency slot meanwhile). */
  delay(ms: number, options?: FaultScope): void;
  /** Stops answering: incoming messages and outgoing messages are held until {@link MockFaults.unstall}. */
  stall(): void;
  /** Ends a stall: held replies/events are sent, then held requests are processed in order. */
  unstall(): void;
  /** Whether the server is stalled. */
  readonly stalled: boolean;
  /** Logs every session out but keeps the sockets: authenticated calls then get 207 ENOTAUTHENTICATED. */
  killSessions(): void;
  /** The next `count` matching requests get `-32000` (too many concurrent calls) without running. */
  busy(count: number, options?: FaultScope): void;
  /** The next `count` matching requests get `-32001` EBUSY "Rate Limit Exceeded" without running. */
  rateLimit(count: number, options?: FaultScope): void;
  /**
   * Emulates a middleware restart: every connection is dropped, job ids restart at 1, tokens, OTP and rate-limit state
   * are lost and `system.boot_id` changes. With `downtime` (ms) upgrades are refused with 503 for that long.
   * Stored data and revoked API keys survive.
   */
  restart(options?: { downtime?: number }): void;
  /**
   * The next call of `method` fails once with `error` (default `CallError("Injected failure", EFAULT)`) instead of
   * running: a normal error reply, or a FAILED job for job methods. Calls to other methods are unaffected.
   */
  failOnce(method: string, error?: Error): void;
  /** Removes every fault (and ends a stall). */
  clear(): void;
};

/** What the dispatcher must do with a request before running it. @internal */
export type RequestFault = 'drop' | 'dropAfterExecute' | 'busy' | 'rateLimit' | undefined;

type CountRule = { method: string | undefined; remaining: number };

/** Callbacks into the server that faults need. @internal */
export type FaultHooks = {
  dropAll(): void;
  killSessions(): void;
  restart(downtime: number): void;
  unstalled(): void;
};

/** Fault state and decisions; `active` is false when nothing is configured so the hot path skips it. @internal */
export class FaultController implements MockFaults {
  active = false;
  #stalled = false;
  #dropAfter: (CountRule & { afterExecute: boolean }) | undefined;
  #random: { method: string | undefined; probability: number; next: () => number } | undefined;
  #delays: { method: string | undefined; ms: number }[] = [];
  #busy: CountRule[] = [];
  #rateLimit: CountRule[] = [];
  #failures: { method: string; error: Error }[] = [];
  readonly #hooks: FaultHooks;

  constructor(hooks: FaultHooks) {
    this.#hooks = hooks;
  }

  get stalled(): boolean {
    return this.#stalled;
  }

  #refresh(): void {
    this.active =
      this.#dropAfter !== undefined ||
      this.#random !== undefined ||
      this.#delays.length > 0 ||
      this.#busy.length > 0 ||
      this.#rateLimit.length > 0 ||
      this.#failures.length > 0;
  }

  drop(): void {
    this.#hooks.dropAll();
  }

  dropAfter(count: number, options: FaultScope & { afterExecute?: boolean } = {}): void {
    this.#dropAfter = {
      method: options.method,
      remaining: Math.max(0, count),
      afterExecute: options.afterExecute ?? false,
    };
    this.#refresh();
  }

  dropRandomly(probability: number, options: FaultScope & { seed?: number } = {}): void {
    this.#random = { method: options.method, probability, next: createPrng(options.seed ?? 1) };
    this.#refresh();
  }

  delay(ms: number, options: FaultScope = {}): void {
    this.#delays.push({ method: options.method, ms });
    this.#refresh();
  }

  stall(): void {
    this.#stalled = true;
  }

  unstall(): void {
    if (!this.#stalled) return;
    this.#stalled = false;
    this.#hooks.unstalled();
  }

  killSessions(): void {
    this.#hooks.killSessions();
  }

  busy(count: number, options: FaultScope = {}): void {
    this.#busy.push({ method: options.method, remaining: count });
    this.#refresh();
  }

  rateLimit(count: number, options: FaultScope = {}): void {
    this.#rateLimit.push({ method: options.method, remaining: count });
    this.#refresh();
  }

  failOnce(method: string, error: Error = new CallError('Injected failure', Errno.EFAULT)): void {
    this.#failures.push({ method, error });
    this.#refresh();
  }

  /** The injected failure for this call of `method`, if any (consumed). */
  takeFailure(method: string): Error | undefined {
    const index = this.#failures.findIndex((f) => f.method === method);
    if (index === -1) return undefined;
    const [failure] = this.#failures.splice(index, 1);
    this.#refresh();
    return failure?.error;
  }

  restart(options: { downtime?: number } = {}): void {
    this.#hooks.restart(options.downtime ?? 0);
  }

  clear(): void {
    this.#dropAfter = undefined;
    this.#random = undefined;
    this.#delays = [];
    this.#busy = [];
    this.#rateLimit = [];
    this.#failures = [];
    this.#refresh();
    this.unstall();
  }

  /** Decides the fate of one request (consumes one-shot counters). */
  onRequest(method: string): RequestFault {
    const rule = this.#dropAfter;
    if (rule && (rule.method === undefined || rule.method === method)) {
      if (rule.remaining > 0) rule.remaining--;
      else {
        this.#dropAfter = undefined;
        this.#refresh();
        return rule.afterExecute ? 'dropAfterExecute' : 'drop';
      }
    }
    const random = this.#random;
    if (random && (random.method === undefined || random.method === method) && random.next() < random.probability) {
      return 'drop';
    }
    if (consume(this.#busy, method)) {
      this.#refresh();
      return 'busy';
    }
    if (consume(this.#rateLimit, method)) {
      this.#refresh();
      return 'rateLimit';
    }
    return undefined;
  }

  /** Reply delay for a method (the largest matching rule), 0 when none. */
  replyDelay(method: string): number {
    let ms = 0;
    for (const rule of this.#delays)
      if ((rule.method === undefined || rule.method === method) && rule.ms > ms) ms = rule.ms;
    return ms;
  }
}

function consume(rules: CountRule[], method: string): boolean {
  const index = rules.findIndex((r) => r.remaining > 0 && (r.method === undefined || r.method === method));
  if (index === -1) return false;
  const rule = rules[index] as CountRule;
  rule.remaining--;
  if (rule.remaining <= 0) rules.splice(index, 1);
  return true;
}
