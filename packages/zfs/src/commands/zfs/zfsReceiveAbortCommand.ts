import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsReceiveAbortCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsReceiveAbortParameters } from '@tn/zfs';
 *
 * const params: ZfsReceiveAbortParameters = { target: 'backup/home' };
 * ```
 */
export type ZfsReceiveAbortParameters = {
  /** The dataset holding partially received state. */
  target: string;
};

/**
 * Builds `zfs receive -A target`: discards the saved state of an interrupted resumable receive.
 *
 * @param parameters - The target dataset.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsReceiveAbortCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsReceiveAbortCommand({ target: 'backup/home' }));
 * ```
 */
export function zfsReceiveAbortCommand(parameters: ZfsReceiveAbortParameters): ZfsCommand<void> {
  assertZfsName(parameters.target, 'dataset');
  return { argv: ['zfs', 'receive', '-A', parameters.target], parse: () => undefined };
}
