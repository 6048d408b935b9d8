import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsChangeKeyCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsChangeKeyParameters } from '@tn/zfs';
 *
 * const params: ZfsChangeKeyParameters = { name: 'tank/secret', keyFormat: 'passphrase', key: 'new secret' };
 * ```
 */
export type ZfsChangeKeyParameters = {
  /** The encryption root whose wrapping key changes. */
  name: string;
  /** Load the current key first (`-l`). @default false */
  load?: boolean | undefined;
  /** Make the dataset inherit its parent's key instead (`-i`). @default false */
  inherit?: boolean | undefined;
  /** New `keylocation` (`prompt` or a URI). @default unchanged */
  keyLocation?: string | undefined;
  /** New `keyformat`. @default unchanged */
  keyFormat?: 'raw' | 'hex' | 'passphrase' | undefined;
  /** New `pbkdf2iters`. @default unchanged */
  pbkdf2Iterations?: number | undefined;
  /** The new passphrase or key for `keylocation=prompt`, sent on stdin. @default undefined */
  key?: string | undefined;
};

/**
 * Builds `zfs change-key [-l] [-o keylocation=..] [-o keyformat=..] [-o pbkdf2iters=..] name` or
 * `zfs change-key -i [-l] name`.
 *
 * @param parameters - Dataset and the new key settings.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the name is invalid or `inherit` is combined with new key properties.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsChangeKeyCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsChangeKeyCommand({ name: 'tank/secret', key: 'new secret' }));
 * ```
 */
export function zfsChangeKeyCommand(parameters: ZfsChangeKeyParameters): ZfsCommand<void> {
  const { name, load = false, inherit = false, keyLocation, keyFormat, pbkdf2Iterations, key } = parameters;
  assertZfsName(name, 'dataset');
  const properties: Record<string, string | number> = {};
  if (keyLocation !== undefined) properties.keylocation = keyLocation;
  if (keyFormat !== undefined) properties.keyformat = keyFormat;
  if (pbkdf2Iterations !== undefined) properties.pbkdf2iters = pbkdf2Iterations;
  if (inherit && (Object.keys(properties).length > 0 || key !== undefined)) {
    throw new ZfsUsageError('change-key: inherit (-i) cannot be combined with new key settings');
  }
  const argv = ['zfs', 'change-key'];
  if (load) argv.push('-l');
  if (inherit) argv.push('-i');
  argv.push(...propertyArgs('-o', properties), name);
  return { argv, parse: () => undefined, ...(key === undefined ? {} : { input: `${key}\n` }) };
}
