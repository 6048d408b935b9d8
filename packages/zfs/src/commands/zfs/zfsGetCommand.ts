import { ZfsUsageError } from '../../errors.js';
import type { ZfsPropertyList } from '../../model/zfsProperty.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZfsGet } from '../../parsers/parseZfsGet.js';
import { propertyList } from '../propertyArgs.js';
import type { ZfsCommand } from '../zfsCommand.js';
import type { ZfsDatasetType } from './zfsListCommand.js';

/**
 * Where a property value comes from (`zfs get -s`).
 *
 * @example
 * ```ts
 * import type { ZfsPropertySource } from '@tn/zfs';
 *
 * const sources: ZfsPropertySource[] = ['local', 'received'];
 * ```
 */
export type ZfsPropertySource = 'local' | 'default' | 'inherited' | 'temporary' | 'received' | 'none';

/**
 * Options of {@link zfsGetCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsGetParameters } from '@tn/zfs';
 *
 * const params: ZfsGetParameters = { names: ['tank/home'], properties: ['compression', 'used'] };
 * ```
 */
export type ZfsGetParameters = {
  /** Datasets, snapshots or bookmarks to read. @default [] (every dataset) */
  names?: readonly string[] | undefined;
  /** Properties to read, or `'all'`. @default 'all' */
  properties?: readonly string[] | 'all' | undefined;
  /** Include descendants (`-r`). @default false */
  recursive?: boolean | undefined;
  /** Limit recursion depth (`-d N`). @default undefined */
  depth?: number | undefined;
  /** Dataset types to include (`-t`). @default undefined */
  type?: readonly ZfsDatasetType[] | undefined;
  /** Only values from these sources (`-s`). @default undefined (all sources) */
  sources?: readonly ZfsPropertySource[] | undefined;
  /** Exact numbers (`-p`). @default true */
  parsable?: boolean | undefined;
};

/**
 * Builds `zfs get -H -p -o name,property,value,source <props> <names>`.
 *
 * @param parameters - Which datasets and properties.
 * @returns The command; its `parse` gives one entry per (dataset, property).
 * @throws {ZfsUsageError} When a name or property is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsGetCommand } from '@tn/zfs';
 *
 * const props = await executeCommand(createLocalRunner(), zfsGetCommand({ names: ['tank'], properties: ['used'] }));
 * ```
 */
export function zfsGetCommand(parameters: ZfsGetParameters = {}): ZfsCommand<ZfsPropertyList> {
  const { names = [], properties = 'all', recursive = false, depth, type, sources, parsable = true } = parameters;
  for (const name of names) assertZfsName(name, ['dataset', 'snapshot', 'bookmark']);
  if (properties !== 'all' && properties.length === 0) throw new ZfsUsageError('no properties to get');
  const argv = ['zfs', 'get', '-H'];
  if (parsable) argv.push('-p');
  argv.push('-o', 'name,property,value,source');
  if (recursive) argv.push('-r');
  if (depth !== undefined) {
    if (!Number.isSafeInteger(depth) || depth < 0) throw new ZfsUsageError(`invalid depth ${depth}`);
    argv.push('-d', String(depth));
  }
  if (type !== undefined && type.length > 0) argv.push('-t', type.join(','));
  if (sources !== undefined && sources.length > 0) argv.push('-s', sources.join(','));
  argv.push(properties === 'all' ? 'all' : propertyList(properties), ...names);
  return { argv, parse: (stdout) => parseZfsGet(stdout) };
}
