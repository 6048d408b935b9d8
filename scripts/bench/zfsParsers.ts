/**
 * Benchmarks of the @tn/zfs parsers.
 *
 * Run: `node --expose-gc --conditions=@tn/source --import tsx scripts/bench/zfsParsers.ts` (the condition makes
 * `@tn/rpc` resolve to its sources, as in tests), or add `runZfsParserBench` to the suites of `scripts/bench.ts`.
 *
 * - `zpool status` text of a 1,000-device pool vs `JSON.parse` of its `zpool status -j --json-int` form (target ≤ 3×).
 * - `zfs list -H -p` of 100,000 datasets vs a bare `split('\n').map((l) => l.split('\t'))` (target ≥ 0.5× its speed).
 * - Linearity: parsing 10× the input takes ≤ 12× the time (zpool status, zfs list, zpool events -v).
 *
 * Timed runs alternate between the two sides of each comparison and start after a forced GC; ratios are medians of
 * the per-pair ratios, times are medians.
 */
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseZfsList } from '../../packages/zfs/src/parsers/parseZfsList.js';
import { parseZpoolEvents } from '../../packages/zfs/src/parsers/parseZpoolEvents.js';
import { parseZpoolStatus } from '../../packages/zfs/src/parsers/parseZpoolStatus.js';
import { type BenchRow, formatRows } from './benchRow.js';

export type { BenchRow };

const NAME_WIDTH = 44;

function statusRow(depth: number, name: string): string {
  return `\t${' '.repeat(depth)}${name.padEnd(NAME_WIDTH - depth)}  ${'ONLINE'.padEnd(8)}     0     0     0`;
}

/** `zpool status` text and `-j --json-int` JSON of one pool with `leaves` disks in raidz2 groups of 10. */
export function makeStatus(leaves: number): { text: string; json: string } {
  const lines = [
    '  pool: tank',
    ' state: ONLINE',
    '  scan: scrub repaired 0B in 01:15:42 with 0 errors on Sun Feb 11 04:00:01 2024',
    'config:',
    '',
    `\t${'NAME'.padEnd(NAME_WIDTH)}  STATE     READ WRITE CKSUM`,
    statusRow(0, 'tank'),
  ];
  const top: string[] = [];
  let guid = 10_000_000_000_000_000_000n;
  for (let g = 0; g * 10 < leaves; g++) {
    lines.push(statusRow(2, `raidz2-${g}`));
    const children: string[] = [];
    for (let i = g * 10; i < Math.min(leaves, g * 10 + 10); i++) {
      const name = `wwn-0x5000c500${String(i).padStart(8, '0')}-part1`;
      lines.push(statusRow(4, name));
      children.push(
        `"${name}":{"name":"${name}","vdev_type":"disk","guid":${guid++},"path":"/dev/disk/by-id/${name}",` +
          '"class":"normal","state":"ONLINE","rep_dev_size":1999345549312,"phys_space":1999833661440,' +
          '"read_errors":0,"write_errors":0,"checksum_errors":0,"slow_ios":0}',
      );
    }
    top.push(
      `"raidz2-${g}":{"name":"raidz2-${g}","vdev_type":"raidz","guid":${guid++},"class":"normal","state":"ONLINE",` +
        '"alloc_space":214695936,"total_space":15994458210304,"def_space":12776823062528,"read_errors":0,' +
        `"write_errors":0,"checksum_errors":0,"vdevs":{${children.join(',')}}}`,
    );
  }
  lines.push('', 'errors: No known data errors', '');
  const json =
    '{"output_version":{"command":"zpool status","vers_major":0,"vers_minor":1},"pools":{"tank":{"name":"tank",' +
    `"state":"ONLINE","pool_guid":${guid},"txg":3124818,"spa_version":5000,"zpl_version":5,"scan_stats":{` +
    '"function":"SCRUB","state":"FINISHED","start_time":1764050401,"end_time":1764050594,"to_examine":93598175232,' +
    '"examined":93615464448,"errors":0},"vdevs":{"tank":{"name":"tank","vdev_type":"root","state":"ONLINE",' +
    `"read_errors":0,"write_errors":0,"checksum_errors":0,"vdevs":{${top.join(',')}}}},"error_count":0}}}`;
  return { text: lines.join('\n'), json };
}

