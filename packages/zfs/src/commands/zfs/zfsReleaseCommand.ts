import type { ZfsCommand } from '../zfsCommand.js';
import { holdArgv, type ZfsHoldParameters } from './zfsHoldCommand.js';

/**
 * Builds `zfs release [-r] tag snapshot...`.
 *
 * @param parameters - Tag and snapshots (same shape as {@link zfsHoldCommand}).
 * @returns The command (no output). Fails with kind `not_found` when the tag is not there.
 * @throws {ZfsUsageError} When the tag or a snapshot name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsReleaseCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsReleaseCommand({ tag: 'backup', snapshots: ['tank/home@today'] }));
 * ```
 */
export function zfsReleaseCommand(parameters: ZfsHoldParameters): ZfsCommand<void> {
  return { argv: holdArgv('release', parameters), parse: () => undefined };
}
