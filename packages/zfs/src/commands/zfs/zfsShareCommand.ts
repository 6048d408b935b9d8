import { targetArgs } from '../targetArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsShareCommand}: give `name` or `all`.
 *
 * @example
 * ```ts
 * import type { ZfsShareParameters } from '@tn/zfs';
 *
 * const params: ZfsShareParameters = { name: 'tank/export' };
 * ```
 */
export type ZfsShareParameters = {
  /** The filesystem to share (per its `sharenfs`/`sharesmb` properties). */
  name?: string | undefined;
  /** Share every filesystem that has sharing enabled (`-a`). @default false */
  all?: boolean | undefined;
};

/**
 * Builds `zfs share name|-a`.
 *
 * @param parameters - What to share.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `name` and `all` are given, or the name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsShareCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsShareCommand({ all: true }));
 * ```
 */
export function zfsShareCommand(parameters: ZfsShareParameters): ZfsCommand<void> {
  return { argv: ['zfs', 'share', ...targetArgs('share', parameters)], parse: () => undefined };
}