/** `zfs list -H -p -o name,used,available,referenced,mountpoint` of `count` datasets. */
export function makeZfsList(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`tank/data/ds${i}\t${9_007_104 + i}\t85651456000\t${139_264 + i}\t/mnt/tank/data/ds${i}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `zpool events -v` with `count` events. */
export function makeEvents(count: number): string {
  const lines = ['TIME                           CLASS'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `Mar 25 2015 00:21:${String(i % 60).padStart(2, '0')}.736548371 ereport.fs.zfs.checksum`,
      '        class = "ereport.fs.zfs.checksum"',
      `        ena = 0x${(i + 4096).toString(16)}`,
      '        detector = (embedded nvlist)',
      '                version = 0x0',
      '                scheme = "zfs"',
      '        (end detector)',
      '        pool = "tank"',
      '        time = 0x551237b8 0x2be6d613',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Forces a full GC between timed runs so garbage of one run is not collected during the next. */
const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : () => {};
  } catch {
    return () => {};
  }
})();

function timeOnce(fn: () => unknown): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Times `a` and `b` alternately (so both see the same machine load). Returns the median milliseconds per call of
 * each and the median of the per-pair ratios `b / a` (robust when other processes load the machine).
 */
function compare(a: () => unknown, b: () => unknown, runs: number): { a: number; b: number; ratio: number } {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const timeA = timeOnce(a);
    const timeB = timeOnce(b);
    timesA.push(timeA);
    timesB.push(timeB);
    ratios.push(timeB / timeA);
  }
  return { a: median(timesA), b: median(timesB), ratio: median(ratios) };
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

/**
 * Linearity: one parse of a 10× input against ten parses of the 1× input whose results are all kept alive, so both
 * sides end with the same live heap (otherwise the 10× run alone pays for promoting its result out of V8's young
 * generation, which measures the garbage collector rather than the parser). Runs alternate; medians are compared.
 */
function linearity(
  name: string,
  small: string,
  large: string,
  parse: (text: string) => unknown,
  runs: number,
): BenchRow[] {
  const timing = compare(
    () => {
      const kept: unknown[] = [];
      for (let i = 0; i < 10; i++) kept.push(parse(small));
      return kept;
    },
    () => parse(large),
    runs,
  );
  const one = timing.a / 10;
  const oneLarge = timing.b;
  // time(10 kept parses of 1×) / 10 is one 1× parse, so time(10×) / time(1×) = 10 × the pair ratio.
  const ratio = timing.ratio * 10;
  return [
    { name: `${name}: 1× input (mean of 10 kept parses)`, value: round(one), unit: 'ms' },
    { name: `${name}: 10× input`, value: round(oneLarge), unit: 'ms' },
    { name: `${name}: time(10×) / time(1×)`, value: round(ratio, 2), unit: '×', target: '≤ 12', pass: ratio <= 12 },
  ];
}

/**
 * Runs every benchmark and returns one row per measurement (with `target` and `pass` where a goal applies).
 *
 * @example
 * ```ts
 * import { runZfsParserBench } from './scripts/bench/zfsParsers.js';
 *
 * const failed = (await runZfsParserBench()).filter((row) => row.pass === false);
 * ```
 */
export async function runZfsParserBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const pool = makeStatus(1000);
  const status = compare(
    () => JSON.parse(pool.json),
    () => parseZpoolStatus(pool.text),
    200,
  );
  const statusMs = status.b;
  const jsonMs = status.a;
  const statusRatio = status.ratio;
  rows.push(
    { name: 'zpool status text, 1,000 devices: parseZpoolStatus', value: round(statusMs), unit: 'ms' },
    { name: 'zpool status -j, same pool: JSON.parse', value: round(jsonMs), unit: 'ms' },
    {
      name: 'parseZpoolStatus(text) / JSON.parse(json)',
      value: round(statusRatio, 2),
      unit: '×',
      target: '≤ 3',
      pass: statusRatio <= 3,
    },
  );

  const list = makeZfsList(100_000);
  const columns = ['name', 'used', 'available', 'referenced', 'mountpoint'];
  const listing = compare(
    () => list.split('\n').map((line) => line.split('\t')),
    () => parseZfsList(list, { columns }),
    21,
  );
  const baselineMs = listing.a;
  const listMs = listing.b;
  const speed = 1 / listing.ratio;
  rows.push(
    { name: 'zfs list -H -p, 100,000 datasets: split baseline', value: round(baselineMs), unit: 'ms' },
    { name: 'zfs list -H -p, 100,000 datasets: parseZfsList', value: round(listMs), unit: 'ms' },
    {
      name: 'parseZfsList speed / baseline speed',
      value: round(speed, 2),
      unit: '×',
      target: '≥ 0.5',
      pass: speed >= 0.5,
    },
  );

  rows.push(
    ...linearity('zpool status', makeStatus(2000).text, makeStatus(20_000).text, parseZpoolStatus, 21),
    ...linearity('zfs list -H', makeZfsList(10_000), makeZfsList(100_000), (t) => parseZfsList(t, { columns }), 25),
    ...linearity('zpool events -v', makeEvents(1000), makeEvents(10_000), (t) => parseZpoolEvents(t), 21),
  );
  return rows;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const rows = await runZfsParserBench();
  console.log(formatRows(rows));
  if (rows.some((row) => row.pass === false)) process.exitCode = 1;
}
