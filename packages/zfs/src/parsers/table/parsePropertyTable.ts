import { ZfsParseError } from '../../errors.js';
import type { ZfsProperty, ZfsPropertyList } from '../../model/zfsProperty.js';
import { looksLikeHeader, parseAlignedTable } from './parseAlignedTable.js';
import { readPropertiesJson } from './readPropertiesJson.js';
import { splitTabbedRows } from './splitTabbedRows.js';

const DEFAULT_COLUMNS = ['name', 'property', 'value', 'source'] as const;
const KNOWN_COLUMNS: ReadonlySet<string> = new Set(['name', 'property', 'value', 'source', 'received']);

/**
 * Shared implementation of `zfs get` and `zpool get`: `-H` rows, column-aligned rows or `-j` JSON.
 *
 * @internal
 */
export function parsePropertyTable(
  text: string,
  columns: readonly string[] | undefined,
  command: string,
): ZfsPropertyList {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return fromJson(text, command);
  if (trimmed === '') return { properties: [] };
  if (looksLikeHeader(trimmed)) {
    const table = parseAlignedTable(text);
    const names = table.headers.map((h) => h.toLowerCase());
    checkColumns(names);
    return { properties: table.rows.map((row) => toProperty(names, row.fields, row.line)) };
  }
  const names = columns ?? DEFAULT_COLUMNS;
  checkColumns(names);
  return { properties: splitTabbedRows(text, names.length).map((row) => toProperty(names, row.fields, row.line)) };
}

function checkColumns(columns: readonly string[]): void {
  for (const column of columns) {
    if (!KNOWN_COLUMNS.has(column)) throw new ZfsParseError(`unknown get column "${column}"`);
  }
}

function toProperty(columns: readonly string[], fields: readonly string[], line: number): ZfsProperty {
  if (fields.length !== columns.length) {
    throw new ZfsParseError(`expected ${columns.length} columns, found ${fields.length}`, { line });
  }
  const row: ZfsProperty = {};
  for (let c = 0; c < columns.length; c++) {
    row[columns[c] as 'name'] = fields[c] as string;
  }
  if (row.source !== undefined) describeSource(row, row.source);
  return row;
}

function describeSource(row: ZfsProperty, source: string): void {
  const inherited = /^inherited from (.+)$/.exec(source);
  if (inherited !== null) {
    row.sourceType = 'inherited';
    row.inheritedFrom = inherited[1];
  } else {
    row.sourceType = source === '-' ? 'none' : source;
  }
}

function fromJson(text: string, command: string): ZfsPropertyList {
  const properties: ZfsProperty[] = [];
  for (const entry of readPropertiesJson(text, command)) {
    for (const { property, value, source } of entry.properties) {
      const row: ZfsProperty = { name: entry.name, property, value, source };
      describeSource(row, source);
      properties.push(row);
    }
  }
  return { properties };
}
