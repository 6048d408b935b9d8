const DAYS_CLOCK = /^(?:(\d+) days? )?(\d+):(\d{2}):(\d{2})$/;
const HOURS_MINUTES = /^(?:(\d+)h)?(\d+)m(?:(\d+)s)?$/;
const SECONDS = /^(\d+(?:\.\d+)?) ?(?:s|sec|secs|seconds?)$/;

/**
 * Parses a duration as zpool prints it (`00:15:42`, `0 days 01:15:49`, `1h18m`, `0h0m`, `60h43m`, `1 seconds`).
 *
 * @param text - The duration as printed.
 * @returns The duration in seconds, or `undefined` for an unknown format.
 *
 * @example
 * ```ts
 * import { parseZfsDuration } from '@tn/zfs';
 *
 * parseZfsDuration('0 days 01:15:49'); // 4549
 * parseZfsDuration('1h18m'); // 4680
 * ```
 */
export function parseZfsDuration(text: string): number | undefined {
  const trimmed = text.trim();
  let match = DAYS_CLOCK.exec(trimmed);
  if (match !== null) {
    const [, days = '0', hours, minutes, seconds] = match;
    return Number(days) * 86_400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  match = HOURS_MINUTES.exec(trimmed);
  if (match !== null) {
    const [, hours = '0', minutes, seconds = '0'] = match;
    return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  match = SECONDS.exec(trimmed);
  if (match !== null) return Number(match[1]);
  return undefined;
}
