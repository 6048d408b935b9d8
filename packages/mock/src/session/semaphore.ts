import { Limits } from '../protocol/limits.js';

/**
 * `SoftHardSemaphore(10, 20)`: up to `soft` calls run, up to `hard` are in flight, beyond that `enter` refuses.
 * @internal
 */
export class SoftHardSemaphore {
  readonly soft: number;
  readonly hard: number;
  inFlight = 0;
  running = 0;
  #queue: (() => void)[] = [];

  constructor(soft: number = Limits.executing, hard: number = Limits.inFlight) {
    this.soft = soft;
    this.hard = hard;
  }

  /** Runs `task` now or when a slot frees up; false (nothing queued) when `hard` calls are already in flight. */
  enter(task: () => void): boolean {
    if (this.inFlight >= this.hard) return false;
    this.inFlight++;
    if (this.running < this.soft) {
      this.running++;
      task();
    } else {
      this.#queue.push(task);
    }
    return true;
  }

  /** Releases one slot; hands it to the next queued task. */
  leave(): void {
    this.inFlight--;
    const next = this.#queue.shift();
    if (next) next();
    else this.running--;
  }

  /** Drops queued tasks (connection closed). */
  clear(): void {
    this.#queue = [];
  }
}
