import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsPromoteCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsPromoteParameters } from '@tn/zfs';
 *
 * const params: ZfsPromoteParameters = { name: 'tank/vm1' };
 * ```
 */
export type ZfsPromoteParameters = {
  /** The clone to promote: it takes over its origin's snapshots, and the origin becomes its clone. */
  name: string;
};

/**
 * Builds `zfs promote clone`.
 *
 * @param parameters - The clone.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsPromoteCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsPromoteCommand({ name: 'tank/vm1' }));
 * ```
 */
export function zfsPromoteCommand(parameters: ZfsPromoteParameters): ZfsCommand<void> {
  assertZfsName(parameters.name, 'dataset');
  return { argv: ['zfs', 'promote', parameters.name], parse: () => undefined };
}
