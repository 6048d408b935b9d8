import { TnError } from '../errors/base.js';
import { fromWireError } from '../errors/fromWireError.js';
import { NotAuthenticatedRpcError, ServerBusyRpcError, type WireError } from '../errors/rpc.js';
import { AbortedError, ConnectionLostError, ProtocolError, TimeoutError } from '../errors/transport.js';
import type { Socket } from '../socket/types.js';
import { parseEjson, stringifyEjson } from '../utils/ejson.js';
import { Fifo } from '../utils/fifo.js';
import type { CallContext } from './callContext.js';

/** One call from creation to settlement. @internal */
export type CallRecord = {
  id: number;
  method: string;
  params: readonly unknown[];
  context: CallContext;
  timeout: number;
  deadline: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** Written to the current socket and no reply yet. */
  sent: boolean;
  settled: boolean;
  /** May be sent again after a drop. */
  idempotent: boolean;
  /** Handshake and keep-alive calls: bypass the gate and the cap. */
  internal: boolean;
  busyRetries: number;
  reloginTried: boolean;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
};

/** What the dispatcher needs from its owner. @internal */
export type DispatcherHooks = {
  /** A call got errno 207; return true if a re-login was started and the call should wait for it. */
  onNotAuthenticated(): boolean;
  onNotification(message: Record<string, unknown>): void;
  onSettled(record: CallRecord, error: unknown): void;
  onProtocolError(reason: string): void;
  busyDelay(attempt: number): number;
  maxBusyRetries: number;
  includeServerTraces: boolean;
};

/**
 * Correlates requests and replies, caps calls in flight with a FIFO queue, and times calls out with one sweep timer.
 * It knows nothing about connecting; its owner opens and closes the gate with `attach`/`detach`. @internal
 */
