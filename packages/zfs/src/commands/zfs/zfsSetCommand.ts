import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyAssignment, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsSetCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsSetParameters } from '@tn/zfs';
 *
 * const params: ZfsSetParameters = { names: ['tank/home'], properties: { compression: 'zstd', atime: false } };
 * ```
 */
export type ZfsSetParameters = {
  /** Datasets (or snapshots, for user properties) to change. */
  names: readonly string[];
  /** Properties to set. Old zfs (before OpenZFS 0.8) takes only one per call. */
  properties: Readonly<Record<string, ZfsPropertyValue>>;
};

/**
 * Builds `zfs set name=value [name=value]... dataset...`.
 *
 * @param parameters - Datasets and properties.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When a name, property or value is invalid (values may not contain newlines).
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsSetCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsSetCommand({ names: ['tank/home'], properties: { quota: '10G' } }));
 * ```
 */
export function zfsSetCommand(parameters: ZfsSetParameters): ZfsCommand<void> {
  const { names, properties } = parameters;
  if (names.length === 0) throw new ZfsUsageError('no dataset to set properties on');
  for (const name of names) assertZfsName(name, ['dataset', 'snapshot', 'bookmark']);
  const assignments = Object.entries(properties).map(([key, value]) => propertyAssignment(key, value));
  if (assignments.length === 0) throw new ZfsUsageError('no properties to set');
  return { argv: ['zfs', 'set', ...assignments, ...names], parse: () => undefined };
}
