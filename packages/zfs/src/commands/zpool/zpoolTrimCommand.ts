import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolTrimCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolTrimParameters } from '@tn/zfs';
 *
 * const params: ZpoolTrimParameters = { pool: 'tank', rate: '100M' };
 * ```
 */
export type ZpoolTrimParameters = {
  /** The pool. */
  pool: string;
  /** Only these devices. @default [] (all devices) */
  devices?: readonly string[] | undefined;
  /** `start`, `cancel` (`-c`) or `suspend` (`-s`). @default 'start' */
  action?: 'start' | 'cancel' | 'suspend' | undefined;
  /** Secure TRIM (`-d`). @default false */
  secure?: boolean | undefined;
  /** Rate limit per device, bytes/s or with a suffix (`-r 100M`). @default unlimited */
  rate?: number | string | undefined;
  /** Wait until trimming finishes (`-w`). @default false */
  wait?: boolean | undefined;
};

/**
 * Builds `zpool trim [-c|-s] [-d] [-r rate] [-w] pool [device...]`.
 *
 * @param parameters - Pool, devices and action.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the pool, a device or the rate is invalid, or start-only options are combined with
 *   cancel/suspend.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolTrimCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolTrimCommand({ pool: 'tank' }));
 * ```
 */
export function zpoolTrimCommand(parameters: ZpoolTrimParameters): ZfsCommand<void> {
  const { pool, devices = [], action = 'start', secure = false, rate, wait = false } = parameters;
  assertZfsName(pool, 'pool');
  for (const device of devices) assertArgument(device, 'device');
  if (action !== 'start' && (secure || rate !== undefined || wait)) {
    throw new ZfsUsageError(`trim: secure, rate and wait only apply to starting a trim, not to ${action}`);
  }
  const argv = ['zpool', 'trim'];
  if (action === 'cancel') argv.push('-c');
  if (action === 'suspend') argv.push('-s');
  if (secure) argv.push('-d');
  if (rate !== undefined) {
    const text = String(rate);
    if (!/^\d+(?:\.\d+)?[KMGTPE]?$/i.test(text)) throw new ZfsUsageError(`trim: invalid rate ${JSON.stringify(text)}`);
    argv.push('-r', text);
  }
  if (wait) argv.push('-w');
  argv.push(pool, ...devices);
  return { argv, parse: () => undefined };
}
