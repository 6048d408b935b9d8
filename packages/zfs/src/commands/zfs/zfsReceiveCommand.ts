import { ZfsUsageError } from '../../errors.js';
import { assertPropertyName } from '../../names/assertProperty.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsStreamCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsReceiveCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsReceiveParameters } from '@tn/zfs';
 *
 * const params: ZfsReceiveParameters = { target: 'backup/home', resumable: true, force: true };
 * ```
 */
export type ZfsReceiveParameters = {
  /** Where the stream lands: a dataset, or a snapshot name for a full stream. */
  target: string;
  /** Roll back / destroy what is needed on the target first (`-F`). @default false */
  force?: boolean | undefined;
  /** Keep a resume token if the receive is interrupted (`-s`). @default false */
  resumable?: boolean | undefined;
  /** Do not mount the received filesystem (`-u`). @default false */
  noMount?: boolean | undefined;
  /** Print what is received (`-v`); parsed into the result. @default true */
  verbose?: boolean | undefined;
  /** Name the target from the sent name minus its pool (`-d`). @default false */
  discardPool?: boolean | undefined;
  /** Name the target from the last component of the sent name (`-e`). @default false */
  keepLastComponent?: boolean | undefined;
  /** Override properties (`-o`). @default {} */
  properties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
  /** Do not receive these properties (`-x`). @default [] */
  excludeProperties?: readonly string[] | undefined;
  /** Check the stream without writing (`-n`). @default false */
  dryRun?: boolean | undefined;
};

/**
 * Builds `zfs receive [-F] [-s] [-u] [-v] [-n] [-d|-e] [-o k=v]... [-x prop]... target`. It reads the stream on
 * stdin, so run it with `CommandRunner.spawn` (see `pipeSendReceive`).
 *
 * @param parameters - Target and options.
 * @returns The argv.
 * @throws {ZfsUsageError} When the target or a property is invalid, or `-d` and `-e` are combined.
 * @example
 * ```ts
 * import { zfsReceiveCommand } from '@tn/zfs';
 *
 * zfsReceiveCommand({ target: 'backup/home', resumable: true }).argv;
 * // ['zfs', 'receive', '-s', '-v', 'backup/home']
 * ```
 */
export function zfsReceiveCommand(parameters: ZfsReceiveParameters): ZfsStreamCommand {
  const { target, force = false, resumable = false, noMount = false, verbose = true, dryRun = false } = parameters;
  const { discardPool = false, keepLastComponent = false, properties, excludeProperties = [] } = parameters;
  assertZfsName(target, ['dataset', 'snapshot']);
  if (discardPool && keepLastComponent) throw new ZfsUsageError('receive: discardPool (-d) and keepLastComponent (-e)');
  const argv = ['zfs', 'receive'];
  if (force) argv.push('-F');
  if (resumable) argv.push('-s');
  if (noMount) argv.push('-u');
  if (verbose) argv.push('-v');
  if (dryRun) argv.push('-n');
  if (discardPool) argv.push('-d');
  if (keepLastComponent) argv.push('-e');
  argv.push(...propertyArgs('-o', properties));
  for (const property of excludeProperties) {
    assertPropertyName(property);
    argv.push('-x', property);
  }
  argv.push(target);
  return { argv };
}
