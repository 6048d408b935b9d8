import { ZfsParseError } from '../../errors.js';
import type { TableRow } from './splitTabbedRows.js';

/** A header cell of a column-aligned table: its text and where it starts and ends. */
type HeaderCell = { text: string; start: number; end: number };

/**
 * A column-aligned table (the default, non `-H`, output of `zfs list`, `zfs get`, `zpool list`, `zpool get`).
 *
 * @internal
 */
export type AlignedTable = { headers: string[]; rows: TableRow[] };

const CELL = /\S+(?: \S+)*/g;
const WORD = /\S+/g;

/**
 * Parses a column-aligned table whose first non-blank line is the header. Cells are separated by two or more
 * spaces (zfs prints two between columns), so single spaces inside a value (`inherited from tank`) stay in it.
 * When a row has more cells than headers (a value such as `Sun Nov 22  1:57 2026` holds a double space), cells are
 * assigned to the header whose start precedes the cell's end, and cells of one column are joined as printed.
 * Leading indentation (vdev rows of `zpool list -v`) is returned as `indent`.
 *
 * @internal
 */
export function parseAlignedTable(text: string): AlignedTable {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] as string).trim() === '') i++;
  const headerLine = (lines[i] ?? '').replace(/\r$/, '');
  const headers: HeaderCell[] = [];
  for (const match of headerLine.matchAll(WORD)) {
    headers.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  if (headers.length === 0) throw new ZfsParseError('missing table header', { line: i + 1, text: headerLine });
  const rows: TableRow[] = [];
  for (i++; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.trim() === '') continue;
    const cells: HeaderCell[] = [];
    for (const match of line.matchAll(CELL)) {
      cells.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    }
    const indent = cells[0]?.start ?? 0;
    rows.push({ fields: assign(line, cells, headers), line: i + 1, indent });
  }
  return { headers: headers.map((h) => h.text), rows };
}

function assign(line: string, cells: HeaderCell[], headers: HeaderCell[]): string[] {
  if (cells.length <= headers.length) return cells.map((c) => c.text);
  // More cells than columns: place each cell by its end position, never moving left, then join per column.
  const columnOf: number[] = [];
  let previous = 0;
  for (const cell of cells) {
    let column = previous;
    while (column + 1 < headers.length && (headers[column + 1] as HeaderCell).start < cell.end) column++;
    columnOf.push(column);
    previous = column;
  }
  const spans: { start: number; end: number }[] = [];
  cells.forEach((cell, index) => {
    const column = columnOf[index] as number;
    const span = spans[column];
    if (span === undefined) spans[column] = { start: cell.start, end: cell.end };
    else span.end = cell.end;
  });
  const fields = spans.filter((span) => span !== undefined).map((span) => line.slice(span.start, span.end));
  if (fields.length === headers.length) return fields;
  // Positions did not line up (an overflowing value): keep the first columns and merge the rest into the last.
  const head = cells.slice(0, headers.length - 1).map((c) => c.text);
  const rest = cells.slice(headers.length - 1);
  const first = rest[0] as HeaderCell;
  const last = rest[rest.length - 1] as HeaderCell;
  return [...head, line.slice(first.start, last.end)];
}

const HEADER = /^NAME(?: {2,}[A-Z][A-Z0-9_@:.]*)*[ \t]*$/;

/**
 * True when the first line of `text` is a column header (`NAME  USED  AVAIL ...`) rather than a `-H` data row.
 *
 * @internal
 */
export function looksLikeHeader(text: string): boolean {
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '').trim();
  return HEADER.test(first);
}
