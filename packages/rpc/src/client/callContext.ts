/**
 * What the client knows about a call; passed to the logger and to `callStart`/`callEnd` events. Caller fields given
 * in `createClient({ context })` and `call(..., { context })` are merged in.
 *
 * @example
 * ```ts
 * import { createClient } from '@tn/rpc';
 *
 * const client = createClient({ url: 'wss://nas/api/current' });
 * client.on('callEnd', ({ context, durationMs }) => console.log(context.method, context.id, durationMs));
 * await client.call('pool.query', [], { context: { volume: 'pvc-123' } });
 * ```
 */
export type CallContext = {
  /** Request id on the wire (unique per client). */
  readonly id: number;
  /** JSON-RPC method. */
  readonly method: string;
  /** 1 for the first send, incremented on each re-send. */
  attempt: number;
  /** `Date.now()` when the call was made. */
  readonly startedAt: number;
  /** Caller-supplied fields. */
  readonly [field: string]: unknown;
};
