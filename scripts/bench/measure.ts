/** Runs `call` with `concurrency` callers for `durationMs`; returns calls/s and per-call latencies (ms). */
export async function measureThroughput(call: () => Promise<unknown>, concurrency: number, durationMs: number) {
  const latencies: number[] = [];
  let count = 0;
  const end = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      await call();
      latencies.push(performance.now() - start);
      count++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: (count / elapsed) * 1000, p50: pick(0.5), p99: pick(0.99) };
}
