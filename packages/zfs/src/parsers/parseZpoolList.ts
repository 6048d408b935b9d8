import { ZfsParseError } from '../errors.js';
import type { ZpoolList, ZpoolListRow, ZpoolListVdev } from '../model/zpoolList.js';
import { setRecordValue } from './safeRecord.js';
import { zpoolColumnName } from './table/columnNames.js';
import { looksLikeHeader, parseAlignedTable } from './table/parseAlignedTable.js';
import { readPropertiesJson } from './table/readPropertiesJson.js';
import { splitTabbedRows, type TableRow } from './table/splitTabbedRows.js';

/** Parameters of {@link parseZpoolList} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZpoolList, type ParseZpoolListParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZpoolListParameters) => parseZpoolList(text, options);
 * ```
 */
export type ParseZpoolListParameters = {
  /**
   * The `-o` columns of `-H` output. Without it, 11 fields are read as the OpenZFS default
   * (`name,size,allocated,free,checkpoint,expandsize,fragmentation,capacity,dedupratio,health,altroot`) and 8 fields
   * as the older one (`name,size,allocated,free,capacity,dedupratio,health,altroot`).
   */
  columns?: readonly string[];
};
/** Return type of {@link parseZpoolList}.
 *
 * @example
 * ```ts
 * import { parseZpoolList, type ParseZpoolListReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolListReturnType = parseZpoolList(text);
 * ```
 */
export type ParseZpoolListReturnType = ZpoolList;
/** Errors {@link parseZpoolList} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolList, type ParseZpoolListErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolList(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolListErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolListErrorType = ZfsParseError;

const DEFAULT_COLUMNS = [
  'name',
  'size',
  'allocated',
  'free',
  'checkpoint',
  'expandsize',
  'fragmentation',
  'capacity',
  'dedupratio',
  'health',
  'altroot',
] as const;
const LEGACY_COLUMNS = ['name', 'size', 'allocated', 'free', 'capacity', 'dedupratio', 'health', 'altroot'] as const;
const GROUPS: ReadonlySet<string> = new Set(['logs', 'cache', 'spares', 'special', 'dedup']);

/**
 * Parses `zpool list` output: scripted (`-H [-p] [-o ...]`), column-aligned (with `-v` vdev rows nested under their
 * pool, `logs`/`cache`/`spares` sections recorded as `group`) or JSON (`-j`, detected).
 *
 * @param text - stdout of `zpool list`.
 * @param parameters - {@link ParseZpoolListParameters}: the `-o` columns for `-H` output.
 * @returns The column names and one row per pool.
 * @throws {ZfsParseError} When a row has the wrong number of fields, or `-H` output has an unexpected width and no
 * `columns` were given.
 *
 * @example
 * ```ts
 * import { parseZpoolList } from '@tn/zfs';
 *
 * const { pools } = parseZpoolList('tank\t123M\t544K\t122M\t0%\t1.00x\tONLINE\t-\n');
 * pools[0]?.properties.health; // 'ONLINE'
 * ```
 */
export function parseZpoolList(text: string, parameters: ParseZpoolListParameters = {}): ParseZpoolListReturnType {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return fromJson(text);
  if (trimmed === '') return { columns: [...(parameters.columns ?? DEFAULT_COLUMNS)], pools: [] };
  if (looksLikeHeader(trimmed)) {
    const table = parseAlignedTable(text);
    return fromRows(table.headers.map(zpoolColumnName), table.rows);
  }
  const rows = splitTabbedRows(text, parameters.columns?.length);
  let columns = parameters.columns;
  if (columns === undefined) {
    const width = rows[0]?.fields.length ?? DEFAULT_COLUMNS.length;
    columns = width === LEGACY_COLUMNS.length ? LEGACY_COLUMNS : DEFAULT_COLUMNS;
    for (const row of rows) {
      if (row.fields.length !== columns.length) {
        throw new ZfsParseError(`expected ${columns.length} TAB-separated fields; pass \`columns\` for -o output`, {
          line: row.line,
        });
      }
    }
  }
  return fromRows(columns, rows);
}

function fromRows(columns: readonly string[], rows: readonly TableRow[]): ZpoolList {
  const nameIndex = columns.indexOf('name');
  const pools: ZpoolListRow[] = [];
  let group: string | undefined;
  for (const row of rows) {
    const name = nameIndex < 0 ? '' : (row.fields[nameIndex] ?? '');
    const pool = pools[pools.length - 1];
    if (row.indent === 0 && pool !== undefined && GROUPS.has(name) && row.fields.slice(1).every((f) => f === '-')) {
      group = name;
      continue;
    }
    if (row.indent > 0 && pool !== undefined) {
      const vdev: ZpoolListVdev = { name, depth: Math.max(1, Math.round(row.indent / 2)), properties: {} };
      if (group !== undefined) vdev.group = group;
      // Vdev rows may stop before the last columns (no ALTROOT): fill what is there.
      row.fields.forEach((value, c) => {
        if (c < columns.length && c !== nameIndex) setRecordValue(vdev.properties, columns[c] as string, value);
      });
      pool.vdevs.push(vdev);
      continue;
    }
    if (row.fields.length !== columns.length) {
      throw new ZfsParseError(`expected ${columns.length} columns, found ${row.fields.length}`, { line: row.line });
    }
    group = undefined;
    const properties: Record<string, string> = {};
    row.fields.forEach((value, c) => {
      setRecordValue(properties, columns[c] as string, value);
    });
    pools.push({ name, properties, vdevs: [] });
  }
  return { columns: [...columns], pools };
}

function fromJson(text: string): ZpoolList {
  const columns: string[] = [];
  const pools = readPropertiesJson(text, 'zpool list').map((entry): ZpoolListRow => {
    const properties: Record<string, string> = { name: entry.name, ...entry.fields };
    for (const { property, value } of entry.properties) setRecordValue(properties, property, value);
    for (const key of Object.keys(properties)) if (!columns.includes(key)) columns.push(key);
    return { name: entry.name, properties, vdevs: [] };
  });
  return { columns, pools };
}
