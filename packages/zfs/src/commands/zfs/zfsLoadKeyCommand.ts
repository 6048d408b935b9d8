import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { targetArgs } from '../targetArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsLoadKeyCommand}: give `name` or `all`.
 *
 * @example
 * ```ts
 * import type { ZfsLoadKeyParameters } from '@tn/zfs';
 *
 * const params: ZfsLoadKeyParameters = { name: 'tank/secret', key: 'correct horse battery staple' };
 * ```
 */
export type ZfsLoadKeyParameters = {
  /** The encryption root. */
  name?: string | undefined;
  /** Load keys of every encryption root (`-a`). @default false */
  all?: boolean | undefined;
  /** Load keys of descendant encryption roots too (`-r`). @default false */
  recursive?: boolean | undefined;
  /** Override `keylocation` (`-L prompt` or `-L file:///path`). @default the dataset's keylocation */
  keyLocation?: string | undefined;
  /** Only check the key, do not load it (`-n`). @default false */
  dryRun?: boolean | undefined;
  /** Passphrase or key for `keylocation=prompt`, sent on stdin (never in argv). @default undefined */
  key?: string | undefined;
};

/**
 * Builds `zfs load-key [-r] [-n] [-L location] name|-a`. A `key` is piped on stdin, so it never shows in `ps`.
 *
 * @param parameters - Which keys and from where.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `name`/`all` are given, or the key location is malformed.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsLoadKeyCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsLoadKeyCommand({ name: 'tank/secret', key: process.env.KEY }));
 * ```
 */
export function zfsLoadKeyCommand(parameters: ZfsLoadKeyParameters): ZfsCommand<void> {
  const { recursive = false, keyLocation, dryRun = false, key } = parameters;
  const target = targetArgs('load-key', parameters);
  const argv = ['zfs', 'load-key'];
  if (recursive) argv.push('-r');
  if (dryRun) argv.push('-n');
  if (keyLocation !== undefined) {
    assertArgument(keyLocation, 'key location');
    if (keyLocation !== 'prompt' && !/^(?:file|https?):\/\//.test(keyLocation)) {
      throw new ZfsUsageError(`invalid key location ${JSON.stringify(keyLocation)}: expected prompt or a URI`);
    }
    argv.push('-L', keyLocation);
  }
  argv.push(...target);
  return { argv, parse: () => undefined, ...(key === undefined ? {} : { input: `${key}\n` }) };
}
