import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolExportCommand}: give `pools` or `all`.
 *
 * @example
 * ```ts
 * import type { ZpoolExportParameters } from '@tn/zfs';
 *
 * const params: ZpoolExportParameters = { pools: ['tank'] };
 * ```
 */
export type ZpoolExportParameters = {
  /** Pools to export. */
  pools?: readonly string[] | undefined;
  /** Export every imported pool (`-a`). @default false */
  all?: boolean | undefined;
  /** Force-unmount datasets (`-f`). @default false */
  force?: boolean | undefined;
};

/**
 * Builds `zpool export [-f] pool...|-a`.
 *
 * @param parameters - Which pools.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `pools`/`all` are given, or a name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolExportCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolExportCommand({ pools: ['tank'] }));
 * ```
 */
export function zpoolExportCommand(parameters: ZpoolExportParameters): ZfsCommand<void> {
  const { pools = [], all = false, force = false } = parameters;
  if (all === pools.length > 0) throw new ZfsUsageError('export: give exactly one of pools and all');
  for (const pool of pools) assertZfsName(pool, 'pool');
  return { argv: ['zpool', 'export', ...(force ? ['-f'] : []), ...(all ? ['-a'] : pools)], parse: () => undefined };
}
