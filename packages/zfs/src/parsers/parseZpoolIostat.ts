import { ZfsParseError } from '../errors.js';
import type { ZfsNumber } from '../model/zfsNumber.js';
import type { ZpoolIostat, ZpoolIostatRow, ZpoolIostatSample } from '../model/zpoolIostat.js';
import { splitLines } from './lineParser.js';
import { parseZfsDate } from './parseZfsDate.js';
import { parseZfsNumber } from './parseZfsNumber.js';
import { setRecordValue } from './safeRecord.js';
import { indentWidth } from './zpoolStatus/parseVdevRow.js';

/** Parameters of {@link parseZpoolIostat} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZpoolIostat, type ParseZpoolIostatParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZpoolIostatParameters) => parseZpoolIostat(text, options);
 * ```
 */
export type ParseZpoolIostatParameters = {
  /**
   * Column keys for headerless (`-H`) output, after the name column.
   * @default ['capacity.alloc', 'capacity.free', 'operations.read', 'operations.write', 'bandwidth.read', 'bandwidth.write']
   */
  columns?: readonly string[];
};
/** Return type of {@link parseZpoolIostat}.
 *
 * @example
 * ```ts
 * import { parseZpoolIostat, type ParseZpoolIostatReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolIostatReturnType = parseZpoolIostat(text);
 * ```
 */
export type ParseZpoolIostatReturnType = ZpoolIostat;
/** Errors {@link parseZpoolIostat} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolIostat, type ParseZpoolIostatErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolIostat(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolIostatErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolIostatErrorType = ZfsParseError;

const DEFAULT_COLUMNS = [
  'capacity.alloc',
  'capacity.free',
  'operations.read',
  'operations.write',
  'bandwidth.read',
  'bandwidth.write',
] as const;
const GROUPS: ReadonlySet<string> = new Set(['logs', 'cache', 'spares', 'special', 'dedup']);
const SEPARATOR = /^\s*-+(?:\s+-+)*\s*$/;
const WORDS = /^\s*[a-z_]+(?:\s+[a-z_]+)*\s*$/;
const COLUMN_HEADER = /^(?:pool|vdev)\s+[a-z_]+(?:\s+[a-z_]+)*\s*$/;
const EPOCH = /^\s*\d{9,11}\s*$/;
const CTIME = /^\s*[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d{2}:\d{2}(?: [A-Z]{1,5})? \d{4}\s*$/;
const LATENCY = /^(\d+(?:\.\d+)?)(ns|us|ms|s)$/;
const NANOS: Readonly<Record<string, number>> = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };

/**
 * Parses `zpool iostat [-v] [-H] [-p] [-T u|d] [interval [count]]` output: the two header lines (column keys become
 * `<group>.<column>`, e.g. `operations.read`), dashed separators, pool rows, `-v` vdev rows (nesting from
 * indentation, `logs`/`cache`/... sections as `group`) and one sample per report. Latency columns (`-l`, `10ms`)
 * are read in nanoseconds.
 *
 * @param text - stdout of `zpool iostat`.
 * @param parameters - {@link ParseZpoolIostatParameters}: the column keys for `-H` output.
 * @returns Column keys and the reports in order.
 * @throws {ZfsParseError} When a row has more values than there are columns.
 *
 * @example
 * ```ts
 * import { parseZpoolIostat } from '@tn/zfs';
 *
 * const io = parseZpoolIostat('tank\t1024\t2048\t1\t2\t3\t4\n');
 * io.samples[0]?.rows[0]?.values['operations.read']?.value; // 1
 * ```
 */
export function parseZpoolIostat(
  text: string,
  parameters: ParseZpoolIostatParameters = {},
): ParseZpoolIostatReturnType {
  let columns: readonly string[] = parameters.columns ?? DEFAULT_COLUMNS;
  const samples: ZpoolIostatSample[] = [];
  let sample: ZpoolIostatSample | undefined;
  let groups: { text: string; center: number }[] = [];
  let pool = '';
  let group: string | undefined;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '' || SEPARATOR.test(line)) continue;
    if (EPOCH.test(line) || CTIME.test(line)) {
      sample = { timestamp: parseZfsDate(line), rows: [] };
      samples.push(sample);
      continue;
    }
    if (COLUMN_HEADER.test(line)) {
      columns = columnKeys(line, groups);
      groups = [];
      continue;
    }
    if (WORDS.test(line) && /^ /.test(line)) {
      groups = cells(line).map((c) => ({ text: c.text, center: (c.start + c.end) / 2 }));
      continue;
    }
    const tabbed = line.includes('\t');
    const { width } = indentWidth(line);
    const fields = tabbed ? line.trim().split('\t') : line.trim().split(/\s+/);
    const name = fields[0] as string;
    const values = fields.slice(1);
    if (values.length === 0 || values.length > columns.length) {
      throw new ZfsParseError(`expected 1 to ${columns.length} values after the name, found ${values.length}`, {
        line: i + 1,
        text: line,
      });
    }
    const depth = tabbed ? 0 : Math.round(width / 2);
    if (depth === 0 && GROUPS.has(name) && values.every((v) => v === '-')) {
      group = name;
      continue;
    }
    if (depth === 0) {
      group = undefined;
      pool = name;
      if (sample === undefined || sample.rows.some((r) => r.depth === 0 && r.name === name)) {
        sample = { rows: [] };
        samples.push(sample);
      }
    }
    const row: ZpoolIostatRow = { name, depth, pool, values: {} };
    if (group !== undefined && depth > 0) row.group = group;
    values.forEach((value, c) => {
      const number = toNumber(value);
      if (number !== undefined) setRecordValue(row.values, columns[c] as string, number);
    });
    if (sample === undefined) {
      sample = { rows: [] };
      samples.push(sample);
    }
    sample.rows.push(row);
  }
  return { columns: [...columns], samples: samples.filter((s) => s.rows.length > 0 || s.timestamp !== undefined) };
}

function toNumber(text: string): ZfsNumber | undefined {
  const latency = LATENCY.exec(text);
  if (latency !== null) {
    const value = Math.round(Number(latency[1]) * (NANOS[latency[2] as string] as number));
    return { value, text, exact: latency[2] === 'ns' };
  }
  return parseZfsNumber(text);
}

function cells(line: string): { text: string; start: number; end: number }[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function columnKeys(line: string, groups: readonly { text: string; center: number }[]): string[] {
  return cells(line)
    .slice(1)
    .map((cell) => {
      const center = (cell.start + cell.end) / 2;
      let best: { text: string; center: number } | undefined;
      for (const g of groups)
        if (best === undefined || Math.abs(g.center - center) < Math.abs(best.center - center)) best = g;
      return best === undefined ? cell.text : `${best.text}.${cell.text}`;
    });
}
