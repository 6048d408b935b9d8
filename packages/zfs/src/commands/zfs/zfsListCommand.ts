import { ZfsUsageError } from '../../errors.js';
import type { ZfsList } from '../../model/zfsList.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZfsList } from '../../parsers/parseZfsList.js';
import { propertyList } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Dataset types understood by `zfs list -t` / `zfs get -t`.
 *
 * @example
 * ```ts
 * import type { ZfsDatasetType } from '@tn/zfs';
 *
 * const types: ZfsDatasetType[] = ['filesystem', 'volume'];
 * ```
 */
export type ZfsDatasetType = 'filesystem' | 'volume' | 'snapshot' | 'bookmark' | 'all';

/**
 * Columns `zfs list` prints when none are asked for.
 *
 * @example
 * ```ts
 * import { DEFAULT_ZFS_LIST_PROPERTIES } from '@tn/zfs';
 *
 * [...DEFAULT_ZFS_LIST_PROPERTIES, 'compressratio'];
 * ```
 */
export const DEFAULT_ZFS_LIST_PROPERTIES: readonly string[] = Object.freeze([
  'name',
  'type',
  'used',
  'available',
  'referenced',
  'mountpoint',
]);

/**
 * Options of {@link zfsListCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsListParameters } from '@tn/zfs';
 *
 * const params: ZfsListParameters = { names: ['tank/home'], recursive: true, type: ['filesystem'] };
 * ```
 */
export type ZfsListParameters = {
  /**
   * Datasets to list (with `recursive`, their descendants too).
   * @default [] (every dataset)
   */
  names?: readonly string[] | undefined;
  /**
   * Columns, in order (`-o`). `name` is added first when missing.
   * @default DEFAULT_ZFS_LIST_PROPERTIES
   */
  properties?: readonly string[] | undefined;
  /** Dataset types to include (`-t`). @default filesystems and volumes (zfs's default) */
  type?: readonly ZfsDatasetType[] | undefined;
  /** Include descendants (`-r`). @default false */
  recursive?: boolean | undefined;
  /** Limit recursion depth (`-d N`, implies recursion). @default undefined */
  depth?: number | undefined;
  /** Sort ascending by this property (`-s`). @default undefined */
  sortBy?: string | undefined;
  /**
   * Exact numbers (`-p`). Set `false` for old zfs (zfs-fuse, pool v23) that lacks it.
   * @default true
   */
  parsable?: boolean | undefined;
};

/**
 * Builds `zfs list -H -p -o <columns> ...`: datasets and their properties as tab-separated rows.
 *
 * @param parameters - Which datasets, which columns.
 * @returns The command; its `parse` gives one row per dataset.
 * @throws {ZfsUsageError} When a name, property or depth is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsListCommand } from '@tn/zfs';
 *
 * const rows = await executeCommand(createLocalRunner(), zfsListCommand({ names: ['tank'], recursive: true }));
 * ```
 */
export function zfsListCommand(parameters: ZfsListParameters = {}): ZfsCommand<ZfsList> {
  const { names = [], properties = DEFAULT_ZFS_LIST_PROPERTIES, type, recursive = false, depth, sortBy } = parameters;
  const { parsable = true } = parameters;
  for (const name of names) assertZfsName(name, ['dataset', 'snapshot', 'bookmark']);
  const columns = properties.includes('name') ? [...properties] : ['name', ...properties];
  const argv = ['zfs', 'list', '-H'];
  if (parsable) argv.push('-p');
  argv.push('-o', propertyList(columns));
  if (type !== undefined && type.length > 0) argv.push('-t', type.join(','));
  if (recursive) argv.push('-r');
  if (depth !== undefined) {
    if (!Number.isSafeInteger(depth) || depth < 0) throw new ZfsUsageError(`invalid depth ${depth}`);
    argv.push('-d', String(depth));
  }
  if (sortBy !== undefined) argv.push('-s', propertyList([sortBy]));
  argv.push(...names);
  return { argv, parse: (stdout) => parseZfsList(stdout, { columns }) };
}
