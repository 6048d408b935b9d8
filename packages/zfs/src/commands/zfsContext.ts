import type { CommandRunner, RunOptions } from '../exec/commandRunner.js';
import type { ZfsCommand } from './zfsCommand.js';

/**
 * Per-call options of every `createZfs` method: the last argument, overriding the client's defaults.
 *
 * @example
 * ```ts
 * import type { ZfsCallOptions } from '@tn/zfs';
 *
 * const options: ZfsCallOptions = { timeout: 0, signal: controller.signal }; // 0 = no timeout
 * ```
 */
export type ZfsCallOptions = Omit<RunOptions, 'input'>;

/**
 * What the action groups share: the runner, the configured defaults and a `run` that applies them.
 *
 * @internal
 */
export type ZfsContext = {
  runner: CommandRunner;
  legacy: boolean;
  run<T>(command: ZfsCommand<T>, options?: ZfsCallOptions): Promise<T>;
};
