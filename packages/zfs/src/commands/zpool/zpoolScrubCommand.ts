import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolScrubCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolScrubParameters } from '@tn/zfs';
 *
 * const params: ZpoolScrubParameters = { pools: ['tank'], action: 'pause' };
 * ```
 */
export type ZpoolScrubParameters = {
  /** Pools to scrub. */
  pools: readonly string[];
  /** `start` (or resume a paused scrub), `pause` (`-p`) or `stop` (`-s`). @default 'start' */
  action?: 'start' | 'pause' | 'stop' | undefined;
  /** Wait until the scrub finishes (`-w`, start only). @default false */
  wait?: boolean | undefined;
};

const FLAG = { start: [], pause: ['-p'], stop: ['-s'] } as const;

/**
 * Builds `zpool scrub [-p|-s] [-w] pool...`.
 *
 * @param parameters - Pools and action.
 * @returns The command (no output). Stopping when no scrub runs fails with kind `not_found`.
 * @throws {ZfsUsageError} When no pool is given, a name is invalid, or `wait` is used with pause/stop.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolScrubCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolScrubCommand({ pools: ['tank'] }));
 * ```
 */
export function zpoolScrubCommand(parameters: ZpoolScrubParameters): ZfsCommand<void> {
  const { pools, action = 'start', wait = false } = parameters;
  if (pools.length === 0) throw new ZfsUsageError('scrub: no pools');
  for (const pool of pools) assertZfsName(pool, 'pool');
  if (wait && action !== 'start') throw new ZfsUsageError('scrub: wait (-w) only applies to starting a scrub');
  return { argv: ['zpool', 'scrub', ...FLAG[action], ...(wait ? ['-w'] : []), ...pools], parse: () => undefined };
}
