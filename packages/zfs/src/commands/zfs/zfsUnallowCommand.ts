import type { ZfsCommand } from '../zfsCommand.js';
import { delegationArgv, type ZfsAllowParameters } from './zfsAllowCommand.js';

/**
 * Options of {@link zfsUnallowCommand}: those of {@link ZfsAllowParameters}, where an empty `permissions` list
 * removes everything granted to the grantee.
 *
 * @example
 * ```ts
 * import type { ZfsUnallowParameters } from '@tn/zfs';
 *
 * const params: ZfsUnallowParameters = { name: 'tank/home', users: ['alice'], permissions: [], recursive: true };
 * ```
 */
export type ZfsUnallowParameters = ZfsAllowParameters & {
  /** Remove from descendants too (`-r`). @default false */
  recursive?: boolean | undefined;
};

/**
 * Builds `zfs unallow [-r] [-l|-d] -u users|-g groups|-e|-c|-s @set [perms] dataset`.
 *
 * @param parameters - Dataset, grantee and permissions to remove.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When not exactly one grantee is named, or a name or permission is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsUnallowCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsUnallowCommand({ name: 'tank/home', everyone: true, permissions: [] }));
 * ```
 */
export function zfsUnallowCommand(parameters: ZfsUnallowParameters): ZfsCommand<void> {
  return {
    argv: delegationArgv('unallow', parameters, parameters.recursive ? ['-r'] : []),
    parse: () => undefined,
  };
}
