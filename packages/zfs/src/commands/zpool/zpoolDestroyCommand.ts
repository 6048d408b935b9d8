import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolDestroyCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolDestroyParameters } from '@tn/zfs';
 *
 * const params: ZpoolDestroyParameters = { pool: 'scratch', force: true };
 * ```
 */
export type ZpoolDestroyParameters = {
  /** The pool to destroy, with all its data. */
  pool: string;
  /** Force-unmount active datasets (`-f`). @default false */
  force?: boolean | undefined;
};

/**
 * Builds `zpool destroy [-f] pool`.
 *
 * @param parameters - The pool.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the pool name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolDestroyCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolDestroyCommand({ pool: 'scratch' }));
 * ```
 */
export function zpoolDestroyCommand(parameters: ZpoolDestroyParameters): ZfsCommand<void> {
  assertZfsName(parameters.pool, 'pool');
  return {
    argv: ['zpool', 'destroy', ...(parameters.force ? ['-f'] : []), parameters.pool],
    parse: () => undefined,
  };
}
