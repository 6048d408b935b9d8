// Benchmarks the query engine against hand-written JS. Run: pnpm tsx --conditions=@tn/source scripts/bench/queryEngine.ts
import { pathToFileURL } from 'node:url';
import { filterList } from '../../packages/api/src/query/filterList.js';

/**
 * One benchmark measurement.
 *
 * @example
 * ```ts
 * import type { BenchRow } from './queryEngine.js';
 *
 * const row: BenchRow = { name: 'ratio', value: 1.4, unit: 'x', target: '<= 2', pass: true };
 * ```
 */
export type BenchRow = { name: string; value: number; unit: string; target?: string; pass?: boolean };

type DatasetRow = {
  id: string;
  name: string;
  pool: string;
  type: 'FILESYSTEM' | 'VOLUME';
  used: { parsed: number; rawvalue: string; value: string; source: string };
  available: { parsed: number; rawvalue: string; value: string; source: string };
  encrypted: boolean;
  children: unknown[];
};

const ROWS = 10_000;
const MAX_RATIO = 2;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function property(parsed: number) {
  return { parsed, rawvalue: String(parsed), value: `${(parsed / 1024 ** 3).toFixed(2)}G`, source: 'NONE' };
}

function buildRows(): DatasetRow[] {
  const next = random(42);
  const pools = ['tank', 'boot-pool', 'backup', 'fast'];
  return Array.from({ length: ROWS }, (_, i) => {
    const pool = pools[i % pools.length] as string;
    return {
      id: `${pool}/ds${i}`,
      name: `${pool}/ds${i}`,
      pool,
      type: next() < 0.8 ? 'FILESYSTEM' : 'VOLUME',
      used: property(Math.floor(next() * 2 ** 40)),
      available: property(Math.floor(next() * 2 ** 40)),
      encrypted: next() < 0.3,
      children: [],
    };
  });
}

function handWritten(rows: readonly DatasetRow[], limit: number): DatasetRow[] {
  const sorted = rows
    .filter((row) => row.type === 'FILESYSTEM' && row.used.parsed > 2 ** 38)
    .sort((a, b) => b.used.parsed - a.used.parsed);
  return limit > 0 ? sorted.slice(0, limit) : sorted;
}

function engine(rows: readonly DatasetRow[], limit: number): DatasetRow[] {
  return filterList(
    rows,
    [
      ['type', '=', 'FILESYSTEM'],
      ['used.parsed', '>', 2 ** 38],
    ],
    { order_by: ['-used.parsed'], limit },
  );
}

function sameRows(a: readonly DatasetRow[], b: readonly DatasetRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/** Median milliseconds per call of `a` and `b`, measured in alternating rounds so machine load hits both alike. */
function timePair(a: () => unknown, b: () => unknown, rounds = 21, calls = 10): [number, number] {
  for (let i = 0; i < calls * 3; i++) {
    a();
    b();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [fn, samples] of [
      [a, samplesA],
      [b, samplesB],
    ] as const) {
      const start = performance.now();
      for (let i = 0; i < calls; i++) fn();
      samples.push((performance.now() - start) / calls);
    }
  }
  const median = (samples: number[]) => samples.sort((x, y) => x - y)[Math.floor(samples.length / 2)] as number;
  return [median(samplesA), median(samplesB)];
}

/**
 * Times `filterList` (2 filters + `order_by` + `limit 50` over 10,000 dataset-like rows) against a hand-written
 * `filter` + `sort` + `slice`, after checking both give the same rows.
 *
 * @returns The two timings and their ratio (target: at most 2x).
 * @example
 * ```ts
 * import { runQueryEngineBench } from './queryEngine.js';
 *
 * for (const row of await runQueryEngineBench()) console.log(row.name, row.value, row.unit);
 * ```
 */
export async function runQueryEngineBench(): Promise<BenchRow[]> {
  const rows = buildRows();
  if (!sameRows(engine(rows, 50), handWritten(rows, 50)) || !sameRows(engine(rows, 0), handWritten(rows, 0))) {
    throw new Error('queryEngine bench: filterList and the hand-written query disagree');
  }
  const [engineMs, handMs] = timePair(
    () => engine(rows, 50),
    () => handWritten(rows, 50),
  );
  const [engineFullMs, handFullMs] = timePair(
    () => engine(rows, 0),
    () => handWritten(rows, 0),
  );
  const ratio = engineMs / handMs;
  return [
    { name: 'queryEngine: filterList, 2 filters + order_by + limit 50 (10k rows)', value: engineMs, unit: 'ms' },
    { name: 'queryEngine: hand-written filter + sort + slice', value: handMs, unit: 'ms' },
    {
      name: 'queryEngine: filterList / hand-written',
      value: ratio,
      unit: 'x',
      target: `<= ${MAX_RATIO}`,
      pass: ratio <= MAX_RATIO,
    },
    {
      name: 'queryEngine: same without limit (full sort), filterList / hand-written',
      value: engineFullMs / handFullMs,
      unit: 'x',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runQueryEngineBench();
  for (const { name, value, unit, target, pass } of results) {
    const verdict = target === undefined ? '' : ` (target ${target}: ${pass ? 'pass' : 'FAIL'})`;
    console.log(`${name}: ${value.toFixed(3)} ${unit}${verdict}`);
  }
  if (results.some((row) => row.pass === false)) process.exitCode = 1;
}
