import { type ReadArcstatsParameters, readArcstats } from './arcstats/readArcstats.js';
import { type DatasetActions, datasetActions } from './commands/datasetActions.js';
import { type PoolActions, poolActions } from './commands/poolActions.js';
import type { ZfsCommand } from './commands/zfsCommand.js';
import type { ZfsCallOptions, ZfsContext } from './commands/zfsContext.js';
import type { CommandRunner } from './exec/commandRunner.js';
import { executeCommand } from './exec/executeCommand.js';
import { SUDO_PREFIX, withCommandPrefix } from './exec/withCommandPrefix.js';
import type { ArcStats } from './model/kstat.js';

/**
 * Options of {@link createZfs}.
 *
 * @example
 * ```ts
 * import { createLocalRunner, type CreateZfsParameters } from '@tn/zfs';
 *
 * const params: CreateZfsParameters = { runner: createLocalRunner(), sudo: true, timeout: 30_000 };
 * ```
 */
export type CreateZfsParameters = {
  /** Where commands run: `createLocalRunner()` or your own (remote) {@link CommandRunner}. */
  runner: CommandRunner;
  /**
   * Prefix every command with `sudo -n` (`true`) or with the given argv (`['doas']`).
   * @default false
   */
  sudo?: boolean | readonly string[] | undefined;
  /**
   * Default timeout per command in milliseconds; `0` disables it. A per-call `timeout` wins. Streams
   * (`sendReceive`, `watchIostat`, `watchEvents`) have no timeout, only their `signal`.
   * @default 60000
   */
  timeout?: number | undefined;
  /**
   * Talk to an old zfs/zpool (zfs-fuse, pool version 23, Solaris 10): no `-p` on list/get/iostat, no `-H` on
   * `zpool get`, no `-v -P` progress on `zfs send`.
   * @default false
   */
  legacy?: boolean | undefined;
};

/**
 * A ZFS client: `datasets`, `pools` and `arc` groups plus `execute` for any {@link ZfsCommand}.
 *
 * @example
 * ```ts
 * import { createLocalRunner, createZfs, type Zfs } from '@tn/zfs';
 *
 * const zfs: Zfs = createZfs({ runner: createLocalRunner() });
 * ```
 */
export type Zfs = {
  /** The runner every command goes through (already wrapped with the sudo prefix, if any). */
  readonly runner: CommandRunner;
  /** `zfs` operations on filesystems, volumes, snapshots and bookmarks. */
  readonly datasets: DatasetActions;
  /** `zpool` operations. */
  readonly pools: PoolActions;
  /** ARC statistics. */
  readonly arc: {
    /** Reads `/proc/spl/kstat/zfs/arcstats` (hit ratios, sizes). */
    stats(parameters?: ReadArcstatsParameters): Promise<ArcStats>;
  };
  /** Runs any command built with a `zfs...Command`/`zpool...Command` builder, with the client's defaults. */
  execute<T>(command: ZfsCommand<T>, options?: ZfsCallOptions): Promise<T>;
};

/**
 * Creates a ZFS client over one injected runner. Every method validates its arguments (throwing `ZfsUsageError`
 * before anything runs), runs one command without a shell and parses its output.
 *
 * @param parameters - Runner, sudo prefix, default timeout, legacy mode.
 * @returns The client.
 * @throws {ZfsUsageError} When the sudo prefix is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, createZfs } from '@tn/zfs';
 *
 * const zfs = createZfs({ runner: createLocalRunner(), sudo: true });
 * const { pools } = await zfs.pools.status();
 * const { datasets } = await zfs.datasets.list({ names: ['tank'], recursive: true });
 * ```
 */
export function createZfs(parameters: CreateZfsParameters): Zfs {
  const { sudo = false, timeout = 60_000, legacy = false } = parameters;
  const prefix = sudo === true ? SUDO_PREFIX : sudo === false ? [] : sudo;
  const runner = withCommandPrefix(parameters.runner, prefix);
  const execute = <T>(command: ZfsCommand<T>, options: ZfsCallOptions = {}): Promise<T> =>
    executeCommand(runner, command, { ...options, timeout: options.timeout ?? timeout });
  const context: ZfsContext = { runner, legacy, run: execute };
  return {
    runner,
    datasets: datasetActions(context),
    pools: poolActions(context),
    arc: {
      stats: (options = {}) => readArcstats(runner, { ...options, timeout: options.timeout ?? timeout }),
    },
    execute,
  };
}
