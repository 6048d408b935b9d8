import { ZfsCommandError } from '../errors.js';
import { classifyFailure } from '../exec/classifyFailure.js';
import type { CommandRunner, RunOptions } from '../exec/commandRunner.js';
import type { ArcStats } from '../model/kstat.js';
import { parseArcstats } from '../parsers/parseArcstats.js';

/**
 * Where the Linux ZFS module publishes ARC statistics.
 *
 * @example
 * ```ts
 * import { ARCSTATS_PATH } from '@tn/zfs';
 *
 * console.log(ARCSTATS_PATH); // '/proc/spl/kstat/zfs/arcstats'
 * ```
 */
export const ARCSTATS_PATH = '/proc/spl/kstat/zfs/arcstats';

/**
 * Reads a whole text file. Inject one to read arcstats from somewhere other than the runner's host, or in tests.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import type { TextFileReader } from '@tn/zfs';
 *
 * const reader: TextFileReader = (path, options) => readFile(path, { encoding: 'utf8', signal: options?.signal });
 * ```
 */
export type TextFileReader = (path: string, options?: RunOptions) => Promise<string>;

/**
 * Options of {@link readArcstats}.
 *
 * @example
 * ```ts
 * import type { ReadArcstatsParameters } from '@tn/zfs';
 *
 * const params: ReadArcstatsParameters = { path: '/host/proc/spl/kstat/zfs/arcstats', timeout: 2_000 };
 * ```
 */
export type ReadArcstatsParameters = RunOptions & {
  /** File to read. @default ARCSTATS_PATH */
  path?: string | undefined;
  /** Reader to use. @default the runner's `readFile`, else `cat <path>` through the runner */
  readFile?: TextFileReader | undefined;
};

/**
 * Returns a reader for `runner`: its own `readFile` when it has one, otherwise `cat <path>` run through it (so a
 * remote runner reads the remote host's file).
 *
 * @param runner - The runner.
 * @returns A {@link TextFileReader}.
 * @example
 * ```ts
 * import { createLocalRunner, runnerFileReader } from '@tn/zfs';
 *
 * const text = await runnerFileReader(createLocalRunner())('/proc/spl/kstat/zfs/arcstats');
 * ```
 */
export function runnerFileReader(runner: CommandRunner): TextFileReader {
  if (runner.readFile) {
    const readFile = runner.readFile.bind(runner);
    return (path, options) => readFile(path, options);
  }
  return async (path, options) => {
    const result = await runner.run(['cat', '--', path], options);
    if (result.exitCode !== 0) {
      const kind = /no such file/i.test(result.stderr) ? 'not_found' : classifyFailure(result.stderr);
      throw new ZfsCommandError({ argv: result.argv, exitCode: result.exitCode, stderr: result.stderr, kind });
    }
    return result.stdout;
  };
}

/**
 * Reads and parses ARC statistics (`/proc/spl/kstat/zfs/arcstats`): hit ratios, current/target/min/max size, MRU/MFU
 * and L2ARC figures.
 *
 * @param runner - The host whose ARC is read (through `readFile`, or `cat`).
 * @param parameters - Path, reader, timeout and abort signal.
 * @returns The parsed statistics.
 * @throws {ZfsCommandError} When the file cannot be read (`kind: 'not_found'` without the ZFS module).
 * @throws {ZfsParseError} When it is not an arcstats kstat.
 * @example
 * ```ts
 * import { createLocalRunner, readArcstats } from '@tn/zfs';
 *
 * const arc = await readArcstats(createLocalRunner());
 * console.log(arc.hitRatio, arc.size, arc.targetSize);
 * ```
 */
export async function readArcstats(runner: CommandRunner, parameters: ReadArcstatsParameters = {}): Promise<ArcStats> {
  const { path = ARCSTATS_PATH, readFile = runnerFileReader(runner), ...options } = parameters;
  return parseArcstats(await readFile(path, options));
}
