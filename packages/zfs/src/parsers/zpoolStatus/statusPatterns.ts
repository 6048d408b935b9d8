/**
 * Regex fragments shared by the `zpool status` block parsers (scan, remove, expand, checkpoint).
 *
 * @internal
 */

/** A ctime-like date: `Sun Feb 11 04:00:01 2024`, `Sun Feb  8 01:03:31 2026`, with an optional zone. */
export const DATE = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d{2}:\d{2}(?: [A-Z]{1,5})? \d{4}`;

/** A duration: `0 days 01:15:49`, `00:15:42`, `1h18m`, `0h0m`. */
export const DURATION = String.raw`\d+ days? \d+:\d{2}:\d{2}|\d+:\d{2}:\d{2}|\d+h\d+m(?:\d+s)?`;

/** A human-readable size or count: `1.66T`, `0B`, `80MB`, `1,66T` (decimal comma). */
export const SIZE = String.raw`\d+(?:[.,]\d+)?[KMGTPEZ]?B?`;

/** A rate: `5.67G/s`, `6.1MB/s`. */
export const RATE = String.raw`\d+(?:[.,]\d+)?[KMGTPEZ]?B?\/s`;

/** A percentage value (without `%`). */
export const PERCENT = String.raw`\d+(?:[.,]\d+)?`;

/**
 * Parses a percentage as printed (`17.81`, `17,81`).
 *
 * @internal
 */
export function toPercent(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
