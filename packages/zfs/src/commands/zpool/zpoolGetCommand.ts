import { ZfsUsageError } from '../../errors.js';
import type { ZfsPropertyList } from '../../model/zfsProperty.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZpoolGet } from '../../parsers/parseZpoolGet.js';
import { propertyList } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zpoolGetCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolGetParameters } from '@tn/zfs';
 *
 * const params: ZpoolGetParameters = { pools: ['tank'], properties: ['autotrim', 'feature@draid'] };
 * ```
 */
export type ZpoolGetParameters = {
  /** Pools to read. @default [] (all imported pools) */
  pools?: readonly string[] | undefined;
  /** Properties, or `'all'`. @default 'all' */
  properties?: readonly string[] | 'all' | undefined;
  /** Exact numbers (`-p`). @default true */
  parsable?: boolean | undefined;
  /**
   * Tab-separated output with fixed columns (`-H -o name,property,value,source`). Set `false` for old zpool
   * (zfs-fuse), which only prints the aligned table.
   * @default true
   */
  scripted?: boolean | undefined;
};

/**
 * Builds `zpool get -H -p -o name,property,value,source <props> [pool...]`.
 *
 * @param parameters - Pools and properties.
 * @returns The command; its `parse` gives one entry per (pool, property).
 * @throws {ZfsUsageError} When a pool or property name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolGetCommand } from '@tn/zfs';
 *
 * const props = await executeCommand(createLocalRunner(), zpoolGetCommand({ pools: ['tank'] }));
 * ```
 */
export function zpoolGetCommand(parameters: ZpoolGetParameters = {}): ZfsCommand<ZfsPropertyList> {
  const { pools = [], properties = 'all', parsable = true, scripted = true } = parameters;
  for (const pool of pools) assertZfsName(pool, 'pool');
  if (properties !== 'all' && properties.length === 0) throw new ZfsUsageError('no properties to get');
  const argv = ['zpool', 'get'];
  if (scripted) argv.push('-H');
  if (parsable) argv.push('-p');
  if (scripted) argv.push('-o', 'name,property,value,source');
  argv.push(properties === 'all' ? 'all' : propertyList(properties), ...pools);
  return { argv, parse: (stdout) => parseZpoolGet(stdout) };
}
