import type { ZfsParseError } from '../errors.js';
import type { ZfsSend } from '../model/zfsSend.js';
import { unmatchedPolicy } from './lenient.js';
import { LineParser, parseLinesWith } from './lineParser.js';
import { parseZfsNumber } from './parseZfsNumber.js';

/** Parameters of {@link parseZfsSend} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZfsSend, type ParseZfsSendParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZfsSendParameters) => parseZfsSend(text, options);
 * ```
 */
export type ParseZfsSendParameters = {
  /**
   * Throw on a line that is not send output; with `false`, keep it in `unrecognized`.
   * @default true
   */
  strict?: boolean;
};
/** Return type of {@link parseZfsSend}.
 *
 * @example
 * ```ts
 * import { parseZfsSend, type ParseZfsSendReturnType } from '@tn/zfs';
 *
 * const result: ParseZfsSendReturnType = parseZfsSend(text);
 * ```
 */
export type ParseZfsSendReturnType = ZfsSend;
/** Errors {@link parseZfsSend} can throw.
 *
 * @example
 * ```ts
 * import { parseZfsSend, type ParseZfsSendErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZfsSend(text);
 * } catch (err) {
 *   console.error((err as ParseZfsSendErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZfsSendErrorType = ZfsParseError;

const SIZE = String.raw`(\d+(?:[.,]\d+)?[KMGTPEZ]?B?)`;

function size(text: string | undefined) {
  return text === undefined ? undefined : parseZfsNumber(text);
}

const RULES: LineParser<ZfsSend>[] = [
  // -P: full <snap> <bytes> | incremental <from> <snap> <bytes> | size <bytes>
  new LineParser(/^full\s+(\S+)(?:\s+(\d+))?\s*$/, (target, [, snapshot, bytes]) => {
    const stream: ZfsSend['streams'][number] = { kind: 'full', snapshot: snapshot as string };
    const value = size(bytes);
    if (value !== undefined) stream.size = value;
    target.streams.push(stream);
  }),
  new LineParser(/^incremental\s+(\S+)\s+(\S+)(?:\s+(\d+))?\s*$/, (target, [, from, snapshot, bytes]) => {
    const stream: ZfsSend['streams'][number] = {
      kind: 'incremental',
      from: from as string,
      snapshot: snapshot as string,
    };
    const value = size(bytes);
    if (value !== undefined) stream.size = value;
    target.streams.push(stream);
  }),
  new LineParser(/^size\s+(\d+)\s*$/, (target, [, bytes]) => {
    const value = size(bytes);
    if (value !== undefined) target.totalSize = value;
  }),
  // -v: full send of <snap> estimated size is <size> | send from <from> to <snap> estimated size is <size>
  new LineParser(new RegExp(`^full send of (\\S+) estimated size is ${SIZE}\\s*$`), (target, [, snapshot, text]) => {
    const stream: ZfsSend['streams'][number] = { kind: 'full', snapshot: snapshot as string };
    const value = size(text);
    if (value !== undefined) stream.size = value;
    target.streams.push(stream);
  }),
  new LineParser(
    new RegExp(`^(?:send|incremental send) from (\\S+) to (\\S+) estimated size is ${SIZE}\\s*$`),
    (target, [, from, snapshot, text]) => {
      const stream: ZfsSend['streams'][number] = {
        kind: 'incremental',
        from: from as string,
        snapshot: snapshot as string,
      };
      const value = size(text);
      if (value !== undefined) stream.size = value;
      target.streams.push(stream);
    },
  ),
  new LineParser(new RegExp(`^total estimated size is ${SIZE}\\s*$`), (target, [, text]) => {
    const value = size(text);
    if (value !== undefined) target.totalSize = value;
  }),
  // Progress header (`TIME SENT SNAPSHOT [name]`) and rows `HH:MM:SS <sent> <snapshot>`.
  new LineParser(/^TIME\s+SENT\s+SNAPSHOT\b/, () => {}),
  new LineParser(new RegExp(`^(\\d{1,2}:\\d{2}:\\d{2})\\s+${SIZE}\\s+(\\S+)\\s*$`), (target, [, time, sent, snap]) => {
    const value = size(sent);
    if (value !== undefined) target.progress.push({ time: time as string, sent: value, snapshot: snap as string });
  }),
];

/**
 * Parses the verbose output of `zfs send`: `-P`/`-nP` parsable lines (`full`, `incremental`, `size`, progress rows,
 * TAB- or space-separated) and `-v` lines (`full send of ... estimated size is ...`, `send from ... to ...`,
 * `total estimated size is ...`, the `TIME SENT SNAPSHOT` progress table).
 *
 * @param text - stderr of `zfs send -v/-P` (stdout for `-n`).
 * @param parameters - {@link ParseZfsSendParameters}.
 * @returns Announced streams, the total estimate and progress lines.
 * @throws {ZfsParseError} On a line that is not send output (unless `strict: false`).
 *
 * @example
 * ```ts
 * import { parseZfsSend } from '@tn/zfs';
 *
 * parseZfsSend('full\ttank/fs@a\t29487181256\nsize\t29487181256\n').totalSize?.value; // 29487181256
 * ```
 */
export function parseZfsSend(text: string, parameters: ParseZfsSendParameters = {}): ParseZfsSendReturnType {
  const { strict = true } = parameters;
  return parseLinesWith<ZfsSend>(text, RULES, { streams: [], progress: [] }, unmatchedPolicy(strict));
}
