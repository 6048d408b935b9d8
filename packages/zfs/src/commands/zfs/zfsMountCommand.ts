import { assertArgument } from '../../names/assertArgument.js';
import { targetArgs } from '../targetArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsMountCommand}: give `name` or `all`.
 *
 * @example
 * ```ts
 * import type { ZfsMountParameters } from '@tn/zfs';
 *
 * const params: ZfsMountParameters = { name: 'tank/home', options: ['ro'] };
 * ```
 */
export type ZfsMountParameters = {
  /** The filesystem to mount. */
  name?: string | undefined;
  /** Mount every filesystem with `canmount=on` (`-a`). @default false */
  all?: boolean | undefined;
  /** Temporary mount options (`-o ro,noatime`). @default [] */
  options?: readonly string[] | undefined;
  /** Mount over a non-empty directory (`-O`). @default false */
  overlay?: boolean | undefined;
  /** Load encryption keys first (`-l`). @default false */
  loadKeys?: boolean | undefined;
};

/**
 * Builds `zfs mount [-O] [-l] [-o opts] name|-a`.
 *
 * @param parameters - What to mount.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `name` and `all` are given, or the name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsMountCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsMountCommand({ name: 'tank/home' }));
 * ```
 */
export function zfsMountCommand(parameters: ZfsMountParameters): ZfsCommand<void> {
  const { options = [], overlay = false, loadKeys = false } = parameters;
  const target = targetArgs('mount', parameters);
  const argv = ['zfs', 'mount'];
  if (overlay) argv.push('-O');
  if (loadKeys) argv.push('-l');
  if (options.length > 0) {
    for (const option of options) assertArgument(option, 'mount option');
    argv.push('-o', options.join(','));
  }
  argv.push(...target);
  return { argv, parse: () => undefined };
}
