import { ZfsParseError } from '../errors.js';
import type { ZfsList, ZfsListRow } from '../model/zfsList.js';
import { setRecordValue } from './safeRecord.js';
import { zfsColumnName } from './table/columnNames.js';
import { looksLikeHeader, parseAlignedTable } from './table/parseAlignedTable.js';
import { readPropertiesJson } from './table/readPropertiesJson.js';

/** Parameters of {@link parseZfsList} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZfsList, type ParseZfsListParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZfsListParameters) => parseZfsList(text, options);
 * ```
 */
export type ParseZfsListParameters = {
  /**
   * Property names of the columns, as passed to `-o` (`['name', 'used', 'creation']`). Needed for `-H` output with
   * `-o`; column-aligned output takes them from its header.
   * @default ['name', 'used', 'available', 'referenced', 'mountpoint']
   */
  columns?: readonly string[];
};
/** Return type of {@link parseZfsList}.
 *
 * @example
 * ```ts
 * import { parseZfsList, type ParseZfsListReturnType } from '@tn/zfs';
 *
 * const result: ParseZfsListReturnType = parseZfsList(text);
 * ```
 */
export type ParseZfsListReturnType = ZfsList;
/** Errors {@link parseZfsList} can throw.
 *
 * @example
 * ```ts
 * import { parseZfsList, type ParseZfsListErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZfsList(text);
 * } catch (err) {
 *   console.error((err as ParseZfsListErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZfsListErrorType = ZfsParseError;

const DEFAULT_COLUMNS = ['name', 'used', 'available', 'referenced', 'mountpoint'] as const;

/**
 * Parses `zfs list` output: scripted (`-H`, TAB-separated, with or without `-p`), column-aligned (the default
 * output, headers such as `AVAIL`/`USEDSNAP` mapped to property names) or JSON (`-j`, detected). Values are kept
 * as printed; `-p` gives exact integers.
 *
 * @param text - stdout of `zfs list`.
 * @param parameters - {@link ParseZfsListParameters}: the `-o` columns for `-H` output.
 * @returns The column names and one row per dataset.
 * @throws {ZfsParseError} When a `-H` row has the wrong number of fields, or the text is not `zfs list` output.
 *
 * @example
 * ```ts
 * import { parseZfsList } from '@tn/zfs';
 *
 * const { datasets } = parseZfsList('tank\t1024\t/mnt/tank\n', { columns: ['name', 'used', 'mountpoint'] });
 * datasets[0]?.properties.used; // '1024'
 * ```
 */
export function parseZfsList(text: string, parameters: ParseZfsListParameters = {}): ParseZfsListReturnType {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return fromJson(text);
  if (trimmed === '') return { columns: [...(parameters.columns ?? DEFAULT_COLUMNS)], datasets: [] };
  if (looksLikeHeader(trimmed)) return fromAligned(text);
  return fromTabbed(text, parameters.columns ?? DEFAULT_COLUMNS);
}

function fromTabbed(text: string, columns: readonly string[]): ZfsList {
  const width = columns.length;
  const nameIndex = columns.indexOf('name');
  const safe = !columns.includes('__proto__');
  const datasets: ZfsListRow[] = [];
  // Scan with indexOf instead of splitting: no per-line arrays, which keeps 100k-row outputs cheap to collect.
  let lineNumber = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (lineEnd > start) {
      const properties: Record<string, string> = {};
      let name = '';
      let fieldStart = start;
      for (let c = 0; c < width; c++) {
        let fieldEnd = text.indexOf('\t', fieldStart);
        const last = c === width - 1;
        if (fieldEnd < 0 || fieldEnd > lineEnd || last) {
          if (!last || (fieldEnd >= 0 && fieldEnd < lineEnd))
            throw fieldCountError(text, start, lineEnd, lineNumber, columns);
          fieldEnd = lineEnd;
        }
        const value = text.slice(fieldStart, fieldEnd);
        if (safe) properties[columns[c] as string] = value;
        else setRecordValue(properties, columns[c] as string, value);
        if (c === nameIndex) name = value;
        fieldStart = fieldEnd + 1;
      }
      datasets.push({ name, properties });
    }
    start = end + 1;
  }
  return { columns: [...columns], datasets };
}

function fieldCountError(
  text: string,
  start: number,
  end: number,
  line: number,
  columns: readonly string[],
): ZfsParseError {
  const row = text.slice(start, end);
  const found = row.split('\t').length;
  return new ZfsParseError(`expected ${columns.length} TAB-separated fields (${columns.join(',')}), found ${found}`, {
    line,
    text: row,
  });
}

function fromAligned(text: string): ZfsList {
  const table = parseAlignedTable(text);
  const columns = table.headers.map(zfsColumnName);
  const nameIndex = columns.indexOf('name');
  const datasets = table.rows.map((row): ZfsListRow => {
    if (row.fields.length !== columns.length) {
      throw new ZfsParseError(`expected ${columns.length} columns, found ${row.fields.length}`, { line: row.line });
    }
    const properties: Record<string, string> = {};
    row.fields.forEach((value, c) => {
      setRecordValue(properties, columns[c] as string, value);
    });
    return { name: nameIndex < 0 ? '' : (row.fields[nameIndex] as string), properties };
  });
  return { columns, datasets };
}

function fromJson(text: string): ZfsList {
  const columns: string[] = [];
  const datasets = readPropertiesJson(text, 'zfs list').map((entry): ZfsListRow => {
    const properties: Record<string, string> = { name: entry.name, ...entry.fields };
    for (const { property, value } of entry.properties) setRecordValue(properties, property, value);
    for (const key of Object.keys(properties)) if (!columns.includes(key)) columns.push(key);
    return { name: entry.name, properties };
  });
  return { columns, datasets };
}
