import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolAttachCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolAttachParameters } from '@tn/zfs';
 *
 * const params: ZpoolAttachParameters = { pool: 'tank', device: '/dev/sda', newDevice: '/dev/sdb' };
 * ```
 */
export type ZpoolAttachParameters = {
  /** The pool. */
  pool: string;
  /** An existing device (or mirror/raidz vdev, for raidz expansion). */
  device: string;
  /** The device to attach: it becomes a mirror of `device` (or widens the raidz). */
  newDevice: string;
  /** Use the device even if it looks in use (`-f`). @default false */
  force?: boolean | undefined;
  /** Wait for the resilver to finish (`-w`). @default false */
  wait?: boolean | undefined;
  /** Properties of the new device (`-o ashift=12`). @default {} */
  properties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
};

/**
 * Builds `zpool attach [-f] [-w] [-o k=v] pool device new_device`.
 *
 * @param parameters - Pool, existing and new device.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the pool or a device is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolAttachCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolAttachCommand({ pool: 'tank', device: 'sda', newDevice: 'sdb' }));
 * ```
 */
export function zpoolAttachCommand(parameters: ZpoolAttachParameters): ZfsCommand<void> {
  const { pool, device, newDevice, force = false, wait = false, properties } = parameters;
  assertZfsName(pool, 'pool');
  assertArgument(device, 'device');
  assertArgument(newDevice, 'device');
  const argv = ['zpool', 'attach', ...(force ? ['-f'] : []), ...(wait ? ['-w'] : [])];
  argv.push(...propertyArgs('-o', properties), pool, device, newDevice);
  return { argv, parse: () => undefined };
}
