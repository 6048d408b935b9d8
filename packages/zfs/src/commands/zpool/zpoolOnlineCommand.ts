import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolOnlineCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolOnlineParameters } from '@tn/zfs';
 *
 * const params: ZpoolOnlineParameters = { pool: 'tank', devices: ['/dev/sdb'], expand: true };
 * ```
 */
export type ZpoolOnlineParameters = {
  /** The pool. */
  pool: string;
  /** Devices to bring online. */
  devices: readonly string[];
  /** Grow into the whole device (`-e`). @default false */
  expand?: boolean | undefined;
};

/**
 * Builds `zpool online [-e] pool device...`.
 *
 * @param parameters - Pool and devices.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When no device is given, or the pool or a device is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolOnlineCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolOnlineCommand({ pool: 'tank', devices: ['sdb'] }));
 * ```
 */
export function zpoolOnlineCommand(parameters: ZpoolOnlineParameters): ZfsCommand<void> {
  const { pool, devices, expand = false } = parameters;
  assertZfsName(pool, 'pool');
  if (devices.length === 0) throw new ZfsUsageError('online: no devices');
  for (const device of devices) assertArgument(device, 'device');
  return { argv: ['zpool', 'online', ...(expand ? ['-e'] : []), pool, ...devices], parse: () => undefined };
}
