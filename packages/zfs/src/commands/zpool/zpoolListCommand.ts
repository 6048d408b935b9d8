import type { ZpoolList } from '../../model/zpoolList.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZpoolList } from '../../parsers/parseZpoolList.js';
import { propertyList } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Columns asked for when none are given; all exist on old zpool versions too.
 *
 * @example
 * ```ts
 * import { DEFAULT_ZPOOL_LIST_PROPERTIES } from '@tn/zfs';
 *
 * [...DEFAULT_ZPOOL_LIST_PROPERTIES, 'fragmentation'];
 * ```
 */
export const DEFAULT_ZPOOL_LIST_PROPERTIES: readonly string[] = Object.freeze([
  'name',
  'size',
  'allocated',
  'free',
  'capacity',
  'dedupratio',
  'health',
  'altroot',
]);

/**
 * Options of {@link zpoolListCommand}.
 *
 * @example
 * ```ts
 * import type { ZpoolListParameters } from '@tn/zfs';
 *
 * const params: ZpoolListParameters = { pools: ['tank'], properties: ['name', 'size', 'health', 'guid'] };
 * ```
 */
export type ZpoolListParameters = {
  /** Pools to list. @default [] (all imported pools) */
  pools?: readonly string[] | undefined;
  /** Columns, in order (`-o`). `name` is added first when missing. @default DEFAULT_ZPOOL_LIST_PROPERTIES */
  properties?: readonly string[] | undefined;
  /** Exact numbers (`-p`). Set `false` for old zpool (zfs-fuse) that lacks it. @default true */
  parsable?: boolean | undefined;
};

/**
 * Builds `zpool list -H -p -o <columns> [pool...]`.
 *
 * @param parameters - Pools and columns.
 * @returns The command; its `parse` gives one row per pool.
 * @throws {ZfsUsageError} When a pool or property name is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolListCommand } from '@tn/zfs';
 *
 * const pools = await executeCommand(createLocalRunner(), zpoolListCommand());
 * ```
 */
export function zpoolListCommand(parameters: ZpoolListParameters = {}): ZfsCommand<ZpoolList> {
  const { pools = [], properties = DEFAULT_ZPOOL_LIST_PROPERTIES, parsable = true } = parameters;
  for (const pool of pools) assertZfsName(pool, 'pool');
  const columns = properties.includes('name') ? [...properties] : ['name', ...properties];
  const argv = ['zpool', 'list', '-H', ...(parsable ? ['-p'] : []), '-o', propertyList(columns), ...pools];
  return { argv, parse: (stdout) => parseZpoolList(stdout, { columns }) };
}
