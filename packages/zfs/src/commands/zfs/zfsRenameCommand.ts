import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsRenameCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsRenameParameters } from '@tn/zfs';
 *
 * const params: ZfsRenameParameters = { from: 'tank/a', to: 'tank/b', parents: true };
 * ```
 */
export type ZfsRenameParameters = {
  /** Current name (dataset, snapshot or bookmark). */
  from: string;
  /** New name, of the same kind. */
  to: string;
  /** Create missing parents of `to` (`-p`; datasets only). @default false */
  parents?: boolean | undefined;
  /** Rename same-named snapshots of descendants (`-r`; snapshots only). @default false */
  recursive?: boolean | undefined;
  /** Force-unmount a busy filesystem (`-f`). @default false */
  force?: boolean | undefined;
  /** Do not remount the filesystem (`-u`). @default false */
  noRemount?: boolean | undefined;
};

/**
 * Builds `zfs rename [-p] [-r] [-f] [-u] from to`.
 *
 * @param parameters - Old and new name.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When a name is invalid, the kinds differ, or the flags do not fit the kind.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsRenameCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsRenameCommand({ from: 'tank/a@s1', to: 'tank/a@first' }));
 * ```
 */
export function zfsRenameCommand(parameters: ZfsRenameParameters): ZfsCommand<void> {
  const { from, to, parents = false, recursive = false, force = false, noRemount = false } = parameters;
  assertZfsName(from, ['dataset', 'snapshot', 'bookmark']);
  assertZfsName(to, ['dataset', 'snapshot', 'bookmark']);
  const isSnapshot = from.includes('@');
  if (isSnapshot !== to.includes('@') || from.includes('#') !== to.includes('#')) {
    throw new ZfsUsageError(`cannot rename ${JSON.stringify(from)} to a different kind of name ${JSON.stringify(to)}`);
  }
  if (recursive && !isSnapshot) throw new ZfsUsageError('recursive (-r) only applies to snapshots');
  if (parents && isSnapshot) throw new ZfsUsageError('parents (-p) only applies to datasets');
  const argv = ['zfs', 'rename'];
  if (parents) argv.push('-p');
  if (recursive) argv.push('-r');
  if (force) argv.push('-f');
  if (noRemount) argv.push('-u');
  argv.push(from, to);
  return { argv, parse: () => undefined };
}
