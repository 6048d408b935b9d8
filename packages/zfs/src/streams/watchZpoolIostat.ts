import { iostatArgv, type ZpoolIostatParameters } from '../commands/zpool/zpoolIostatCommand.js';
import type { CommandRunner } from '../exec/commandRunner.js';
import type { ZpoolIostatSample } from '../model/zpoolIostat.js';
import { parseZpoolIostat } from '../parsers/parseZpoolIostat.js';
import { type BlockSplitter, streamBlocks } from './streamBlocks.js';

/**
 * Options of {@link watchZpoolIostat}.
 *
 * @example
 * ```ts
 * import type { WatchZpoolIostatParameters } from '@tn/zfs';
 *
 * const params: WatchZpoolIostatParameters = { pools: ['tank'], interval: 5, verbose: true };
 * ```
 */
export type WatchZpoolIostatParameters = ZpoolIostatParameters & {
  /** Seconds between samples. */
  interval: number;
  /** Stop after this many samples. @default unlimited */
  count?: number | undefined;
  /** Stop (kill `zpool iostat`) when this signal aborts; iteration then throws `ZfsTimeoutError`. */
  signal?: AbortSignal | undefined;
};

/**
 * One `zpool iostat` interval: the sample plus the column names it is keyed by.
 *
 * @example
 * ```ts
 * import type { ZpoolIostatUpdate } from '@tn/zfs';
 *
 * const pools = (u: ZpoolIostatUpdate) => u.rows.filter((r) => r.depth === 0).map((r) => r.name);
 * ```
 */
export type ZpoolIostatUpdate = ZpoolIostatSample & {
  /** Column names of `values` (`alloc`, `free`, `read_ops`, ...), as the parser names them. */
  columns: string[];
};

const TIMESTAMP = /^\s*\d+\s*$/;
const SEPARATOR = /^-{3,}[\s-]*$/;

/**
 * Splits `zpool iostat -T u` output into intervals: each starts with an epoch line. Later intervals of the
 * non-verbose output have no header, so the first one's header is repeated for them.
 */
function iostatSplitter(): BlockSplitter {
  let header: string[] | undefined;
  let block: string[] = [];
  const complete = (): string[][] => {
    const lines = block;
    block = [];
    const rows = lines.filter((line) => line.trim() !== '' && !TIMESTAMP.test(line));
    if (rows.length === 0) return [];
    const separator = lines.findIndex((line) => SEPARATOR.test(line));
    if (separator >= 0) {
      header ??= lines.slice(TIMESTAMP.test(lines[0] ?? '') ? 1 : 0, separator + 1);
      // A verbose block is only the header and its trailing separator until the rows arrive.
      if (lines.slice(separator + 1).every((line) => line.trim() === '' || SEPARATOR.test(line))) {
        block = lines;
        return [];
      }
      return [lines];
    }
    if (header === undefined) return [lines];
    const [first = '', ...rest] = lines;
    return TIMESTAMP.test(first) ? [[first, ...header, ...rest]] : [[...header, ...lines]];
  };
  return {
    line(line) {
      if (TIMESTAMP.test(line)) {
        const done = complete();
        block = [line];
        return done;
      }
      block.push(line);
      return [];
    },
    flush: complete,
  };
}

/**
 * Streams `zpool iostat -T u [-v] [-p] [pool...] <interval> [count]` as an async iterator of samples, one per
 * interval (the first covers the time since boot).
 *
 * Stop it with `break`/`return()` or the `signal`; either kills the process.
 *
 * @param runner - Where `zpool` runs.
 * @param parameters - Pools, interval, count, detail level and abort signal.
 * @returns An async iterator of {@link ZpoolIostatUpdate}.
 * @throws {ZfsUsageError} When a pool name, the interval or the count is invalid (thrown at once).
 * @example
 * ```ts
 * import { createLocalRunner, watchZpoolIostat } from '@tn/zfs';
 *
 * for await (const sample of watchZpoolIostat(createLocalRunner(), { pools: ['tank'], interval: 5 })) {
 *   console.log(sample.rows[0]?.values);
 *   if (Date.now() > deadline) break;
 * }
 * ```
 */
export function watchZpoolIostat(
  runner: CommandRunner,
  parameters: WatchZpoolIostatParameters,
): AsyncIterableIterator<ZpoolIostatUpdate> {
  const { interval, count, signal } = parameters;
  const argv = iostatArgv(parameters, interval, count);
  return streamBlocks(runner, argv, {
    signal,
    splitter: iostatSplitter(),
    parse: (lines) => {
      const { columns, samples } = parseZpoolIostat(`${lines.join('\n')}\n`);
      return samples.map((sample) => ({ ...sample, columns }));
    },
  });
}
