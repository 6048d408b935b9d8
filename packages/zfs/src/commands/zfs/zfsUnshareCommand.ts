import { targetArgs } from '../targetArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsUnshareCommand}: give `name` or `all`.
 *
 * @example
 * ```ts
 * import type { ZfsUnshareParameters } from '@tn/zfs';
 *
 * const params: ZfsUnshareParameters = { name: 'tank/export' };
 * ```
 */
export type ZfsUnshareParameters = {
  /** The filesystem, or its absolute mountpoint. */
  name?: string | undefined;
  /** Unshare every shared filesystem (`-a`). @default false */
  all?: boolean | undefined;
};

/**
 * Builds `zfs unshare name|mountpoint|-a`.
 *
 * @param parameters - What to unshare.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `name` and `all` are given, or the name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsUnshareCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsUnshareCommand({ name: 'tank/export' }));
 * ```
 */
export function zfsUnshareCommand(parameters: ZfsUnshareParameters): ZfsCommand<void> {
  return {
    argv: ['zfs', 'unshare', ...targetArgs('unshare', parameters, { allowPath: true })],
    parse: () => undefined,
  };
}
