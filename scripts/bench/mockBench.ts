import { fileURLToPath } from 'node:url';
import { DEFAULT_API_KEY } from '@tn/mock';
import type { BenchRow } from './benchRow.js';
import { startChildServer, stopChildServer } from './childServer.js';
import { measureThroughput } from './measure.js';
import { openFloorClient } from './rawFloorClient.js';

const DURATION = Number(process.env.TN_BENCH_MS ?? 1500);
const ROUNDS = Number(process.env.TN_BENCH_ROUNDS ?? 3);
const CONCURRENCY = 20; // the middleware's per-connection limit

/** core.ping through @tn/mock vs a bare JSON-RPC echo server, with the same raw client, interleaved. */
export async function runMockBench(): Promise<BenchRow[]> {
  const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
  const echo = await startChildServer(here('./pingServer.ts'));
  const mock = await startChildServer(here('./mockServerProcess.ts'));
  try {
    const echoClient = await openFloorClient(`ws://127.0.0.1:${echo.port}/api/current`);
    const mockClient = await openFloorClient(`ws://127.0.0.1:${mock.port}/api/current`);
    // Log in first: unauthenticated core.ping is rate limited, as on the real server.
    const ok = await mockClient.call('auth.login_with_api_key', [DEFAULT_API_KEY]);
    if (ok !== true) throw new Error('benchmark login to the mock failed');
    let bestEcho = 0;
    let bestMock = 0;
    for (let round = 0; round < ROUNDS; round++) {
      bestEcho = Math.max(
        bestEcho,
        (await measureThroughput(() => echoClient.call('core.ping'), CONCURRENCY, DURATION)).perSecond,
      );
      bestMock = Math.max(
        bestMock,
        (await measureThroughput(() => mockClient.call('core.ping'), CONCURRENCY, DURATION)).perSecond,
      );
    }
    echoClient.close();
    mockClient.close();
    const ratio = bestMock / bestEcho;
    return [
      { name: `bare echo server core.ping/s @${CONCURRENCY}`, value: Math.round(bestEcho), unit: 'calls/s' },
      { name: `@tn/mock core.ping/s @${CONCURRENCY}`, value: Math.round(bestMock), unit: 'calls/s' },
      { name: '@tn/mock / echo server', value: ratio, unit: '×', target: '≥ 0.7', pass: ratio >= 0.7 },
    ];
  } finally {
    await stopChildServer(echo.child);
    await stopChildServer(mock.child);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { formatRows } = await import('./benchRow.js');
  console.log(formatRows(await runMockBench()));
}
