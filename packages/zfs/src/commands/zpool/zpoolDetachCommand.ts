import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolDetachCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolDetachParameters } from '@tn/zfs';
 *
 * const params: ZpoolDetachParameters = { pool: 'tank', device: '/dev/sdb' };
 * ```
 */
export type ZpoolDetachParameters = {
  /** The pool. */
  pool: string;
  /** A device of a mirror (or a replacing/spare vdev) to remove from it. */
  device: string;
};

/**
 * Builds `zpool detach pool device`.
 *
 * @param parameters - Pool and device.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the pool or device is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolDetachCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolDetachCommand({ pool: 'tank', device: 'sdb' }));
 * ```
 */
export function zpoolDetachCommand(parameters: ZpoolDetachParameters): ZfsCommand<void> {
  assertZfsName(parameters.pool, 'pool');
  assertArgument(parameters.device, 'device');
  return { argv: ['zpool', 'detach', parameters.pool, parameters.device], parse: () => undefined };
}
