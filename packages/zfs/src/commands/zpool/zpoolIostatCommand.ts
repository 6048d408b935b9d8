import { ZfsUsageError } from '../../errors.js';
import type { ZpoolIostat } from '../../model/zpoolIostat.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZpoolIostat } from '../../parsers/parseZpoolIostat.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolIostatCommand} (and of the streaming `watchZpoolIostat`).
 *
 * @example
 * ```ts
 * import type { ZpoolIostatParameters } from '@tn/zfs';
 *
 * const params: ZpoolIostatParameters = { pools: ['tank'], verbose: true };
 * ```
 */
export type ZpoolIostatParameters = {
  /** Pools to report on. @default [] (all imported pools) */
  pools?: readonly string[] | undefined;
  /** Per-vdev rows (`-v`). @default false */
  verbose?: boolean | undefined;
  /** Exact numbers (`-p`). Set `false` for old zpool (zfs-fuse). @default true */
  parsable?: boolean | undefined;
};

/** @internal */
export function iostatArgv(parameters: ZpoolIostatParameters, interval?: number, count?: number): string[] {
  const { pools = [], verbose = false, parsable = true } = parameters;
  for (const pool of pools) assertZfsName(pool, 'pool');
  const argv = ['zpool', 'iostat', '-T', 'u'];
  if (verbose) argv.push('-v');
  if (parsable) argv.push('-p');
  argv.push(...pools);
  if (interval !== undefined) {
    if (!(Number.isFinite(interval) && interval > 0)) throw new ZfsUsageError(`iostat: invalid interval ${interval}`);
    argv.push(String(interval));
    if (count !== undefined) {
      if (!Number.isSafeInteger(count) || count < 1) throw new ZfsUsageError(`iostat: invalid count ${count}`);
      argv.push(String(count));
    }
  }
  return argv;
}

/**
 * Builds `zpool iostat -T u [-v] [-p] [pool...]`: one sample of I/O statistics since boot. For a live feed use
 * `watchZpoolIostat`.
 *
 * @param parameters - Pools and detail level.
 * @returns The command; its `parse` gives the columns and one sample.
 * @throws {ZfsUsageError} When a pool name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolIostatCommand } from '@tn/zfs';
 *
 * const { samples } = await executeCommand(createLocalRunner(), zpoolIostatCommand({ pools: ['tank'] }));
 * ```
 */
export function zpoolIostatCommand(parameters: ZpoolIostatParameters = {}): ZfsCommand<ZpoolIostat> {
  return { argv: iostatArgv(parameters), parse: (stdout) => parseZpoolIostat(stdout) };
}
