import { fileURLToPath } from 'node:url';
import { createClient } from '@tn/rpc';
import type { BenchRow } from './benchRow.js';
import { startChildServer, stopChildServer } from './childServer.js';
import { measureThroughput } from './measure.js';
import { openFloorClient } from './rawFloorClient.js';

const DURATION = Number(process.env.TN_BENCH_MS ?? 1500);
const ROUNDS = Number(process.env.TN_BENCH_ROUNDS ?? 5);

type Sample = { perSecond: number; p50: number; p99: number };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medians = (samples: Sample[]): Sample => ({
  perSecond: median(samples.map((s) => s.perSecond)),
  p50: median(samples.map((s) => s.p50)),
  p99: median(samples.map((s) => s.p99)),
});

/** @tn/rpc against the floor, on the same child-process server, interleaved round by round. */
export async function runRpcBench(): Promise<BenchRow[]> {
  const script = fileURLToPath(new URL('./pingServer.ts', import.meta.url));
  const { port, child } = await startChildServer(script);
  const url = `ws://127.0.0.1:${port}/api/current`;
  const rows: BenchRow[] = [];
  try {
    const floor = await openFloorClient(url);
    const capped = createClient({ url, keepAlive: false });
    const uncapped = createClient({ url, keepAlive: false, maxInFlight: 1024 });
    await capped.connect();
    await uncapped.connect();
    for (const concurrency of [1, 64, 1024]) {
      const runs = { floor: [] as Sample[], rpc: [] as Sample[], capped: [] as Sample[] };
      // Interleave the contenders round by round and take medians: robust against a noisy, shared machine.
      for (let round = 0; round < ROUNDS; round++) {
        runs.floor.push(await measureThroughput(() => floor.call('core.ping'), concurrency, DURATION));
        runs.rpc.push(await measureThroughput(() => uncapped.call('core.ping'), concurrency, DURATION));
        runs.capped.push(await measureThroughput(() => capped.call('core.ping'), concurrency, DURATION));
      }
      const f = medians(runs.floor);
      const r = medians(runs.rpc);
      const c = medians(runs.capped);
      const ratio = r.perSecond / f.perSecond;
      rows.push({ name: `floor calls/s @${concurrency}`, value: Math.round(f.perSecond), unit: 'calls/s' });
      rows.push({ name: `@tn/rpc calls/s @${concurrency}`, value: Math.round(r.perSecond), unit: 'calls/s' });
      rows.push({
        name: `@tn/rpc / floor @${concurrency}`,
        value: ratio,
        unit: '×',
        ...(concurrency === 1 ? {} : { target: '≥ 0.95', pass: ratio >= 0.95 }),
      });
      rows.push({
        name: `@tn/rpc (cap 20, default) calls/s @${concurrency}`,
        value: Math.round(c.perSecond),
        unit: 'calls/s',
      });
      if (concurrency === 64) {
        rows.push({ name: 'floor p50 @64', value: f.p50, unit: 'ms' });
        rows.push({ name: 'floor p99 @64', value: f.p99, unit: 'ms' });
        rows.push({ name: '@tn/rpc p50 @64', value: r.p50, unit: 'ms' });
        rows.push({ name: '@tn/rpc p99 @64', value: r.p99, unit: 'ms' });
        const p99 = r.p99 / f.p99;
        rows.push({ name: '@tn/rpc p99 / floor p99 @64', value: p99, unit: '×', target: '≤ 1.25', pass: p99 <= 1.25 });
      }
    }
    floor.close();
    await capped.close();
    await uncapped.close();
    rows.push(...(await measurePendingHeap(url)));
  } finally {
    await stopChildServer(child);
  }
  return rows;
}

/** Heap bytes per pending call (timeouts on, caller context on), measured with calls the server never answers. */
async function measurePendingHeap(url: string): Promise<BenchRow[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc)
    return [
      { name: 'heap bytes / pending call', value: Number.NaN, unit: 'B', target: 'run with --expose-gc', pass: false },
    ];
  const N = 20_000;
  const client = createClient({ url, keepAlive: false, maxInFlight: 1024, context: { service: 'bench' } });
  await client.connect();
  const pending: Promise<unknown>[] = new Array(N).fill(undefined);
  const options = { timeout: 600_000, context: { volume: 'pvc' } };
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < N; i++) pending[i] = client.call('test.hold', undefined, options);
  gc();
  const after = process.memoryUsage().heapUsed;
  const perCall = (after - before) / N;
  for (const p of pending) p.catch(() => {});
  await client.close();
  await Promise.allSettled(pending);
  return [
    { name: 'heap bytes / pending call', value: Math.round(perCall), unit: 'B', target: '≤ 450', pass: perCall <= 450 },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { formatRows } = await import('./benchRow.js');
  console.log(formatRows(await runRpcBench()));
}
