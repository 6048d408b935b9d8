import { ZfsUsageError } from '../../errors.js';
import type { ZfsHolds } from '../../model/zfsHolds.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZfsHolds } from '../../parsers/parseZfsHolds.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsHoldsCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsHoldsParameters } from '@tn/zfs';
 *
 * const params: ZfsHoldsParameters = { snapshots: ['tank/home@today'] };
 * ```
 */
export type ZfsHoldsParameters = {
  /** Snapshots whose holds are listed. */
  snapshots: readonly string[];
  /** Also same-named snapshots of descendants (`-r`). @default false */
  recursive?: boolean | undefined;
};

/**
 * Builds `zfs holds -H [-r] snapshot...`.
 *
 * @param parameters - Snapshots.
 * @returns The command; its `parse` lists (snapshot, tag, time) entries.
 * @throws {ZfsUsageError} When no snapshot is given or a name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsHoldsCommand } from '@tn/zfs';
 *
 * const holds = await executeCommand(createLocalRunner(), zfsHoldsCommand({ snapshots: ['tank/home@today'] }));
 * ```
 */
export function zfsHoldsCommand(parameters: ZfsHoldsParameters): ZfsCommand<ZfsHolds> {
  const { snapshots, recursive = false } = parameters;
  if (snapshots.length === 0) throw new ZfsUsageError('no snapshot to list holds of');
  for (const snapshot of snapshots) assertZfsName(snapshot, 'snapshot');
  return {
    argv: ['zfs', 'holds', '-H', ...(recursive ? ['-r'] : []), ...snapshots],
    parse: (stdout) => parseZfsHolds(stdout),
  };
}
