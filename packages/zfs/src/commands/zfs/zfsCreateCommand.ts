import { ZfsUsageError } from '../../errors.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsCreateCommand}. Give `volumeSize` to create a volume (zvol), otherwise a filesystem is made.
 *
 * @example
 * ```ts
 * import type { ZfsCreateParameters } from '@tn/zfs';
 *
 * const params: ZfsCreateParameters = { name: 'tank/vm0', volumeSize: '20G', sparse: true };
 * ```
 */
export type ZfsCreateParameters = {
  /** Name of the new filesystem or volume. */
  name: string;
  /** Properties set at creation (`-o name=value`). @default {} */
  properties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
  /** Create missing parents (`-p`). @default false */
  parents?: boolean | undefined;
  /** Size of a volume (`-V`), in bytes or with a suffix (`'20G'`). Makes a volume. @default undefined */
  volumeSize?: number | string | undefined;
  /** Thin-provision the volume, no reservation (`-s`; volumes only). @default false */
  sparse?: boolean | undefined;
  /** Volume block size (`-b`; volumes only), e.g. `'16K'`. @default undefined */
  blockSize?: number | string | undefined;
  /** Passphrase or key for `keylocation=prompt`, sent on stdin (never in argv). @default undefined */
  key?: string | undefined;
};

const SIZE = /^\d+(?:\.\d+)?[KMGTPE]?B?$/i;

function sizeArgument(value: number | string, what: string): string {
  const text = String(value);
  if (!SIZE.test(text)) throw new ZfsUsageError(`invalid ${what} ${JSON.stringify(text)}`);
  return text;
}

/**
 * Builds `zfs create [-p] [-o k=v]... name` or, for a volume, `zfs create [-s] [-b size] -V size name`.
 *
 * @param parameters - Name, kind and properties.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When the name, a property or a size is invalid, or volume options are given for a filesystem.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsCreateCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsCreateCommand({ name: 'tank/home', properties: { compression: 'lz4' } }));
 * ```
 */
export function zfsCreateCommand(parameters: ZfsCreateParameters): ZfsCommand<void> {
  const { name, properties, parents = false, volumeSize, sparse = false, blockSize, key } = parameters;
  assertZfsName(name, 'dataset');
  if (volumeSize === undefined && (sparse || blockSize !== undefined)) {
    throw new ZfsUsageError('sparse and blockSize only apply to volumes (give volumeSize)');
  }
  const argv = ['zfs', 'create'];
  if (parents) argv.push('-p');
  if (sparse) argv.push('-s');
  if (blockSize !== undefined) argv.push('-b', sizeArgument(blockSize, 'block size'));
  argv.push(...propertyArgs('-o', properties));
  if (volumeSize !== undefined) argv.push('-V', sizeArgument(volumeSize, 'volume size'));
  argv.push(name);
  return { argv, parse: () => undefined, ...(key === undefined ? {} : { input: `${key}\n` }) };
}
