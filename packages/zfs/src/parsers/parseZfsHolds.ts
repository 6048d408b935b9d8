import { ZfsParseError } from '../errors.js';
import type { ZfsHold, ZfsHolds } from '../model/zfsHolds.js';
import { parseZfsDate } from './parseZfsDate.js';
import { looksLikeHeader, parseAlignedTable } from './table/parseAlignedTable.js';
import { splitTabbedRows, type TableRow } from './table/splitTabbedRows.js';

/** Return type of {@link parseZfsHolds}.
 *
 * @example
 * ```ts
 * import { parseZfsHolds, type ParseZfsHoldsReturnType } from '@tn/zfs';
 *
 * const result: ParseZfsHoldsReturnType = parseZfsHolds(text);
 * ```
 */
export type ParseZfsHoldsReturnType = ZfsHolds;
/** Errors {@link parseZfsHolds} can throw.
 *
 * @example
 * ```ts
 * import { parseZfsHolds, type ParseZfsHoldsErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZfsHolds(text);
 * } catch (err) {
 *   console.error((err as ParseZfsHoldsErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZfsHoldsErrorType = ZfsParseError;

/**
 * Parses `zfs holds [-r] [-H] [-p]` output: `NAME TAG TIMESTAMP` rows, column-aligned or TAB-separated;
 * `-p` timestamps are epoch seconds.
 *
 * @param text - stdout of `zfs holds`.
 * @returns The holds in printed order.
 * @throws {ZfsParseError} When a row does not have the three columns.
 *
 * @example
 * ```ts
 * import { parseZfsHolds } from '@tn/zfs';
 *
 * parseZfsHolds('tank/fs@a\tkeep\tSun Nov 22  1:57 2026\n').holds[0]?.tag; // 'keep'
 * ```
 */
export function parseZfsHolds(text: string): ParseZfsHoldsReturnType {
  const trimmed = text.trimStart();
  if (trimmed === '') return { holds: [] };
  const rows: TableRow[] = looksLikeHeader(trimmed) ? parseAlignedTable(text).rows : splitTabbedRows(text, 3);
  return { holds: rows.map(toHold) };
}

function toHold(row: TableRow): ZfsHold {
  const [snapshot, tag, timestamp] = row.fields;
  if (snapshot === undefined || tag === undefined || row.fields.length > 3) {
    throw new ZfsParseError(`expected NAME, TAG and TIMESTAMP, found ${row.fields.length} columns`, { line: row.line });
  }
  const hold: ZfsHold = { snapshot, tag };
  if (timestamp !== undefined) hold.timestamp = parseZfsDate(timestamp);
  return hold;
}
