import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyAssignment, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolSetCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolSetParameters } from '@tn/zfs';
 *
 * const params: ZpoolSetParameters = { pool: 'tank', property: 'autotrim', value: true };
 * ```
 */
export type ZpoolSetParameters = {
  /** The pool. */
  pool: string;
  /** Property name (`autotrim`, `comment`, `feature@...`). */
  property: string;
  /** New value; booleans become `on`/`off`. */
  value: ZfsPropertyValue;
};

/**
 * Builds `zpool set name=value pool`.
 *
 * @param parameters - Pool, property and value.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the pool, property or value is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolSetCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolSetCommand({ pool: 'tank', property: 'autotrim', value: true }));
 * ```
 */
export function zpoolSetCommand(parameters: ZpoolSetParameters): ZfsCommand<void> {
  const { pool, property, value } = parameters;
  assertZfsName(pool, 'pool');
  return { argv: ['zpool', 'set', propertyAssignment(property, value), pool], parse: () => undefined };
}
