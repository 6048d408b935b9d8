import { ZfsUsageError } from '../../errors.js';
import { assertPropertyName } from '../../names/assertProperty.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsInheritCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsInheritParameters } from '@tn/zfs';
 *
 * const params: ZfsInheritParameters = { names: ['tank/home'], property: 'compression', recursive: true };
 * ```
 */
export type ZfsInheritParameters = {
  /** Datasets whose local value is cleared. */
  names: readonly string[];
  /** The property to inherit. */
  property: string;
  /** Apply to descendants too (`-r`). @default false */
  recursive?: boolean | undefined;
  /** Revert to the received value instead of inheriting (`-S`). @default false */
  received?: boolean | undefined;
};

/**
 * Builds `zfs inherit [-r] [-S] property dataset...`.
 *
 * @param parameters - Datasets and property.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When a name or the property is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsInheritCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsInheritCommand({ names: ['tank/home'], property: 'compression' }));
 * ```
 */
export function zfsInheritCommand(parameters: ZfsInheritParameters): ZfsCommand<void> {
  const { names, property, recursive = false, received = false } = parameters;
  if (names.length === 0) throw new ZfsUsageError('no dataset to inherit on');
  for (const name of names) assertZfsName(name, ['dataset', 'snapshot']);
  assertPropertyName(property);
  const argv = ['zfs', 'inherit'];
  if (recursive) argv.push('-r');
  if (received) argv.push('-S');
  argv.push(property, ...names);
  return { argv, parse: () => undefined };
}
