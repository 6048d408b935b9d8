import { ZfsParseError } from '../../errors.js';

/**
 * One row of a table: its fields and its 1-based line number.
 *
 * @internal
 */
export type TableRow = { fields: string[]; line: number; indent: number };

/**
 * Splits scripted (`-H`) output into TAB-separated rows. Empty lines are skipped; a row whose field count differs
 * from `width` (when given) is an error.
 *
 * @internal
 */
export function splitTabbedRows(text: string, width?: number): TableRow[] {
  const lines = text.split('\n');
  const rows: TableRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.length === 0) continue;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length === 0) continue;
    const fields = line.split('\t');
    if (width !== undefined && fields.length !== width) {
      throw new ZfsParseError(`expected ${width} TAB-separated fields, found ${fields.length}`, {
        line: i + 1,
        text: line,
      });
    }
    rows.push({ fields, line: i + 1, indent: 0 });
  }
  return rows;
}
