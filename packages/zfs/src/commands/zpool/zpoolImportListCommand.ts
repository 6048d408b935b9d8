import type { ZpoolStatus } from '../../model/zpoolStatus.js';
import { assertArgument } from '../../names/assertArgument.js';
import { parseZpoolImport } from '../../parsers/parseZpoolImport.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolImportListCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolImportListParameters } from '@tn/zfs';
 *
 * const params: ZpoolImportListParameters = { directories: ['/dev/disk/by-id'] };
 * ```
 */
export type ZpoolImportListParameters = {
  /** Where to search for devices (`-d dir`, repeatable). @default zpool's default (/dev) */
  directories?: readonly string[] | undefined;
  /** List destroyed pools instead (`-D`). @default false */
  destroyed?: boolean | undefined;
};

/**
 * Builds `zpool import [-d dir]... [-D]`: lists pools that could be imported, without importing any. Exit status 1
 * with nothing found counts as an empty list.
 *
 * @param parameters - Where to look.
 * @returns The command; its `parse` gives the importable pools with their configs.
 * @throws {ZfsUsageError} When a directory is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolImportListCommand } from '@tn/zfs';
 *
 * const { pools } = await executeCommand(createLocalRunner(), zpoolImportListCommand());
 * ```
 */
export function zpoolImportListCommand(parameters: ZpoolImportListParameters = {}): ZfsCommand<ZpoolStatus> {
  const { directories = [], destroyed = false } = parameters;
  const argv = ['zpool', 'import'];
  for (const directory of directories) {
    assertArgument(directory, 'search directory');
    argv.push('-d', directory);
  }
  if (destroyed) argv.push('-D');
  return {
    argv,
    parse: (stdout) => parseZpoolImport(stdout),
    // "no pools available to import" exits 1; a real failure says something else.
    acceptExit: (exitCode, stderr) => exitCode === 1 && (stderr.trim() === '' || /no pools available/i.test(stderr)),
  };
}
