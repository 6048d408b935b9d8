import type { CallContext } from './callContext.js';

/** Bit flags of a {@link CallRecord}. @internal */
export const CallFlag = {
  /** Written to the current socket and no reply yet. */
  Sent: 1,
  Settled: 2,
  /** May be sent again after a drop. */
  Idempotent: 4,
  /** Handshake and keep-alive calls: bypass the gate and the cap, no metrics or events. */
  Internal: 8,
  ReloginTried: 16,
} as const;

/**
 * One call from creation to settlement. Kept small on purpose (it is what every pending call costs): flags share one
 * field, and the {@link CallContext} is only built when a logger or listener asks for it. @internal
 */
export class CallRecord {
  /** Times are stored relative to this so they stay small integers (no boxed doubles per call). */
  static readonly epoch = Date.now();
  flags: number;
  attempt = 1;
  busyRetries = 0;
  onAbort: (() => void) | undefined = undefined;
  resolve!: (value: unknown) => void;
  reject!: (error: unknown) => void;

  constructor(
    readonly id: number,
    readonly method: string,
    readonly params: readonly unknown[],
    /** ms since {@link CallRecord.epoch}. */
    readonly startedAt: number,
    readonly timeout: number,
    flags: number,
    readonly signal: AbortSignal | undefined,
    /** Per-call caller fields (not copied; merged with the client's fields only when a context is built). */
    readonly fields: Readonly<Record<string, unknown>> | undefined,
  ) {
    this.flags = flags;
  }

  has(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }

  get sent(): boolean {
    return (this.flags & CallFlag.Sent) !== 0;
  }

  get settled(): boolean {
    return (this.flags & CallFlag.Settled) !== 0;
  }

  get deadline(): number {
    return this.startedAt + this.timeout;
  }

  /** The call context for logs and events (a fresh object; never includes params). */
  context(clientFields: Readonly<Record<string, unknown>> | undefined): CallContext {
    return {
      ...clientFields,
      ...this.fields,
      id: this.id,
      method: this.method,
      attempt: this.attempt,
      startedAt: CallRecord.epoch + this.startedAt,
    };
  }
}