export class Dispatcher {
  private nextId = 0;
  private socket: Socket | undefined;
  private open = false;
  /** Calls not yet settled, for the timeout sweep. */
  private readonly active = new Map<number, CallRecord>();
  /** Calls on the wire, settled or not: each holds a slot until its reply arrives or the socket goes. */
  private readonly wire = new Map<number, CallRecord>();
  private readonly queue = new Fifo<CallRecord>();
  private slotsUsed = 0;
  private sweepTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly maxInFlight: number,
    private readonly timerResolution: number,
    private readonly hooks: DispatcherHooks,
  ) {}

  get inFlight(): number {
    return this.slotsUsed;
  }

  get queued(): number {
    return this.queue.length;
  }

  get pendingCount(): number {
    return this.active.size;
  }

  newId(): number {
    return ++this.nextId;
  }

  /** Registers a call and queues it (or sends it now if internal). */
  submit(record: CallRecord): void {
    this.active.set(record.id, record);
    if (this.sweepTimer === undefined) this.sweepTimer = setInterval(() => this.sweep(), this.timerResolution);
    if (record.signal) {
      if (record.signal.aborted) return this.abort(record);
      record.onAbort = () => this.abort(record);
      record.signal.addEventListener('abort', record.onAbort, { once: true });
    }
    if (record.internal) {
      if (this.socket) this.send(record, this.socket);
      else this.settle(record, new ConnectionLostError({ method: record.method, id: record.id, sent: false }));
      return;
    }
    this.queue.push(record);
    this.pump();
  }

  /** A socket is usable for internal calls; the gate stays closed until `openGate`. */
  attach(socket: Socket): void {
    this.socket = socket;
  }

  openGate(): void {
    this.open = true;
    this.pump();
  }

  closeGate(): void {
    this.open = false;
  }

  /**
   * The socket went away. Sent calls: idempotent ones go back to the front of the queue, the others reject with
   * `ConnectionLostError({ sent: true })`. Queued calls stay queued.
   */
  detach(cause?: unknown): void {
    this.socket = undefined;
    this.open = false;
    const resend: CallRecord[] = [];
    for (const record of this.wire.values()) {
      record.sent = false;
      if (record.settled) continue;
      if (record.idempotent && !record.internal) resend.push(record);
      else this.settle(record, new ConnectionLostError({ method: record.method, id: record.id, sent: true, cause }));
    }
    this.wire.clear();
    this.slotsUsed = 0;
    for (const record of resend) record.context.attempt++;
    this.queue.unshift(...resend);
    this.resentCount += resend.length;
  }

  /** Calls re-sent after drops (for metrics). */
  resentCount = 0;

  /** Rejects every queued (unsent) call, e.g. when the credentials were refused. */
  rejectQueued(error: (record: CallRecord) => unknown): void {
    for (const record of this.queue.drain()) this.settle(record, error(record));
  }

  /** Rejects everything and stops the timer. */
  shutdown(error: (record: CallRecord) => unknown): void {
    this.rejectQueued(error);
    for (const record of this.active.values()) this.settle(record, error(record));
    this.wire.clear();
    this.slotsUsed = 0;
    this.socket = undefined;
    this.open = false;
    this.stopSweep();
  }

  /** Handles one text frame. Never throws. */
  receive(text: string): void {
    let message: unknown;
    try {
      message = parseEjson(text);
    } catch {
      this.hooks.onProtocolError('frame is not JSON');
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.hooks.onProtocolError('frame is not a JSON object');
      return;
    }
    const msg = message as Record<string, unknown>;
    const id = msg.id;
    if (typeof id === 'number') return this.reply(id, msg);
    if (typeof msg.method === 'string') return this.hooks.onNotification(msg);
    this.hooks.onProtocolError(msg.error ? `server error without id: ${describeWireError(msg.error)}` : 'frame has no usable id');
  }

  private reply(id: number, msg: Record<string, unknown>): void {
    const record = this.wire.get(id);
    if (!record) {
      this.hooks.onProtocolError(`reply for unknown id ${id}`);
      return;
    }
    this.wire.delete(id);
    record.sent = false;
    if (!record.internal) this.slotsUsed--;
    if (msg.error !== undefined && msg.error !== null) {
      const error = toWireError(msg.error);
      const err = error
        ? fromWireError({ method: record.method, id, error, includeTrace: this.hooks.includeServerTraces })
        : new ProtocolError(`${record.method} (#${id}): malformed error member in reply`);
      if (!record.settled && !record.internal && this.retryable(record, err)) return this.pump();
      this.settle(record, err);
    } else if ('result' in msg) {
      this.settle(record, undefined, msg.result);
    } else {
      this.settle(record, new ProtocolError(`${record.method} (#${id}): reply has neither result nor error`));
    }
    this.pump();
  }

  /** Busy replies and a first 207 are safe to repeat: the server did not run the method. */
  private retryable(record: CallRecord, err: TnError): boolean {
    if (err instanceof ServerBusyRpcError && record.busyRetries < this.hooks.maxBusyRetries) {
      const delay = this.hooks.busyDelay(++record.busyRetries);
      record.context.attempt++;
      this.resentCount++;
      setTimeout(() => {
        if (record.settled) return;
        this.queue.unshift(record);
        this.pump();
      }, delay);
      return true;
    }
    if (err instanceof NotAuthenticatedRpcError && !record.reloginTried) {
      record.reloginTried = true;
      if (!this.hooks.onNotAuthenticated()) return false;
      record.context.attempt++;
      this.resentCount++;
      this.queue.unshift(record);
      return true;
    }
    return false;
  }

  private pump(): void {
    const socket = this.socket;
    if (!this.open || !socket) return;
    while (this.slotsUsed < this.maxInFlight) {
      const record = this.queue.shift();
      if (!record) break;
      if (record.settled) continue;
      this.send(record, socket);
      if (this.socket !== socket) break;
    }
  }

  private send(record: CallRecord, socket: Socket): void {
    let text: string;
    try {
      text = stringifyEjson({ jsonrpc: '2.0', id: record.id, method: record.method, params: record.params });
    } catch (cause) {
      this.settle(record, new TnError('INVALID_PARAMS', `${record.method}: params cannot be serialised`, { cause }));
      return;
    }
    record.sent = true;
    this.wire.set(record.id, record);
    if (!record.internal) this.slotsUsed++;
    try {
      socket.send(text);
    } catch (cause) {
      // The socket is closing; its close event will detach and settle this call as sent (outcome unknown is the
      // safe assumption: a partial write may have reached the server).
      void cause;
    }
  }

  private abort(record: CallRecord): void {
    this.settle(record, new AbortedError({ method: record.method, id: record.id, sent: record.sent, cause: record.signal?.reason }));
  }

  /** Settles a call once. A sent call stays in `wire` (holding its slot) until its reply or the socket's end. */
  settle(record: CallRecord, error: unknown, value?: unknown): void {
    if (record.settled) return;
    record.settled = true;
    this.active.delete(record.id);
    if (record.onAbort) record.signal?.removeEventListener('abort', record.onAbort);
    if (this.active.size === 0) this.stopSweep();
    this.hooks.onSettled(record, error);
    if (error === undefined) record.resolve(value);
    else record.reject(error);
  }

  private sweep(): void {
    const now = Date.now();
    for (const record of this.active.values()) {
      if (record.deadline <= now) {
        this.settle(record, new TimeoutError({ method: record.method, id: record.id, timeout: record.timeout, sent: record.sent }));
      }
    }
  }

  private stopSweep(): void {
    if (this.sweepTimer !== undefined) clearInterval(this.sweepTimer);
    this.sweepTimer = undefined;
  }
}

function toWireError(value: unknown): WireError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  if (typeof e.code !== 'number') return undefined;
  const data = typeof e.data === 'object' && e.data !== null ? (e.data as WireError['data']) : undefined;
  return { code: e.code, message: typeof e.message === 'string' ? e.message : '', data };
}

function describeWireError(value: unknown): string {
  const e = toWireError(value);
  return e ? `${e.code} ${e.message}` : 'malformed';
}
