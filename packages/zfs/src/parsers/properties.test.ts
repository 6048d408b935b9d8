import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { summarizePoolHealth } from '../health/summarizePoolHealth.js';
import type { ZpoolVdev } from '../model/zpoolStatusParts.js';
import { CORPUS_DIR, readCorpus } from './__fixtures__/readCorpus.js';
import { parseArcstats } from './parseArcstats.js';
import { parseKstat } from './parseKstat.js';
import { parseKstatPoolState } from './parseKstatPoolState.js';
import { parseZfsDate } from './parseZfsDate.js';
import { parseZfsDestroyDryRun } from './parseZfsDestroyDryRun.js';
import { parseZfsDiff } from './parseZfsDiff.js';
import { parseZfsGet } from './parseZfsGet.js';
import { parseZfsHolds } from './parseZfsHolds.js';
import { parseZfsList } from './parseZfsList.js';
import { parseZfsNumber } from './parseZfsNumber.js';
import { parseZfsReceive } from './parseZfsReceive.js';
import { parseZfsSend } from './parseZfsSend.js';
import { parseZpoolEvents } from './parseZpoolEvents.js';
import { parseZpoolGet } from './parseZpoolGet.js';
import { parseZpoolHistory } from './parseZpoolHistory.js';
import { parseZpoolImport } from './parseZpoolImport.js';
import { parseZpoolIostat } from './parseZpoolIostat.js';
import { parseZpoolList } from './parseZpoolList.js';
import { parseZpoolStatus } from './parseZpoolStatus.js';
import { parseZpoolStatusJson } from './parseZpoolStatusJson.js';
import { parseJsonSafe } from './safeJson.js';

const PARSERS: Record<string, (text: string) => unknown> = {
  parseZpoolStatus,
  parseZpoolStatusJson,
  parseZpoolImport,
  parseZfsList: (t) => parseZfsList(t),
  parseZfsGet: (t) => parseZfsGet(t),
  parseZpoolList: (t) => parseZpoolList(t),
  parseZpoolGet: (t) => parseZpoolGet(t),
  parseZfsDiff: (t) => parseZfsDiff(t),
  parseZfsSend: (t) => parseZfsSend(t),
  parseZfsReceive: (t) => parseZfsReceive(t),
  parseZfsDestroyDryRun: (t) => parseZfsDestroyDryRun(t),
  parseZfsHolds,
  parseZpoolHistory: (t) => parseZpoolHistory(t),
  parseZpoolEvents: (t) => parseZpoolEvents(t),
  parseZpoolIostat: (t) => parseZpoolIostat(t),
  parseKstat,
  parseArcstats,
  parseKstatPoolState,
};

/** Every line of every corpus file: realistic material for random mixes. */
const CORPUS_LINES = readdirSync(CORPUS_DIR)
  .filter((dir) => !dir.includes('.'))
  .flatMap((dir) =>
    readdirSync(path.join(CORPUS_DIR, dir))
      .filter((file) => !file.endsWith('.src.txt'))
      .flatMap((file) => readCorpus(dir, file).split('\n')),
  );

const NASTY = [
  '__proto__',
  '  pool: __proto__',
  '__proto__: {"polluted": true}',
  '\t__proto__  ONLINE  0 0 0',
  '{"__proto__": {"polluted": true}, "pools": {"__proto__": {"name": "__proto__"}}}',
  '        __proto__ = "polluted"',
  '        constructor = (embedded nvlist)',
  'constructor\tprototype\t__proto__\t-',
  'NAME  __proto__  VALUE',
  'M\t/__proto__',
];

const lineArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CORPUS_LINES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
);
const textArb = fc.array(lineArb, { maxLength: 40 }).map((lines) => lines.join('\n'));

function expectOnlyParseErrors(parse: (text: string) => unknown, text: string): unknown {
  try {
    return parse(text);
  } catch (err) {
    if (!(err instanceof ZfsParseError)) throw err;
    return undefined;
  }
}

function expectInert(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  expect([Object.prototype, Array.prototype, Date.prototype]).toContain(proto);
  for (const key of Object.keys(value)) expectInert((value as Record<string, unknown>)[key], seen);
}

