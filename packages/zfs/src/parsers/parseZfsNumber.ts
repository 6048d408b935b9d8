import type { ZfsNumber } from '../model/zfsNumber.js';

const UNIT_POWER: Readonly<Record<string, number>> = { K: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7 };
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const PLAIN_INTEGER = /^\d+$/;
const HUMAN = /^(\d+(?:[.,]\d+)?)\s?([KMGTPEZkmgtpez]?)(?:i?[Bb])?(?:\/s(?:ec)?)?$/;

/**
 * Parses a number as zfs/zpool print it: plain (`417`, `9981503995904`), with locale thousands separators
 * (`1,234`), or human-readable with a base-1024 suffix (`1.68K`, `704G`, `0B`, `80MB`, `6.1MB/s`, `1.38P`).
 *
 * Suffixed values are rounded by zfs (`zfs_nicenum`), so they are approximations (`exact: false`), except a
 * mantissa that is an integer below 100 (`21K`, `68K`), which zfs only prints for exact multiples. `-`, `none`
 * and text that is not a number give `undefined`.
 *
 * @param text - The value as printed (surrounding blanks are ignored).
 * @returns The value, the original text and whether the value is exact; `undefined` when it is not a number.
 *
 * @example
 * ```ts
 * import { parseZfsNumber } from '@tn/zfs';
 *
 * parseZfsNumber('1.68K'); // { value: 1720, text: '1.68K', exact: false }
 * parseZfsNumber('1,234'); // { value: 1234, text: '1,234', exact: true }
 * ```
 */
export function parseZfsNumber(text: string): ZfsNumber | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (PLAIN_INTEGER.test(trimmed)) {
    const value = Number(trimmed);
    return { value, text: trimmed, exact: Number.isSafeInteger(value) };
  }
  if (THOUSANDS.test(trimmed)) {
    const value = Number(trimmed.replaceAll(',', ''));
    return { value, text: trimmed, exact: Number.isSafeInteger(value) };
  }
  const match = HUMAN.exec(trimmed);
  if (match === null) return undefined;
  const mantissaText = (match[1] as string).replace(',', '.');
  const mantissa = Number(mantissaText);
  const unit = (match[2] as string).toUpperCase();
  const power = UNIT_POWER[unit] ?? 0;
  if (power === 0) return { value: mantissa, text: trimmed, exact: true };
  const value = Math.round(mantissa * 1024 ** power);
  const exact = Number.isInteger(mantissa) && mantissa < 100 && Number.isSafeInteger(value);
  return { value, text: trimmed, exact };
}
