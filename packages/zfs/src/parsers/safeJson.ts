import { ZfsParseError } from '../errors.js';

// A JSON string (skipped as a whole) or an integer literal of 16+ digits that is not part of a longer number.
const STRING_OR_BIG_INTEGER = /"[^"\\]*(?:\\.[^"\\]*)*"|(?<![\w.+-])-?\d{16,}(?![\w.+-])/g;
const HAS_LONG_DIGIT_RUN = /\d{16}/;

/**
 * `JSON.parse` that keeps big integers exact: every integer literal with 16 or more digits outside a string becomes
 * a string before parsing (`zpool status --json-int` prints 64-bit GUIDs, which exceed `2^53`).
 *
 * @param text - JSON text.
 * @returns The parsed value; integers of 16+ digits are strings.
 * @throws {ZfsParseError} When the text is not valid JSON (with the line of the failure when known).
 *
 * @example
 * ```ts
 * import { parseJsonSafe } from '@tn/zfs';
 *
 * parseJsonSafe('{"guid":17068583395379267683}'); // { guid: '17068583395379267683' }
 * ```
 */
export function parseJsonSafe(text: string): unknown {
  const prepared = HAS_LONG_DIGIT_RUN.test(text)
    ? text.replace(STRING_OR_BIG_INTEGER, (token) => (token.charCodeAt(0) === 34 ? token : `"${token}"`))
    : text;
  try {
    return JSON.parse(prepared);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /position (\d+)/.exec(message);
    const line = position === null ? undefined : lineAt(prepared, Number(position[1]));
    throw new ZfsParseError(`invalid JSON: ${message}`, { line, cause });
  }
}

function lineAt(text: string, position: number): number {
  let line = 1;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
