import { targetArgs } from '../targetArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsUnloadKeyCommand}: give `name` or `all`.
 *
 * @example
 * ```ts
 * import type { ZfsUnloadKeyParameters } from '@tn/zfs';
 *
 * const params: ZfsUnloadKeyParameters = { name: 'tank/secret' };
 * ```
 */
export type ZfsUnloadKeyParameters = {
  /** The encryption root (its filesystems must be unmounted). */
  name?: string | undefined;
  /** Unload every key (`-a`). @default false */
  all?: boolean | undefined;
  /** Unload keys of descendant encryption roots too (`-r`). @default false */
  recursive?: boolean | undefined;
};

/**
 * Builds `zfs unload-key [-r] name|-a`.
 *
 * @param parameters - Which keys.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `name`/`all` are given, or the name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsUnloadKeyCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsUnloadKeyCommand({ name: 'tank/secret' }));
 * ```
 */
export function zfsUnloadKeyCommand(parameters: ZfsUnloadKeyParameters): ZfsCommand<void> {
  const target = targetArgs('unload-key', parameters);
  return { argv: ['zfs', 'unload-key', ...(parameters.recursive ? ['-r'] : []), ...target], parse: () => undefined };
}
