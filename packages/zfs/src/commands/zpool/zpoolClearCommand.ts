import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolClearCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolClearParameters } from '@tn/zfs';
 *
 * const params: ZpoolClearParameters = { pool: 'tank', devices: ['/dev/sdb'] };
 * ```
 */
export type ZpoolClearParameters = {
  /** The pool. */
  pool: string;
  /** Only these devices. @default [] (the whole pool) */
  devices?: readonly string[] | undefined;
};

/**
 * Builds `zpool clear pool [device...]`: resets error counters and resumes a suspended pool.
 *
 * @param parameters - Pool and optional devices.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the pool or a device is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolClearCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolClearCommand({ pool: 'tank' }));
 * ```
 */
export function zpoolClearCommand(parameters: ZpoolClearParameters): ZfsCommand<void> {
  const { pool, devices = [] } = parameters;
  assertZfsName(pool, 'pool');
  for (const device of devices) assertArgument(device, 'device');
  return { argv: ['zpool', 'clear', pool, ...devices], parse: () => undefined };
}
