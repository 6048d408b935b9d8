import { targetArgs } from '../targetArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsUnmountCommand}: give `name` or `all`.
 *
 * @example
 * ```ts
 * import type { ZfsUnmountParameters } from '@tn/zfs';
 *
 * const params: ZfsUnmountParameters = { name: 'tank/home', force: true };
 * ```
 */
export type ZfsUnmountParameters = {
  /** The filesystem, or its absolute mountpoint. */
  name?: string | undefined;
  /** Unmount every ZFS filesystem (`-a`). @default false */
  all?: boolean | undefined;
  /** Unmount even if busy (`-f`). @default false */
  force?: boolean | undefined;
};

/**
 * Builds `zfs unmount [-f] name|mountpoint|-a`.
 *
 * @param parameters - What to unmount.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `name` and `all` are given, or the name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsUnmountCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsUnmountCommand({ name: 'tank/home' }));
 * ```
 */
export function zfsUnmountCommand(parameters: ZfsUnmountParameters): ZfsCommand<void> {
  const { force = false } = parameters;
  const target = targetArgs('unmount', parameters, { allowPath: true });
  return { argv: ['zfs', 'unmount', ...(force ? ['-f'] : []), ...target], parse: () => undefined };
}
