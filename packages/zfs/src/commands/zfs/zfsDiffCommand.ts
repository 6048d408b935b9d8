import type { ZfsDiff } from '../../model/zfsDiff.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZfsDiff } from '../../parsers/parseZfsDiff.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsDiffCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsDiffParameters } from '@tn/zfs';
 *
 * const params: ZfsDiffParameters = { from: 'tank/home@monday', to: 'tank/home@tuesday', fileTypes: true };
 * ```
 */
export type ZfsDiffParameters = {
  /** The older snapshot. */
  from: string;
  /** A later snapshot of the same dataset, or the dataset itself. @default the live filesystem */
  to?: string | undefined;
  /** Add a file-type column (`-F`). @default false */
  fileTypes?: boolean | undefined;
  /** Add the change time (`-t`). @default false */
  timestamps?: boolean | undefined;
};

/**
 * Builds `zfs diff -H [-F] [-t] snapshot [snapshot|filesystem]` (machine-readable, tab-separated).
 *
 * @param parameters - What to compare.
 * @returns The command; its `parse` lists changed paths (`+`, `-`, `M`, `R`).
 * @throws {ZfsUsageError} When a name is invalid or `to` is a bookmark.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsDiffCommand } from '@tn/zfs';
 *
 * const changes = await executeCommand(createLocalRunner(), zfsDiffCommand({ from: 'tank/home@monday' }));
 * ```
 */
export function zfsDiffCommand(parameters: ZfsDiffParameters): ZfsCommand<ZfsDiff> {
  const { from, to, fileTypes = false, timestamps = false } = parameters;
  assertZfsName(from, 'snapshot');
  if (to !== undefined) assertZfsName(to, ['snapshot', 'dataset']);
  const argv = ['zfs', 'diff', '-H'];
  if (fileTypes) argv.push('-F');
  if (timestamps) argv.push('-t');
  argv.push(from, ...(to === undefined ? [] : [to]));
  return { argv, parse: (stdout) => parseZfsDiff(stdout) };
}
