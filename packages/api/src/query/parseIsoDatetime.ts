const DATE = /^(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2})|-W(\d{2})(?:-(\d))?|W(\d{2})(\d)?)/;
const TIME =
  /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:\.(\d+))?)?)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function hasWeek53(year: number): boolean {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = daysInMonth(year, 2) === 29;
  return jan1 === 4 || (leap && jan1 === 3);
}

function weekDateToUtc(year: number, week: number, weekday: number): number | undefined {
  if (week < 1 || week > 53 || weekday < 1 || weekday > 7 || (week === 53 && !hasWeek53(year))) return undefined;
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return mondayOfWeek1 + ((week - 1) * 7 + weekday - 1) * 86_400_000;
}

function parseDate(match: RegExpExecArray): number | undefined {
  const year = Number(match[1]);
  if (year < 1) return undefined;
  const weekText = match[6] ?? match[8];
  if (weekText !== undefined) return weekDateToUtc(year, Number(weekText), Number(match[7] ?? match[9] ?? '1'));
  const month = Number(match[2] ?? match[4]);
  const day = Number(match[3] ?? match[5]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime();
}

function fractionMs(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(`0.${digits.slice(0, 6)}`) * 1000;
}

function parseTime(text: string): { ms: number; offsetMs: number | undefined } | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [, hh, mm = '0', ss = '0', frac, zulu, sign, oh, om = '0', os = '0', ofrac] = m;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs(frac);
  if (zulu) return { ms, offsetMs: 0 };
  if (!sign) return { ms, offsetMs: undefined };
  const offset = ((Number(oh) * 60 + Number(om)) * 60 + Number(os)) * 1000 + fractionMs(ofrac);
  if (offset >= 86_400_000 || Number(om) > 59 || Number(os) > 59) return undefined;
  return { ms, offsetMs: sign === '-' ? -offset : offset };
}

/**
 * The instant parsed from an ISO-8601 string, and whether the string carried a UTC offset.
 *
 * @internal
 * @example
 * ```ts
 * import type { IsoDatetime } from './parseIsoDatetime.js';
 *
 * const parsed: IsoDatetime = { epochMs: 0, hasOffset: true };
 * ```
 */
export type IsoDatetime = {
  /** Milliseconds since the epoch; a string without an offset is read as UTC. */
  epochMs: number;
  /** Whether the string had `Z` or `±HH[:MM]` (Python: an aware datetime). */
  hasOffset: boolean;
};

/**
 * Parses the ISO-8601 forms Python 3.11's `datetime.fromisoformat()` accepts (extended, basic and week dates, any
 * single separator character, `HH[:MM[:SS[.ffffff]]]`, `Z` or `±HH[:MM[:SS]]`).
 *
 * @param text - The string to parse.
 * @returns The parsed instant, or `undefined` where Python raises `ValueError`.
 * @internal
 * @example
 * ```ts
 * import { parseIsoDatetime } from './parseIsoDatetime.js';
 *
 * parseIsoDatetime('2023-12-18T16:15:35+00:00')?.epochMs; // 1702916135000
 * ```
 */
export function parseIsoDatetime(text: string): IsoDatetime | undefined {
  const dateMatch = DATE.exec(text);
  if (!dateMatch) return undefined;
  const dateMs = parseDate(dateMatch);
  if (dateMs === undefined) return undefined;
  const rest = text.slice(dateMatch[0].length);
  if (rest === '') return { epochMs: dateMs, hasOffset: false };
  // Python 3.11 accepts any single character between the date and the time.
  const time = parseTime(rest.slice(1));
  if (!time || rest.length < 2) return undefined;
  return { epochMs: dateMs + time.ms - (time.offsetMs ?? 0), hasOffset: time.offsetMs !== undefined };
}