describe('parser properties', () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`behavior: ${name} throws nothing but ZfsParseError on arbitrary text and line mixes; __proto__ stays inert`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), textArb), (text) => {
          const result = expectOnlyParseErrors(parse, text);
          expectInert(result);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: 150 },
      );
    });
  }

  it('behavior: summarizePoolHealth accepts whatever parseZpoolStatus returns', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const status = expectOnlyParseErrors(parseZpoolStatus, text) as ReturnType<typeof parseZpoolStatus> | undefined;
        if (status !== undefined)
          expect(['healthy', 'degraded', 'critical', 'unknown']).toContain(summarizePoolHealth(status).level);
      }),
      { numRuns: 150 },
    );
  });

  it('behavior: generated status trees round-trip through text, with TAB or space indentation', () => {
    const STATES = ['ONLINE', 'DEGRADED', 'FAULTED', 'OFFLINE', 'REMOVED', 'UNAVAIL'];
    const countArb = fc.oneof(
      fc.constant('0'),
      fc.nat({ max: 99_999 }).map(String),
      fc.constantFrom('1.68K', '13.2K', '2.10M'),
    );
    const leafArb = fc.record({
      name: fc.stringMatching(/^[a-z][a-z0-9_-]{0,12}$/),
      state: fc.constantFrom(...STATES),
      counts: fc.tuple(countArb, countArb, countArb),
    });
    const topArb = fc.record({
      kind: fc.constantFrom('mirror', 'raidz2', 'leaf'),
      leaves: fc.array(leafArb, { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(topArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\t', '        ', '    '),
        (tops, indent) => {
          const row = (depth: number, name: string, state: string, counts: string[]) =>
            `${indent}${' '.repeat(depth * 2)}${name.padEnd(24 - depth * 2)}  ${state.padEnd(8)} ${counts.map((c) => c.padStart(5)).join(' ')}`;
          const lines = [
            '  pool: tank',
            ' state: ONLINE',
            'config:',
            '',
            `${indent}NAME  STATE  READ WRITE CKSUM`,
            row(0, 'tank', 'ONLINE', ['0', '0', '0']),
          ];
          const expected: string[] = [];
          tops.forEach((top, i) => {
            if (top.kind === 'leaf') {
              const leaf = top.leaves[0] as (typeof top.leaves)[number];
              lines.push(row(1, leaf.name, leaf.state, leaf.counts));
              expected.push(`${leaf.name}:${leaf.state}:${leaf.counts.join('/')}`);
              return;
            }
            const name = `${top.kind}-${i}`;
            lines.push(row(1, name, 'ONLINE', ['0', '0', '0']));
            expected.push(`${name}:ONLINE:0/0/0`);
            for (const leaf of top.leaves) {
              lines.push(row(2, leaf.name, leaf.state, leaf.counts));
              expected.push(`  ${leaf.name}:${leaf.state}:${leaf.counts.join('/')}`);
            }
          });
          lines.push('', 'errors: No known data errors');
          const root = parseZpoolStatus(lines.join('\n')).pools[0]?.root;
          const flat = (v: ZpoolVdev, depth: number): string[] => [
            `${'  '.repeat(depth)}${v.name}:${v.state}:${[v.read, v.write, v.cksum].map((n) => n?.text).join('/')}`,
            ...v.children.flatMap((c) => flat(c, depth + 1)),
          ];
          expect(root?.children.flatMap((c) => flat(c, 0))).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('behavior: TABs expanded to spaces parse the same (every TAB-indented status corpus file)', () => {
    const files = readdirSync(path.join(CORPUS_DIR, 'zpool-status')).filter(
      (f) => f.endsWith('.txt') && !f.endsWith('.src.txt'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...files), (file) => {
        const text = readCorpus('zpool-status', file);
        const expanded = text.replace(/^[ \t]+/gm, (lead) => {
          let width = 0;
          for (const ch of lead) width = ch === '\t' ? width - (width % 8) + 8 : width + 1;
          return ' '.repeat(width);
        });
        expect(parseZpoolStatus(expanded).pools.map((p) => p.root)).toEqual(
          parseZpoolStatus(text).pools.map((p) => p.root),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('behavior: 64-bit integers survive parseJsonSafe exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.string(), (n, s) => {
        const value = parseJsonSafe(`{"guid":${n},"s":${JSON.stringify(s)}}`) as { guid: unknown; s: string };
        expect(String(value.guid)).toBe(String(n));
        expect(value.s).toBe(s);
      }),
    );
  });

  it('behavior: plain integers parse exactly; nicenum-style values round-trip within rounding', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseZfsNumber(String(n))).toEqual({ value: n, text: String(n), exact: true });
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1, max: 999, noNaN: true }), fc.integer({ min: 1, max: 5 }), (mantissa, power) => {
        const text = `${mantissa.toFixed(2)}${'KMGTP'[power - 1]}`;
        const parsed = parseZfsNumber(text);
        expect(parsed?.value).toBe(Math.round(Number(mantissa.toFixed(2)) * 1024 ** power));
      }),
    );
  });

  it('behavior: parseZfsDate never throws and keeps the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseZfsDate(text).text).toBe(text.trim());
      }),
    );
  });
});
