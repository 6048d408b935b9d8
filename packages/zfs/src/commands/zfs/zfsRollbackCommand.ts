import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsRollbackCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsRollbackParameters } from '@tn/zfs';
 *
 * const params: ZfsRollbackParameters = { snapshot: 'tank/home@yesterday', destroyLater: true };
 * ```
 */
export type ZfsRollbackParameters = {
  /** The snapshot to roll back to. */
  snapshot: string;
  /** Destroy later snapshots and bookmarks (`-r`); required unless it is the latest. @default false */
  destroyLater?: boolean | undefined;
  /** Also destroy clones of those later snapshots (`-R`). @default false */
  destroyClones?: boolean | undefined;
  /** Force-unmount clones that are destroyed (`-f`, with `destroyClones`). @default false */
  force?: boolean | undefined;
};

/**
 * Builds `zfs rollback [-r] [-R] [-f] snapshot`.
 *
 * @param parameters - The snapshot and what may be destroyed.
 * @returns The command (no output). Fails with kind `has_dependents` when later snapshots exist and `destroyLater`
 *   is not set.
 * @throws {ZfsUsageError} When the snapshot name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsRollbackCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsRollbackCommand({ snapshot: 'tank/home@yesterday' }));
 * ```
 */
export function zfsRollbackCommand(parameters: ZfsRollbackParameters): ZfsCommand<void> {
  const { snapshot, destroyLater = false, destroyClones = false, force = false } = parameters;
  assertZfsName(snapshot, 'snapshot');
  const argv = ['zfs', 'rollback'];
  if (destroyLater) argv.push('-r');
  if (destroyClones) argv.push('-R');
  if (force) argv.push('-f');
  argv.push(snapshot);
  return { argv, parse: () => undefined };
}
