import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsCloneCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsCloneParameters } from '@tn/zfs';
 *
 * const params: ZfsCloneParameters = { snapshot: 'tank/base@gold', target: 'tank/vm1' };
 * ```
 */
export type ZfsCloneParameters = {
  /** The snapshot to clone. */
  snapshot: string;
  /** Name of the new dataset. */
  target: string;
  /** Create missing parents of `target` (`-p`). @default false */
  parents?: boolean | undefined;
  /** Properties of the clone (`-o`). @default {} */
  properties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
};

/**
 * Builds `zfs clone [-p] [-o k=v]... snapshot target`.
 *
 * @param parameters - Source snapshot and new name.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When a name or property is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsCloneCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsCloneCommand({ snapshot: 'tank/base@gold', target: 'tank/vm1' }));
 * ```
 */
export function zfsCloneCommand(parameters: ZfsCloneParameters): ZfsCommand<void> {
  const { snapshot, target, parents = false, properties } = parameters;
  assertZfsName(snapshot, 'snapshot');
  assertZfsName(target, 'dataset');
  const argv = ['zfs', 'clone', ...(parents ? ['-p'] : []), ...propertyArgs('-o', properties), snapshot, target];
  return { argv, parse: () => undefined };
}
