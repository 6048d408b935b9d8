import { eventsArgv, type ZpoolEventsParameters } from '../commands/zpool/zpoolEventsCommand.js';
import type { CommandRunner } from '../exec/commandRunner.js';
import type { ZpoolEvent } from '../model/zpoolEvents.js';
import { parseZpoolEvents } from '../parsers/parseZpoolEvents.js';
import { type BlockSplitter, streamBlocks } from './streamBlocks.js';

/**
 * Options of {@link watchZpoolEvents}.
 *
 * @example
 * ```ts
 * import type { WatchZpoolEventsParameters } from '@tn/zfs';
 *
 * const params: WatchZpoolEventsParameters = { verbose: true, signal: AbortSignal.timeout(60_000) };
 * ```
 */
export type WatchZpoolEventsParameters = ZpoolEventsParameters & {
  /** Stop (kill `zpool events -f`) when this signal aborts; iteration then throws `ZfsTimeoutError`. */
  signal?: AbortSignal | undefined;
};

const HEADER = /^TIME\s+CLASS\s*$/;

/**
 * Splits `zpool events [-v]` output into one block per event: an unindented line starts an event, indented
 * `name = value` lines (with `-v`) belong to it, and a blank line ends it.
 */
function eventsSplitter(): BlockSplitter {
  let header: string | undefined;
  let block: string[] = [];
  const complete = (): string[][] => {
    const lines = block;
    block = [];
    if (lines.every((line) => line.trim() === '')) return [];
    return [header === undefined ? lines : [header, ...lines]];
  };
  return {
    line(line) {
      if (HEADER.test(line)) {
        header = line;
        return [];
      }
      if (line.trim() === '') return complete();
      if (/^\S/.test(line)) {
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
 * Follows `zpool events -f [-v] [pool]` as an async iterator: first the events already queued in the kernel, then
 * new ones as they happen.
 *
 * Stop it with `break`/`return()` or the `signal`; either kills the process.
 *
 * @param runner - Where `zpool` runs.
 * @param parameters - Pool filter, detail level and abort signal.
 * @returns An async iterator of events.
 * @throws {ZfsUsageError} When the pool name is invalid (thrown at once).
 * @example
 * ```ts
 * import { createLocalRunner, watchZpoolEvents } from '@tn/zfs';
 *
 * for await (const event of watchZpoolEvents(createLocalRunner(), { verbose: true })) {
 *   if (event.class.endsWith('statechange')) console.log(event.payload);
 * }
 * ```
 */
export function watchZpoolEvents(
  runner: CommandRunner,
  parameters: WatchZpoolEventsParameters = {},
): AsyncIterableIterator<ZpoolEvent> {
  const argv = eventsArgv(parameters, true);
  return streamBlocks(runner, argv, {
    signal: parameters.signal,
    splitter: eventsSplitter(),
    parse: (lines) => parseZpoolEvents(`${lines.join('\n')}\n`, { strict: false }).events,
  });
}
