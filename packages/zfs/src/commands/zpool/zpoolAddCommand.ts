import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';
import { type PoolTopology, topologyArgs } from './vdevArgs.js';

/**
 * Options of {@link zpoolAddCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolAddParameters } from '@tn/zfs';
 *
 * const params: ZpoolAddParameters = { pool: 'tank', topology: { cache: ['/dev/nvme0n1'] } };
 * ```
 */
export type ZpoolAddParameters = {
  /** The pool to grow. */
  pool: string;
  /** Vdevs to add (data vdevs and/or support classes). */
  topology: PoolTopology;
  /** Allow mismatched replication levels and devices that look in use (`-f`). @default false */
  force?: boolean | undefined;
  /** Only show the resulting layout (`-n`). @default false */
  dryRun?: boolean | undefined;
};

/**
 * Builds `zpool add [-f] [-n] pool <vdevs>`.
 *
 * @param parameters - Pool and new vdevs.
 * @returns The command; its `parse` returns stdout (the layout, for a dry run).
 * @throws {ZfsUsageError} When the pool name, a device or the topology is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolAddCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolAddCommand({ pool: 'tank', topology: { spare: ['/dev/sdf'] } }));
 * ```
 */
export function zpoolAddCommand(parameters: ZpoolAddParameters): ZfsCommand<string> {
  const { pool, topology, force = false, dryRun = false } = parameters;
  assertZfsName(pool, 'pool');
  const argv = ['zpool', 'add', ...(force ? ['-f'] : []), ...(dryRun ? ['-n'] : []), pool, ...topologyArgs(topology)];
  return { argv, parse: (stdout) => stdout };
}
