import type { ZpoolStatus } from '../../model/zpoolStatus.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZpoolStatus } from '../../parsers/parseZpoolStatus.js';
import { parseZpoolStatusJson } from '../../parsers/parseZpoolStatusJson.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolStatusCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolStatusParameters } from '@tn/zfs';
 *
 * const params: ZpoolStatusParameters = { pools: ['tank'], verbose: true, json: true };
 * ```
 */
export type ZpoolStatusParameters = {
  /** Pools to show. @default [] (all imported pools) */
  pools?: readonly string[] | undefined;
  /** List files with permanent errors (`-v`). @default false */
  verbose?: boolean | undefined;
  /** Add per-vdev trim state (`-t`). @default false */
  trim?: boolean | undefined;
  /** Show full device paths (`-P`). @default false */
  fullPaths?: boolean | undefined;
  /**
   * Ask for JSON (`-j --json-int`, OpenZFS 2.3+) and parse it into the same model as the text output.
   * @default false
   */
  json?: boolean | undefined;
};

/**
 * Builds `zpool status [-v] [-t] [-P] [-j --json-int] [pool...]`.
 *
 * @param parameters - Pools and detail level.
 * @returns The command; its `parse` gives the pools with their vdev trees, scan state and errors.
 * @throws {ZfsUsageError} When a pool name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolStatusCommand } from '@tn/zfs';
 *
 * const { pools } = await executeCommand(createLocalRunner(), zpoolStatusCommand({ pools: ['tank'] }));
 * ```
 */
export function zpoolStatusCommand(parameters: ZpoolStatusParameters = {}): ZfsCommand<ZpoolStatus> {
  const { pools = [], verbose = false, trim = false, fullPaths = false, json = false } = parameters;
  for (const pool of pools) assertZfsName(pool, 'pool');
  const argv = ['zpool', 'status'];
  if (verbose) argv.push('-v');
  if (trim) argv.push('-t');
  if (fullPaths) argv.push('-P');
  if (json) argv.push('-j', '--json-int');
  argv.push(...pools);
  return { argv, parse: (stdout) => (json ? parseZpoolStatusJson(stdout) : parseZpoolStatus(stdout)) };
}
