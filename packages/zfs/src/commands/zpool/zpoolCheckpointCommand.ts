import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolCheckpointCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolCheckpointParameters } from '@tn/zfs';
 *
 * const params: ZpoolCheckpointParameters = { pool: 'tank', discard: true, wait: true };
 * ```
 */
export type ZpoolCheckpointParameters = {
  /** The pool. */
  pool: string;
  /** Discard the existing checkpoint instead of taking one (`-d`). @default false */
  discard?: boolean | undefined;
  /** With `discard`, wait until the space is freed (`-w`). @default false */
  wait?: boolean | undefined;
};

/**
 * Builds `zpool checkpoint pool` or `zpool checkpoint -d [-w] pool`.
 *
 * @param parameters - Pool and action.
 * @returns The command (no output). Taking a second checkpoint fails with kind `exists`.
 * @throws {ZfsUsageError} When the pool name is invalid or `wait` is given without `discard`.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolCheckpointCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolCheckpointCommand({ pool: 'tank' }));
 * ```
 */
export function zpoolCheckpointCommand(parameters: ZpoolCheckpointParameters): ZfsCommand<void> {
  const { pool, discard = false, wait = false } = parameters;
  assertZfsName(pool, 'pool');
  if (wait && !discard) throw new ZfsUsageError('checkpoint: wait (-w) only applies to discard');
  return {
    argv: ['zpool', 'checkpoint', ...(discard ? ['-d'] : []), ...(wait ? ['-w'] : []), pool],
    parse: () => undefined,
  };
}
