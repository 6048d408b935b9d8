const WINDOW = 4096;

/**
 * Point-in-time counters of a client, shaped for a Prometheus exporter.
 *
 * @example
 * ```ts
 * import type { MetricsSnapshot } from '@tn/rpc';
 *
 * function report(m: MetricsSnapshot) { console.log(m.calls['pool.query'] ?? 0, m.latencyMs.p99); }
 * ```
 */
export type MetricsSnapshot = {
  /** Completed calls by method. */
  calls: Record<string, number>;
  /** Failed calls by method, then by error code. */
  errors: Record<string, Record<string, number>>;
  /** Calls sent again (busy replies, re-login, idempotent resends). */
  retries: number;
  /** Successful reconnections. */
  reconnects: number;
  /** Frames from the server that were not valid JSON-RPC or matched no call. */
  protocolErrors: number;
  /** Calls on the wire now (including timed-out ones still holding a slot). */
  inFlight: number;
  /** Calls waiting for a slot or a connection. */
  queued: number;
  /** Latency percentiles (ms) over the most recent completed calls. */
  latencyMs: { count: number; p50: number; p90: number; p99: number; max: number };
};

/**
 * Collects counters and a sliding latency window. @internal
 */
export class Metrics {
  readonly calls = new Map<string, number>();
  readonly errors = new Map<string, Map<string, number>>();
  retries = 0;
  reconnects = 0;
  protocolErrors = 0;
  private readonly latencies = new Float64Array(WINDOW);
  private samples = 0;

  record(method: string, durationMs: number, errorCode: string | undefined): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    if (errorCode !== undefined) {
      const byCode = this.errors.get(method) ?? new Map<string, number>();
      this.errors.set(method, byCode);
      byCode.set(errorCode, (byCode.get(errorCode) ?? 0) + 1);
    }
    this.latencies[this.samples % WINDOW] = durationMs;
    this.samples++;
  }

  snapshot(inFlight: number, queued: number): MetricsSnapshot {
    const n = Math.min(this.samples, WINDOW);
    const sorted = Array.from(this.latencies.subarray(0, n)).sort((a, b) => a - b);
    const pick = (q: number) => (n === 0 ? 0 : (sorted[Math.min(n - 1, Math.floor(q * n))] ?? 0));
    const errors: MetricsSnapshot['errors'] = {};
    for (const [method, byCode] of this.errors) errors[method] = Object.fromEntries(byCode);
    return {
      calls: Object.fromEntries(this.calls),
      errors,
      retries: this.retries,
      reconnects: this.reconnects,
      protocolErrors: this.protocolErrors,
      inFlight,
      queued,
      latencyMs: {
        count: this.samples,
        p50: pick(0.5),
        p90: pick(0.9),
        p99: pick(0.99),
        max: n === 0 ? 0 : (sorted[n - 1] ?? 0),
      },
    };
  }
}
