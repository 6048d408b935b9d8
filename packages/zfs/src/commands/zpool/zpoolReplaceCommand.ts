import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolReplaceCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolReplaceParameters } from '@tn/zfs';
 *
 * const params: ZpoolReplaceParameters = { pool: 'tank', device: '/dev/sdb', newDevice: '/dev/sdc' };
 * ```
 */
export type ZpoolReplaceParameters = {
  /** The pool. */
  pool: string;
  /** The device (path or GUID) being replaced. */
  device: string;
  /** The replacement. @default the same path (a new disk in the same slot) */
  newDevice?: string | undefined;
  /** Use the device even if it looks in use (`-f`). @default false */
  force?: boolean | undefined;
  /** Wait for the resilver to finish (`-w`). @default false */
  wait?: boolean | undefined;
};

/**
 * Builds `zpool replace [-f] [-w] pool device [new_device]`.
 *
 * @param parameters - Pool, old and new device.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the pool or a device is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolReplaceCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolReplaceCommand({ pool: 'tank', device: 'sdb', newDevice: 'sdc' }));
 * ```
 */
export function zpoolReplaceCommand(parameters: ZpoolReplaceParameters): ZfsCommand<void> {
  const { pool, device, newDevice, force = false, wait = false } = parameters;
  assertZfsName(pool, 'pool');
  assertArgument(device, 'device');
  if (newDevice !== undefined) assertArgument(newDevice, 'device');
  const argv = ['zpool', 'replace', ...(force ? ['-f'] : []), ...(wait ? ['-w'] : []), pool, device];
  if (newDevice !== undefined) argv.push(newDevice);
  return { argv, parse: () => undefined };
}
