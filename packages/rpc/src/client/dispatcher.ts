import { TnError } from '../errors/base.js';
import { fromWireError } from '../errors/fromWireError.js';
import { NotAuthenticatedRpcError, ServerBusyRpcError, type WireError } from '../errors/rpc.js';
import { AbortedError, ConnectionLostError, ProtocolError, TimeoutError } from '../errors/transport.js';
import type { Socket } from '../socket/types.js';
import { encodeRequest, parseEjson } from '../utils/ejson.js';
import { Fifo } from '../utils/fifo.js';
import { CallFlag, CallRecord } from './callRecord.js';

const { Sent, Settled, Idempotent, Internal, ReloginTried } = CallFlag;

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
 * It knows nothing about connecting; its owner attaches sockets and opens and closes the gate.
 *
 * Where a call lives: `queue` (waiting for a slot or a connection), `wire` (sent; a settled call stays here, holding
 * its slot, until its reply arrives or the socket goes), or `backoff` (waiting to be re-sent after a busy reply).
 * @internal
 */
export class Dispatcher {
  private nextId = 0;
  private socket: Socket | undefined;
  private open = false;
  private readonly wire = new Map<number, CallRecord>();
  private readonly queue = new Fifo<CallRecord>();
  private readonly backoff = new Set<CallRecord>();
  private slotsUsed = 0;
  private unsettled = 0;
  private sweepTimer: ReturnType<typeof setInterval> | undefined;
  /** Calls sent again (busy replies, re-login, idempotent re-sends after a drop). */
  resentCount = 0;

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

  /** Calls not yet settled. */
  get pendingCount(): number {
    return this.unsettled;
  }

  newId(): number {
    return ++this.nextId;
  }

  /** Registers a call and queues it (internal calls are sent at once). */
  submit(record: CallRecord): void {
    this.unsettled++;
    this.sweepTimer ??= setInterval(() => this.sweep(), this.timerResolution);
    const { signal } = record;
    if (signal) {
      if (signal.aborted) {
        this.abort(record);
        return;
      }
      record.onAbort = () => this.abort(record);
      signal.addEventListener('abort', record.onAbort, { once: true });
    }
    if (record.has(Internal)) {
      if (this.socket) this.send(record, this.socket);
      else this.settle(record, new ConnectionLostError({ method: record.method, id: record.id, sent: false }));
      return;
    }
    this.queue.push(record);
    if (this.open) this.pump();
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
      record.flags &= ~Sent;
      if (record.settled) continue;
      if (record.has(Idempotent) && !record.has(Internal)) {
        record.attempt++;
        resend.push(record);
      } else {
        this.settle(record, new ConnectionLostError({ method: record.method, id: record.id, sent: true, cause }));
      }
    }
    this.wire.clear();
    this.slotsUsed = 0;
    this.queue.unshift(...resend);
    this.resentCount += resend.length;
  }

  /** Rejects every queued (unsent) call, e.g. when the credentials were refused. */
  rejectQueued(error: (record: CallRecord) => unknown): void {
    for (const record of this.queue.drain()) this.settle(record, error(record));
    for (const record of this.backoff) this.settle(record, error(record));
    this.backoff.clear();
  }

  /** Rejects everything and stops the timer. */
  shutdown(error: (record: CallRecord) => unknown): void {
    this.rejectQueued(error);
    for (const record of this.wire.values()) this.settle(record, error(record));
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
    if (typeof id === 'number') this.reply(id, msg);
    else if (typeof msg.method === 'string') this.hooks.onNotification(msg);
    else
      this.hooks.onProtocolError(
        msg.error ? `server error without id: ${describeWireError(msg.error)}` : 'frame has no usable id',
      );
  }

  private reply(id: number, msg: Record<string, unknown>): void {
    const record = this.wire.get(id);
    if (!record) {
      this.hooks.onProtocolError(`reply for unknown id ${id}`);
      return;
    }
    this.wire.delete(id);
    record.flags &= ~Sent;
    if (!record.has(Internal)) this.slotsUsed--;
    if (msg.error !== undefined && msg.error !== null) {
      const error = toWireError(msg.error);
      const err = error
        ? fromWireError({ method: record.method, id, error, includeTrace: this.hooks.includeServerTraces })
        : new ProtocolError(`${record.method} (#${id}): malformed error member in reply`);
      if (!record.settled && !record.has(Internal) && this.retry(record, err)) {
        this.pump();
        return;
      }
      this.settle(record, err);
    } else if ('result' in msg) {
      this.settle(record, undefined, msg.result);
    } else {
      this.settle(record, new ProtocolError(`${record.method} (#${id}): reply has neither result nor error`));
    }
    this.pump();
  }

  /** Busy replies and a first 207 are safe to repeat: the server did not run the method. */
  private retry(record: CallRecord, err: TnError): boolean {
    if (err instanceof ServerBusyRpcError && record.busyRetries < this.hooks.maxBusyRetries) {
      const delay = this.hooks.busyDelay(++record.busyRetries);
      record.attempt++;
      this.resentCount++;
      this.backoff.add(record);
      setTimeout(() => {
        if (!this.backoff.delete(record) || record.settled) return;
        this.queue.unshift(record);
        this.pump();
      }, delay);
      return true;
    }
    if (err instanceof NotAuthenticatedRpcError && !record.has(ReloginTried)) {
      record.flags |= ReloginTried;
      if (!this.hooks.onNotAuthenticated()) return false;
      record.attempt++;
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
      text = encodeRequest(record.id, record.method, record.params);
    } catch (cause) {
      this.settle(record, new TnError('INVALID_PARAMS', `${record.method}: params cannot be serialised`, { cause }));
      return;
    }
    record.flags |= Sent;
    this.wire.set(record.id, record);
    if (!record.has(Internal)) this.slotsUsed++;
    try {
      socket.send(text);
    } catch {
      // The socket is closing; its close event detaches and settles this call as sent (a partial write may have
      // reached the server, so "outcome unknown" is the safe answer).
    }
  }

  private abort(record: CallRecord): void {
    this.settle(
      record,
      new AbortedError({ method: record.method, id: record.id, sent: record.sent, cause: record.signal?.reason }),
    );
  }

  /** Settles a call once. A sent call stays in `wire` (holding its slot) until its reply or the socket's end. */
  settle(record: CallRecord, error: unknown, value?: unknown): void {
    if (record.settled) return;
    record.flags |= Settled;
    if (--this.unsettled === 0) this.stopSweep();
    if (record.onAbort) record.signal?.removeEventListener('abort', record.onAbort);
    this.hooks.onSettled(record, error);
    if (error === undefined) record.resolve(value);
    else record.reject(error);
  }

  private sweep(): void {
    const now = Date.now() - CallRecord.epoch;
    const expire = (record: CallRecord) => {
      if (!record.settled && record.startedAt + record.timeout <= now) {
        this.settle(
          record,
          new TimeoutError({ method: record.method, id: record.id, timeout: record.timeout, sent: record.sent }),
        );
      }
    };
    for (const record of this.wire.values()) expire(record);
    this.queue.forEach(expire);
    for (const record of this.backoff) expire(record);
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
