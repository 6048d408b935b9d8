import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsHoldCommand} and {@link zfsReleaseCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsHoldParameters } from '@tn/zfs';
 *
 * const params: ZfsHoldParameters = { tag: 'backup', snapshots: ['tank/home@today'] };
 * ```
 */
export type ZfsHoldParameters = {
  /** The hold's tag (free text, no leading `-`). */
  tag: string;
  /** Snapshots to hold or release. */
  snapshots: readonly string[];
  /** Also same-named snapshots of descendants (`-r`). @default false */
  recursive?: boolean | undefined;
};

/** @internal */
export function holdArgv(verb: 'hold' | 'release', parameters: ZfsHoldParameters): string[] {
  const { tag, snapshots, recursive = false } = parameters;
  assertArgument(tag, 'hold tag');
  if (snapshots.length === 0) throw new ZfsUsageError(`no snapshot to ${verb}`);
  for (const snapshot of snapshots) assertZfsName(snapshot, 'snapshot');
  return ['zfs', verb, ...(recursive ? ['-r'] : []), tag, ...snapshots];
}

/**
 * Builds `zfs hold [-r] tag snapshot...`: a held snapshot cannot be destroyed.
 *
 * @param parameters - Tag and snapshots.
 * @returns The command (no output). Fails with kind `exists` when the tag is already there.
 * @throws {ZfsUsageError} When the tag or a snapshot name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsHoldCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsHoldCommand({ tag: 'backup', snapshots: ['tank/home@today'] }));
 * ```
 */
export function zfsHoldCommand(parameters: ZfsHoldParameters): ZfsCommand<void> {
  return { argv: holdArgv('hold', parameters), parse: () => undefined };
}
