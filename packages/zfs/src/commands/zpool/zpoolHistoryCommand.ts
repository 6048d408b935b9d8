import type { ZpoolHistory } from '../../model/zpoolHistory.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZpoolHistory } from '../../parsers/parseZpoolHistory.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolHistoryCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolHistoryParameters } from '@tn/zfs';
 *
 * const params: ZpoolHistoryParameters = { pools: ['tank'], internal: true, long: true };
 * ```
 */
export type ZpoolHistoryParameters = {
  /** Pools whose history is read. @default [] (all imported pools) */
  pools?: readonly string[] | undefined;
  /** Include internal events (`-i`). @default false */
  internal?: boolean | undefined;
  /** Add user, host and zone (`-l`). @default false */
  long?: boolean | undefined;
};

/**
 * Builds `zpool history [-i] [-l] [pool...]`.
 *
 * @param parameters - Pools and detail level.
 * @returns The command; its `parse` gives the logged commands per pool.
 * @throws {ZfsUsageError} When a pool name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolHistoryCommand } from '@tn/zfs';
 *
 * const history = await executeCommand(createLocalRunner(), zpoolHistoryCommand({ pools: ['tank'] }));
 * ```
 */
export function zpoolHistoryCommand(parameters: ZpoolHistoryParameters = {}): ZfsCommand<ZpoolHistory> {
  const { pools = [], internal = false, long = false } = parameters;
  for (const pool of pools) assertZfsName(pool, 'pool');
  const argv = ['zpool', 'history', ...(internal ? ['-i'] : []), ...(long ? ['-l'] : []), ...pools];
  return { argv, parse: (stdout) => parseZpoolHistory(stdout) };
}
