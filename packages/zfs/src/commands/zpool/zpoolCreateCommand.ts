import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { propertyArgs, type ZfsPropertyValue } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';
import { type PoolTopology, topologyArgs } from './vdevArgs.js';

/**
 * Options of {@link zpoolCreateCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolCreateParameters } from '@tn/zfs';
 *
 * const params: ZpoolCreateParameters = {
 *   pool: 'tank',
 *   topology: { data: [{ type: 'mirror', devices: ['/dev/sda', '/dev/sdb'] }] },
 *   properties: { ashift: 12 },
 *   filesystemProperties: { compression: 'lz4' },
 * };
 * ```
 */
export type ZpoolCreateParameters = {
  /** Name of the new pool. */
  pool: string;
  /** Vdev layout. */
  topology: PoolTopology;
  /** Pool properties (`-o`), e.g. `ashift`. @default {} */
  properties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
  /** Properties of the root dataset (`-O`), e.g. `compression`. @default {} */
  filesystemProperties?: Readonly<Record<string, ZfsPropertyValue>> | undefined;
  /** Mountpoint of the root dataset (`-m`). @default /<pool> */
  mountpoint?: string | undefined;
  /** Alternate root (`-R`). @default undefined */
  altroot?: string | undefined;
  /** Use devices even if they look in use, and mismatched replication levels (`-f`). @default false */
  force?: boolean | undefined;
  /** Only show the layout that would be created (`-n`). @default false */
  dryRun?: boolean | undefined;
};

/**
 * Builds `zpool create [-f] [-n] [-o k=v]... [-O k=v]... [-m mountpoint] [-R root] pool <vdevs>`.
 *
 * @param parameters - Pool name, layout and properties.
 * @returns The command; its `parse` returns stdout (the layout, for a dry run).
 * @throws {ZfsUsageError} When the pool name, a device, a property or the topology is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolCreateCommand } from '@tn/zfs';
 *
 * await executeCommand(
 *   createLocalRunner(),
 *   zpoolCreateCommand({ pool: 'tank', topology: { data: [{ type: 'raidz2', devices: ['sda', 'sdb', 'sdc', 'sdd'] }] } }),
 * );
 * ```
 */
export function zpoolCreateCommand(parameters: ZpoolCreateParameters): ZfsCommand<string> {
  const { pool, topology, properties, filesystemProperties, mountpoint, altroot } = parameters;
  const { force = false, dryRun = false } = parameters;
  assertZfsName(pool, 'pool');
  const argv = ['zpool', 'create'];
  if (force) argv.push('-f');
  if (dryRun) argv.push('-n');
  argv.push(...propertyArgs('-o', properties), ...propertyArgs('-O', filesystemProperties));
  if (mountpoint !== undefined) {
    if (!['none', 'legacy'].includes(mountpoint)) assertArgument(mountpoint, 'mountpoint');
    argv.push('-m', mountpoint);
  }
  if (altroot !== undefined) {
    assertArgument(altroot, 'altroot');
    argv.push('-R', altroot);
  }
  argv.push(pool, ...topologyArgs(topology));
  return { argv, parse: (stdout) => stdout };
}
