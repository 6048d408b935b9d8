import type { ZfsDate } from '../../model/zfsDate.js';
import type { ZfsNumber } from '../../model/zfsNumber.js';
import { parseZfsDate } from '../parseZfsDate.js';
import { parseZfsNumber } from '../parseZfsNumber.js';

/**
 * Readers for the loosely typed values of zfs JSON output, which are strings with `-j` (`"464G"`, `"0"`,
 * `"Sun Nov 16 08:00:01 CET 2025"`) and numbers with `--json-int` (big integers arrive as strings, see
 * `parseJsonSafe`).
 *
 * @internal
 */

/** A count or size; `-` and non-numbers give `undefined`. */
export function jsonNumber(value: unknown): ZfsNumber | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { value, text: String(value), exact: Number.isSafeInteger(value) } : undefined;
  }
  return typeof value === 'string' ? parseZfsNumber(value) : undefined;
}

/** A plain number (txg, versions, error counts). */
export function jsonPlainNumber(value: unknown): number | undefined {
  return jsonNumber(value)?.value;
}

/** A GUID or id, kept as an exact decimal string. */
export function jsonId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A time: epoch seconds (number or digit string) or a date string. `0`, `-` and empty give `undefined`. */
export function jsonDate(value: unknown): ZfsDate | undefined {
  if (typeof value === 'number') return value > 0 ? parseZfsDate(String(value)) : undefined;
  if (typeof value !== 'string' || value === '' || value === '-' || value === '0') return undefined;
  return parseZfsDate(value);
}

/** A string field. */
export function jsonString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** True for a set flag (`1`, `"1"`, a non-zero count); false for `0`, `"0"`, `"-"`, missing. */
export function jsonFlag(value: unknown): boolean {
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '' && value !== '-' && value !== '0' && value !== '0B';
  return false;
}
