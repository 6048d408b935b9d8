// Benchmarks result validation of @tn/api against bare JSON.parse: a 200 KB `pool.dataset.query` result (ZFS property
// objects on every row) parsed with JSON.parse alone, then with JSON.parse + PoolDatasetQueryResultSchema.parse.
// Run: node --conditions=@tn/source --import tsx scripts/bench/apiValidation.ts
import { pathToFileURL } from 'node:url';
// zod is a dependency of @tn/api, not of the workspace root: import @tn/api's copy (the same module instance).
import { z } from '../../packages/api/node_modules/zod/index.js';
import { PoolDatasetEntrySchema, PoolDatasetQueryResultSchema, zfsProperty } from '../../packages/api/src/schemas.js';
import type { BenchRow } from './benchRow.js';

const TARGET_BYTES = 200 * 1024;
const MAX_RATIO = 1.3;

const PROPERTIES = [
  'comments', 'quota_warning', 'quota_critical', 'refquota_warning', 'refquota_critical', 'managedby',
  'deduplication', 'aclmode', 'acltype', 'xattr', 'atime', 'casesensitivity', 'checksum', 'exec', 'sync',
  'compression', 'compressratio', 'origin', 'quota', 'refquota', 'reservation', 'refreservation', 'copies',
  'snapdir', 'readonly', 'recordsize', 'sparse', 'volsize', 'volblocksize', 'key_format', 'encryption_algorithm',
  'used', 'usedbychildren', 'usedbydataset', 'usedbyrefreservation', 'usedbysnapshots', 'available',
  'special_small_block_size', 'pbkdf2iters', 'creation', 'snapdev',
] as const; // biome-ignore format: one list

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

function property(next: () => number, name: string) {
  const roll = next();
  if (roll < 0.5) {
    const bytes = Math.floor(next() * 2 ** 40);
    return {
      parsed: bytes,
      rawvalue: String(bytes),
      value: `${(bytes / 2 ** 30).toFixed(2)}G`,
      source: 'NONE',
      source_info: null,
    };
  }
  if (roll < 0.8) return { parsed: 'off', rawvalue: 'off', value: 'OFF', source: 'DEFAULT', source_info: null };
  return {
    parsed: `${name}-v`,
    rawvalue: `${name}-v`,
    value: `${name.toUpperCase()}`,
    source: 'INHERITED',
    source_info: 'tank',
  };
}

/** JSON text of `pool.dataset.query` rows as 25.10 returns them, about `bytes` long. */
export function datasetQueryText(bytes = TARGET_BYTES): string {
  const next = random(7);
  const rows: unknown[] = [];
  let size = 2;
  for (let i = 0; size < bytes; i++) {
    const name = `tank/share/ds${i}`;
    const row: Record<string, unknown> = {
      id: name,
      type: next() < 0.8 ? 'FILESYSTEM' : 'VOLUME',
      name,
      pool: 'tank',
      encrypted: false,
      encryption_root: null,
      key_loaded: false,
      children: [],
      user_properties: { 'org.example:owner': { value: 'ops', rawvalue: 'ops', source: 'LOCAL', parsed: 'ops' } },
      locked: false,
    };
    for (const prop of PROPERTIES) row[prop] = property(next, prop);
    row.mountpoint = `/mnt/${name}`;
    size += JSON.stringify(row).length + 1;
    rows.push(row);
  }
  return JSON.stringify(rows);
}

/**
 * Times `base` and each contender in interleaved rounds (batches of `calls`), so load changes hit them alike.
 * Returns the median ms per call of `base` and, per contender, the median of its per-round ratio to `base`.
 */
