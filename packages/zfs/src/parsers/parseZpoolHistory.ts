import type { ZfsParseError } from '../errors.js';
import type { ZpoolHistory, ZpoolHistoryEntry } from '../model/zpoolHistory.js';
import { unmatchedPolicy } from './lenient.js';
import { LineParser, parseLinesWith } from './lineParser.js';
import { parseZfsDate } from './parseZfsDate.js';

/** Parameters of {@link parseZpoolHistory} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZpoolHistory, type ParseZpoolHistoryParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZpoolHistoryParameters) => parseZpoolHistory(text, options);
 * ```
 */
export type ParseZpoolHistoryParameters = {
  /**
   * Throw on a line that is not history output; with `false`, keep it in `unrecognized`.
   * @default true
   */
  strict?: boolean;
};
/** Return type of {@link parseZpoolHistory}.
 *
 * @example
 * ```ts
 * import { parseZpoolHistory, type ParseZpoolHistoryReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolHistoryReturnType = parseZpoolHistory(text);
 * ```
 */
export type ParseZpoolHistoryReturnType = ZpoolHistory;
/** Errors {@link parseZpoolHistory} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolHistory, type ParseZpoolHistoryErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolHistory(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolHistoryErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolHistoryErrorType = ZfsParseError;

const USER_SUFFIX = /\s*\[user (.+?) on ([^\]:]+)(?::([^\]]+))?\]\s*$/;
const INTERNAL_OLD = /^\[internal (.+?) txg:(\d+)\]\s?(.*)$/;
const INTERNAL_NEW = /^\[txg:(\d+)\] (\S+)\s?(.*)$/;

function toEntry(time: string, rest: string): ZpoolHistoryEntry {
  const entry: ZpoolHistoryEntry = { time: parseZfsDate(time) };
  let body = rest;
  const user = USER_SUFFIX.exec(body);
  if (user !== null) body = body.slice(0, user.index);
  const old = INTERNAL_OLD.exec(body);
  const current = old === null ? INTERNAL_NEW.exec(body) : null;
  if (old !== null) {
    entry.internal = { event: old[1] as string, txg: Number(old[2]), detail: (old[3] as string).trimEnd() };
  } else if (current !== null) {
    entry.internal = { event: current[2] as string, txg: Number(current[1]), detail: (current[3] as string).trimEnd() };
  } else {
    entry.command = body.trimEnd();
  }
  if (user !== null) {
    entry.user = user[1];
    entry.host = user[2];
    if (user[3] !== undefined) entry.zone = user[3];
  }
  return entry;
}

const RULES: LineParser<ZpoolHistory>[] = [
  new LineParser(/^History for '(.*)':\s*$/, (target, [, pool]) => {
    target.pools.push({ pool: pool as string, entries: [] });
  }),
  new LineParser(/^(\d{4}-\d{2}-\d{2}\.\d{2}:\d{2}:\d{2}) (.*)$/, (target, [, time, rest]) => {
    let pool = target.pools[target.pools.length - 1];
    if (pool === undefined) {
      pool = { pool: '', entries: [] };
      target.pools.push(pool);
    }
    pool.entries.push(toEntry(time as string, rest as string));
  }),
  // Indented continuation lines (the ioctl nvlists of newer `-i` output) belong to the entry above.
  new LineParser(/^[ \t]+(\S.*)$/, (target, [, text]) => {
    const entry = target.pools[target.pools.length - 1]?.entries.at(-1);
    if (entry === undefined) return false;
    entry.details ??= [];
    entry.details.push((text as string).trimEnd());
  }),
];

/**
 * Parses `zpool history [-i] [-l]` output: `History for 'pool':` blocks of `YYYY-MM-DD.HH:MM:SS <command>` lines;
 * `-i` internal events (`[internal <event> txg:N] ...` or `[txg:N] <event> ...`) and the `-l`
 * `[user U on host:zone]` suffix are split out.
 *
 * @param text - stdout of `zpool history`.
 * @param parameters - {@link ParseZpoolHistoryParameters}.
 * @returns One block per pool (pool `''` when the output starts without a `History for` line).
 * @throws {ZfsParseError} On a line that is not history output (unless `strict: false`).
 *
 * @example
 * ```ts
 * import { parseZpoolHistory } from '@tn/zfs';
 *
 * const { pools } = parseZpoolHistory("History for 'tank':\n2026-11-22.01:57:07 zfs create tank/data\n");
 * pools[0]?.entries[0]?.command; // 'zfs create tank/data'
 * ```
 */
export function parseZpoolHistory(
  text: string,
  parameters: ParseZpoolHistoryParameters = {},
): ParseZpoolHistoryReturnType {
  const { strict = true } = parameters;
  return parseLinesWith<ZpoolHistory>(text, RULES, { pools: [] }, unmatchedPolicy(strict));
}
