import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolImportCommand}: give `pool` (a name or a numeric GUID) or `all`.
 *
 * @example
 * ```ts
 * import type { ZpoolImportParameters } from '@tn/zfs';
 *
 * const params: ZpoolImportParameters = { pool: '15022455939839366357', newName: 'tank2', directories: ['/tmp/vdevs'] };
 * ```
 */
export type ZpoolImportParameters = {
  /** Pool name or GUID (decimal digits). */
  pool?: string | undefined;
  /** Import every pool found (`-a`). @default false */
  all?: boolean | undefined;
  /** Import under this name. @default the pool's own name */
  newName?: string | undefined;
  /** Where to search for devices (`-d dir`, repeatable). @default zpool's default (/dev) */
  directories?: readonly string[] | undefined;
  /** Import even if the pool looks in use by another system (`-f`). @default false */
  force?: boolean | undefined;
  /** Import a destroyed pool (`-D`). @default false */
  destroyed?: boolean | undefined;
  /** Do not mount datasets (`-N`). @default false */
  noMount?: boolean | undefined;
  /** Alternate root (`-R`). @default undefined */
  altroot?: string | undefined;
  /** Pool properties for this import (`-o`), e.g. `{ readonly: 'on' }`. @default {} */
  properties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
};

/**
 * Builds `zpool import [-f] [-D] [-N] [-d dir]... [-R root] [-o k=v]... pool|guid [newname]` or `zpool import -a`.
 *
 * @param parameters - Which pool and how.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When neither or both of `pool`/`all` are given, or a name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolImportCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zpoolImportCommand({ pool: 'tank' }));
 * ```
 */
export function zpoolImportCommand(parameters: ZpoolImportParameters): ZfsCommand<void> {
  const { pool, all = false, newName, directories = [], force = false, destroyed = false } = parameters;
  const { noMount = false, altroot, properties } = parameters;
  if (all === (pool !== undefined)) throw new ZfsUsageError('import: give exactly one of pool and all');
  if (pool !== undefined && !/^[0-9]+$/.test(pool)) assertZfsName(pool, 'pool');
  if (newName !== undefined) {
    if (all) throw new ZfsUsageError('import: newName needs a single pool');
    assertZfsName(newName, 'pool');
  }
  const argv = ['zpool', 'import'];
  if (force) argv.push('-f');
  if (destroyed) argv.push('-D');
  if (noMount) argv.push('-N');
  for (const directory of directories) {
    assertArgument(directory, 'search directory');
    argv.push('-d', directory);
  }
  if (altroot !== undefined) {
    assertArgument(altroot, 'altroot');
    argv.push('-R', altroot);
  }
  argv.push(...propertyArgs('-o', properties));
  if (all) argv.push('-a');
  else argv.push(pool as string, ...(newName === undefined ? [] : [newName]));
  return { argv, parse: () => undefined };
}
