import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsSnapshotCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsSnapshotParameters } from '@tn/zfs';
 *
 * const params: ZfsSnapshotParameters = { names: ['tank/home@2024-06-01'], recursive: true };
 * ```
 */
export type ZfsSnapshotParameters = {
  /** Full snapshot names (`dataset@snap`); all are taken atomically. */
  names: readonly string[];
  /** Also snapshot all descendants with the same snapshot name (`-r`). @default false */
  recursive?: boolean | undefined;
  /** User properties of the snapshots (`-o`). @default {} */
  properties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
};

/**
 * Builds `zfs snapshot [-r] [-o k=v]... dataset@snap...`.
 *
 * @param parameters - Snapshot names and options.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When no name is given or a name is not a valid snapshot name.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsSnapshotCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsSnapshotCommand({ names: ['tank@nightly'], recursive: true }));
 * ```
 */
export function zfsSnapshotCommand(parameters: ZfsSnapshotParameters): ZfsCommand<void> {
  const { names, recursive = false, properties } = parameters;
  if (names.length === 0) throw new ZfsUsageError('no snapshot name given');
  for (const name of names) assertZfsName(name, 'snapshot');
  const argv = ['zfs', 'snapshot', ...(recursive ? ['-r'] : []), ...propertyArgs('-o', properties), ...names];
  return { argv, parse: () => undefined };
}
