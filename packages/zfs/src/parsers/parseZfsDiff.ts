import type { ZfsParseError } from '../errors.js';
import type { ZfsDiff, ZfsDiffEntry } from '../model/zfsDiff.js';
import { unmatchedPolicy } from './lenient.js';
import { LineParser, parseLinesWith } from './lineParser.js';
import { parseZfsDate } from './parseZfsDate.js';

/** Parameters of {@link parseZfsDiff} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZfsDiff, type ParseZfsDiffParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZfsDiffParameters) => parseZfsDiff(text, options);
 * ```
 */
export type ParseZfsDiffParameters = {
  /**
   * Throw on a line that is not a diff record; with `false`, keep it in `unrecognized`.
   * @default true
   */
  strict?: boolean;
};
/** Return type of {@link parseZfsDiff}.
 *
 * @example
 * ```ts
 * import { parseZfsDiff, type ParseZfsDiffReturnType } from '@tn/zfs';
 *
 * const result: ParseZfsDiffReturnType = parseZfsDiff(text);
 * ```
 */
export type ParseZfsDiffReturnType = ZfsDiff;
/** Errors {@link parseZfsDiff} can throw.
 *
 * @example
 * ```ts
 * import { parseZfsDiff, type ParseZfsDiffErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZfsDiff(text);
 * } catch (err) {
 *   console.error((err as ParseZfsDiffErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZfsDiffErrorType = ZfsParseError;

const CHANGES = { M: 'modified', '+': 'added', '-': 'removed', R: 'renamed' } as const;
const FILE_TYPES: Readonly<Record<string, string>> = {
  F: 'file',
  '/': 'directory',
  '@': 'symlink',
  B: 'block',
  C: 'char',
  '|': 'fifo',
  '=': 'socket',
  '>': 'door',
  P: 'port',
};
// [<seconds.nanoseconds>\t]<change>\t[<type>\t]<path>[ -> <new path>]  (TABs; pasted output may have spaces)
const RECORD = /^(?:(\d+\.\d+)\s+)?([-+MR])\s+(?:([FB@C|=>P/])\s+)?(\S.*)$/;

/**
 * Decodes the `\NNNN` octal escapes `zfs diff` prints for spaces, control characters, backslashes and non-ASCII
 * bytes (e.g. `\0040` is a space); byte sequences are decoded as UTF-8.
 *
 * @param text - A path as printed by `zfs diff`.
 * @returns The decoded path.
 *
 * @example
 * ```ts
 * import { unescapeZfsPath } from '@tn/zfs';
 *
 * unescapeZfsPath('/tank/caf\\0303\\0251 menu'); // '/tank/café menu'
 * ```
 */
export function unescapeZfsPath(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(ESCAPE_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 5);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(run.slice(i * 5 + 1, i * 5 + 5), 8) & 0xff;
    return DECODER.decode(bytes);
  });
}

const ESCAPE_RUN = /(?:\\[0-7]{4})+/g;
const DECODER = new TextDecoder();

const RULES = [
  new LineParser<ZfsDiff>(RECORD, (target, match) => {
    const time = match[1];
    const code = match[2] as keyof typeof CHANGES;
    const type = match[3];
    const rest = match[4] as string;
    const entry: ZfsDiffEntry = { change: CHANGES[code], code, path: '' };
    const arrow = code === 'R' ? rest.indexOf(' -> ') : -1;
    if (arrow >= 0) {
      entry.path = unescapeZfsPath(rest.slice(0, arrow));
      entry.newPath = unescapeZfsPath(rest.slice(arrow + 4).trimEnd());
    } else {
      entry.path = unescapeZfsPath(rest.trimEnd());
    }
    if (type !== undefined) entry.fileType = FILE_TYPES[type] ?? type;
    if (time !== undefined) entry.time = parseZfsDate(time);
    target.entries.push(entry);
  }),
];

/**
 * Parses `zfs diff [-F] [-H] [-t]` output: `M`/`+`/`-`/`R` records with optional file type and change time;
 * renames give `path` and `newPath`; `\NNNN` escapes are decoded.
 *
 * @param text - stdout of `zfs diff`.
 * @param parameters - {@link ParseZfsDiffParameters}.
 * @returns The changes in printed order.
 * @throws {ZfsParseError} On a line that is not a diff record (unless `strict: false`).
 *
 * @example
 * ```ts
 * import { parseZfsDiff } from '@tn/zfs';
 *
 * parseZfsDiff('R\t/tank/a\\0040b -> /tank/c\n').entries[0]; // { change: 'renamed', path: '/tank/a b', newPath: '/tank/c', ... }
 * ```
 */
export function parseZfsDiff(text: string, parameters: ParseZfsDiffParameters = {}): ParseZfsDiffReturnType {
  const { strict = true } = parameters;
  return parseLinesWith<ZfsDiff>(text, RULES, { entries: [] }, unmatchedPolicy(strict));
}