function timeRatios(base: () => unknown, contenders: (() => unknown)[], rounds = 61, calls = 10) {
  const fns = [base, ...contenders];
  for (let i = 0; i < calls * 10; i++) for (const fn of fns) fn();
  const baseMs: number[] = [];
  const ratios = contenders.map(() => [] as number[]);
  const batch = (fn: () => unknown) => {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    return (performance.now() - start) / calls;
  };
  for (let round = 0; round < rounds; round++) {
    contenders.forEach((fn, k) => {
      const b = batch(base);
      baseMs.push(b);
      ratios[k]?.push(batch(fn) / b);
    });
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return { baseMs: median(baseMs), ratios: ratios.map(median) };
}

// @tn/api's schemas are typed against zod's real path, this file imports it through the symlink: the same module at
// run time (Node resolves real paths), two type universes for tsc. These casts bridge them.
const asLocal = (schema: unknown) => schema as z.ZodType;

/** Schemas measured beside the shipped one, to show what the alternatives cost. */
function alternatives() {
  const entry = asLocal(PoolDatasetEntrySchema);
  // The runtime (uncompiled) parser of the same schema.
  const runtime = z.union([z.array(entry), entry, z.number()]);
  // A "limited" schema: only the fields a storage wrapper reads.
  const property = asLocal(zfsProperty(z.unknown() as never)).optional();
  const limited = z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      pool: z.string(),
      type: z.string(),
      used: property,
      available: property,
    }),
  );
  // ZFS property objects as plain loose zod objects instead of zfsProperty's single predicate.
  const looseProperty = z
    .looseObject({
      parsed: z.unknown(),
      rawvalue: z.string().nullish(),
      value: z.string().nullish(),
      source: z.string().nullish(),
      source_info: z.unknown(),
    })
    .optional();
  const looseShape = { ...(PoolDatasetEntrySchema.shape as unknown as Record<string, z.ZodType>) };
  for (const name of PROPERTIES) looseShape[name] = looseProperty;
  const looseProperties = z.compile(z.array(z.looseObject(looseShape)));
  return { runtime, limited, compiledLimited: z.compile(limited), looseProperties };
}

/**
 * Measures JSON.parse alone against JSON.parse + `PoolDatasetQueryResultSchema.parse` on a 200 KB result (target
 * <= 1.3x), and, for reference, the runtime parser, zod `jitless`, and a schema limited to the fields we read.
 *
 * @example
 * ```ts
 * import { runApiValidationBench } from './apiValidation.js';
 *
 * for (const row of await runApiValidationBench()) console.log(row.name, row.value, row.unit);
 * ```
 */
export async function runApiValidationBench(): Promise<BenchRow[]> {
  const text = datasetQueryText();
  const rows = JSON.parse(text) as unknown[];
  const alt = alternatives();
  for (const schema of [PoolDatasetQueryResultSchema, alt.runtime]) {
    if (JSON.stringify(schema.parse(JSON.parse(text))) !== text) throw new Error('apiValidation bench: data changed');
  }
  const parse = () => JSON.parse(text);
  const { baseMs, ratios } = timeRatios(parse, [
    () => PoolDatasetQueryResultSchema.parse(parse()),
    () => alt.runtime.parse(parse()),
    () => alt.looseProperties.parse(parse()),
    () => alt.limited.parse(parse()),
    () => alt.compiledLimited.parse(parse()),
  ]);
  const [ratio, runtime, looseProperties, limited, compiledLimited] = ratios as [
    number,
    number,
    number,
    number,
    number,
  ];
  const previous = z.config().jitless;
  z.config({ jitless: true });
  const jitless = timeRatios(parse, [() => alt.runtime.parse(parse())]).ratios[0] as number;
  z.config({ jitless: previous ?? false });
  const kb = Math.round(text.length / 1024);
  return [
    { name: `apiValidation: JSON.parse, pool.dataset.query ${rows.length} rows (${kb} KB)`, value: baseMs, unit: 'ms' },
    {
      name: 'apiValidation: JSON.parse + PoolDatasetQueryResultSchema.parse / JSON.parse',
      value: ratio,
      unit: 'x',
      target: `<= ${MAX_RATIO}`,
      pass: ratio <= MAX_RATIO,
    },
    { name: 'apiValidation: (ref) same schema, runtime parser (not compiled)', value: runtime, unit: 'x' },
    { name: 'apiValidation: (ref) same schema, runtime parser, zod jitless', value: jitless, unit: 'x' },
    { name: 'apiValidation: (ref) ZFS properties as z.looseObject, compiled', value: looseProperties, unit: 'x' },
    { name: 'apiValidation: (ref) only the fields a wrapper reads, runtime', value: limited, unit: 'x' },
    { name: 'apiValidation: (ref) only the fields a wrapper reads, compiled', value: compiledLimited, unit: 'x' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runApiValidationBench();
  for (const { name, value, unit, target, pass } of results) {
    const verdict = target === undefined ? '' : ` (target ${target}: ${pass ? 'pass' : 'FAIL'})`;
    console.log(`${name}: ${value.toFixed(3)} ${unit}${verdict}`);
  }
  if (results.some((row) => row.pass === false)) process.exitCode = 1;
}
