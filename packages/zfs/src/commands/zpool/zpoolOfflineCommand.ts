import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolOfflineCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolOfflineParameters } from '@tn/zfs';
 *
 * const params: ZpoolOfflineParameters = { pool: 'tank', devices: ['/dev/sdb'], temporary: true };
 * ```
 */
export type ZpoolOfflineParameters = {
  /** The pool. */
  pool: string;
  /** Devices to take offline. */
  devices: readonly string[];
  /** Only until the next reboot/import (`-t`). @default false */
  temporary?: boolean | undefined;
  /** Force the device into the FAULTED state (`-f`). @default false */
  force?: boolean | undefined;
};

/**
 * Builds `zpool offline [-t] [-f] pool device...`.
 *
 * @param parameters - Pool and devices.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When no device is given, or the pool or a device is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolOfflineCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolOfflineCommand({ pool: 'tank', devices: ['sdb'] }));
 * ```
 */
export function zpoolOfflineCommand(parameters: ZpoolOfflineParameters): ZfsCommand<void> {
  const { pool, devices, temporary = false, force = false } = parameters;
  assertZfsName(pool, 'pool');
  if (devices.length === 0) throw new ZfsUsageError('offline: no devices');
  for (const device of devices) assertArgument(device, 'device');
  const argv = ['zpool', 'offline', ...(temporary ? ['-t'] : []), ...(force ? ['-f'] : []), pool, ...devices];
  return { argv, parse: () => undefined };
}
