import type { ZpoolEvents } from '../../model/zpoolEvents.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZpoolEvents } from '../../parsers/parseZpoolEvents.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolEventsCommand} (and of the streaming `watchZpoolEvents`).
 *
 * @example
 * ```ts
 * import type { ZpoolEventsParameters } from '@tn/zfs';
 *
 * const params: ZpoolEventsParameters = { verbose: true };
 * ```
 */
export type ZpoolEventsParameters = {
  /** Only events of this pool. @default undefined (all pools) */
  pool?: string | undefined;
  /** Print each event's full payload (`-v`). @default false */
  verbose?: boolean | undefined;
};

/** @internal */
export function eventsArgv(parameters: ZpoolEventsParameters, follow: boolean): string[] {
  const { pool, verbose = false } = parameters;
  if (pool !== undefined) assertZfsName(pool, 'pool');
  return [
    'zpool',
    'events',
    ...(verbose ? ['-v'] : []),
    ...(follow ? ['-f'] : []),
    ...(pool === undefined ? [] : [pool]),
  ];
}

/**
 * Builds `zpool events [-v] [pool]`: the kernel's recent ZFS events (ZED's input). For a live feed use
 * `watchZpoolEvents`.
 *
 * @param parameters - Pool filter and detail level.
 * @returns The command; its `parse` gives the events.
 * @throws {ZfsUsageError} When the pool name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolEventsCommand } from '@tn/zfs';
 *
 * const { events } = await executeCommand(createLocalRunner(), zpoolEventsCommand({ verbose: true }));
 * ```
 */
export function zpoolEventsCommand(parameters: ZpoolEventsParameters = {}): ZfsCommand<ZpoolEvents> {
  return { argv: eventsArgv(parameters, false), parse: (stdout) => parseZpoolEvents(stdout) };
}
