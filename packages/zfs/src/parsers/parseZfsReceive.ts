import type { ZfsParseError } from '../errors.js';
import type { ZfsReceive, ZfsReceiveStream } from '../model/zfsSend.js';
import { unmatchedPolicy } from './lenient.js';
import { LineParser, parseLinesWith } from './lineParser.js';
import { parseZfsNumber } from './parseZfsNumber.js';

/** Parameters of {@link parseZfsReceive} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZfsReceive, type ParseZfsReceiveParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZfsReceiveParameters) => parseZfsReceive(text, options);
 * ```
 */
export type ParseZfsReceiveParameters = {
  /**
   * Throw on a line that is not receive output; with `false`, keep it in `unrecognized`.
   * @default true
   */
  strict?: boolean;
};
/** Return type of {@link parseZfsReceive}.
 *
 * @example
 * ```ts
 * import { parseZfsReceive, type ParseZfsReceiveReturnType } from '@tn/zfs';
 *
 * const result: ParseZfsReceiveReturnType = parseZfsReceive(text);
 * ```
 */
export type ParseZfsReceiveReturnType = ZfsReceive;
/** Errors {@link parseZfsReceive} can throw.
 *
 * @example
 * ```ts
 * import { parseZfsReceive, type ParseZfsReceiveErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZfsReceive(text);
 * } catch (err) {
 *   console.error((err as ParseZfsReceiveErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZfsReceiveErrorType = ZfsParseError;

const RULES: LineParser<ZfsReceive>[] = [
  new LineParser(
    /^(would receive|receiving) (full|incremental) stream of (\S+) into (\S+?)\s*$/,
    (target, [, verb, kind, source, dest]) => {
      target.streams.push({
        kind: kind as ZfsReceiveStream['kind'],
        source: source as string,
        target: dest as string,
        dryRun: verb === 'would receive',
      });
    },
  ),
  new LineParser(/^found clone origin (\S+)\s*$/, (target, [, origin]) => {
    const last = target.streams[target.streams.length - 1];
    if (last !== undefined) last.origin = origin;
  }),
  new LineParser(
    /^received (\S+) stream in ([\d.]+) seconds?(?: \((\S+?)(?:\/sec|\/s)\))?\s*$/,
    (target, [, bytes, seconds, rate]) => {
      const last = target.streams[target.streams.length - 1];
      if (last === undefined) return;
      const size = parseZfsNumber(bytes as string);
      if (size !== undefined) last.bytes = size;
      last.seconds = Number(seconds);
      const speed = rate === undefined ? undefined : parseZfsNumber(rate);
      if (speed !== undefined) last.rate = speed;
    },
  ),
];

/**
 * Parses `zfs receive -v` output: `receiving full|incremental stream of X into Y` (`would receive` with `-n`),
 * `found clone origin Z` and `received 8.03MB stream in 1 seconds (8.03MB/sec)`, which completes the stream above.
 *
 * @param text - stdout of `zfs receive -v`.
 * @param parameters - {@link ParseZfsReceiveParameters}.
 * @returns The streams in order.
 * @throws {ZfsParseError} On a line that is not receive output (unless `strict: false`).
 *
 * @example
 * ```ts
 * import { parseZfsReceive } from '@tn/zfs';
 *
 * const { streams } = parseZfsReceive('receiving full stream of a@s into b@s\nreceived 312B stream in 1 seconds (312B/sec)\n');
 * streams[0]?.bytes?.value; // 312
 * ```
 */
export function parseZfsReceive(text: string, parameters: ParseZfsReceiveParameters = {}): ParseZfsReceiveReturnType {
  const { strict = true } = parameters;
  return parseLinesWith<ZfsReceive>(text, RULES, { streams: [] }, unmatchedPolicy(strict));
}
