import type { ZfsDate } from '../model/zfsDate.js';

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/** Offsets in minutes of the zone abbreviations zfs may print (`date`-style strings in `zpool status -j`). */
const ZONES: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  JST: 540,
  AEST: 600,
  AEDT: 660,
};

// Sat Feb 10 20:30:44 2024 | Sun Nov 22  1:57 2026 | Sun Nov 16 08:00:01 CET 2025
const CTIME =
  /^(?:[A-Z][a-z]{2},? +)?([A-Z][a-z]{2}) +(\d{1,2}),? +(\d{1,2}):(\d{2})(?::(\d{2}))?(?: +([A-Z]{1,5}))? +(\d{4})$/;
// Mar 25 2015 00:21:12.736548371 (zpool events)
const EVENT = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
// 2026-11-22.01:57:02 (zpool history) | 2026-11-22 01:57:02
const HISTORY = /^(\d{4})-(\d{2})-(\d{2})[. T](\d{2}):(\d{2}):(\d{2})$/;
const EPOCH = /^\d{1,12}(?:\.\d{1,9})?$/;

/** Options of {@link parseZfsDate}.
 *
 * @example
 * ```ts
 * import { parseZfsDate, type ParseZfsDateParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZfsDateParameters) => parseZfsDate(text, options);
 * ```
 */
export type ParseZfsDateParameters = {
  /**
   * How to read wall-clock times that name no zone.
   * @default 'UTC'
   */
  timeZone?: 'UTC' | 'local';
};

/**
 * Parses a timestamp as zfs/zpool print it: `ctime` (`Sat Feb 10 20:30:44 2024`), with a zone
 * (`Sun Nov 16 08:00:01 CET 2025`), without seconds (`Sun Nov 22  1:57 2026`), `zpool events`
 * (`Mar 25 2015 00:21:12.736548371`), `zpool history` (`2026-11-22.01:57:02`) or epoch seconds (`1795312645`).
 *
 * @param text - The timestamp as printed.
 * @param parameters - {@link ParseZfsDateParameters}.
 * @returns `{ text, date }`; `date` is missing when the format or zone is unknown.
 *
 * @example
 * ```ts
 * import { parseZfsDate } from '@tn/zfs';
 *
 * parseZfsDate('Sun Feb 11 04:00:01 2024').date?.toISOString(); // '2024-02-11T04:00:01.000Z'
 * parseZfsDate('Sun Feb 11 04:00:01 2024', { timeZone: 'local' }); // read in the host's zone
 * ```
 */
export function parseZfsDate(text: string, parameters: ParseZfsDateParameters = {}): ZfsDate {
  const { timeZone = 'UTC' } = parameters;
  const trimmed = text.trim();
  const date = toDate(trimmed, timeZone);
  return date === undefined ? { text: trimmed } : { text: trimmed, date };
}

function toDate(text: string, timeZone: 'UTC' | 'local'): Date | undefined {
  if (EPOCH.test(text)) return new Date(Math.round(Number(text) * 1000));
  let match = CTIME.exec(text);
  if (match !== null) {
    const [, month = '', day, hour, minute, second = '0', zone, year] = match;
    const offset = zone === undefined ? undefined : ZONES[zone];
    if (zone !== undefined && offset === undefined) return undefined;
    return build(year, MONTHS[month], day, hour, minute, second, 0, offset ?? timeZone);
  }
  match = EVENT.exec(text);
  if (match !== null) {
    const [, month = '', day, year, hour, minute, second, fraction = ''] = match;
    const ms = fraction === '' ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
    return build(year, MONTHS[month], day, hour, minute, second, ms, timeZone);
  }
  match = HISTORY.exec(text);
  if (match !== null) {
    const [, year, month, day, hour, minute, second] = match;
    return build(year, Number(month) - 1, day, hour, minute, second, 0, timeZone);
  }
  return undefined;
}

function build(
  yearText: string | undefined,
  month: number | undefined,
  dayText: string | undefined,
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  ms: number,
  zone: number | 'UTC' | 'local',
): Date | undefined {
  if (month === undefined) return undefined;
  const year = Number(yearText);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const date =
    zone === 'local'
      ? new Date(year, month, day, hour, minute, second, ms)
      : new Date(Date.UTC(year, month, day, hour, minute, second, ms) - (zone === 'UTC' ? 0 : zone) * 60_000);
  const checkDay = zone === 'local' ? date.getDate() : new Date(Date.UTC(year, month, day)).getUTCDate();
  return checkDay === day ? date : undefined;
}
