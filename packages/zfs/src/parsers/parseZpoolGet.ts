import type { ZfsParseError } from '../errors.js';
import type { ZfsPropertyList } from '../model/zfsProperty.js';
import { parsePropertyTable } from './table/parsePropertyTable.js';

/** Parameters of {@link parseZpoolGet} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZpoolGet, type ParseZpoolGetParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZpoolGetParameters) => parseZpoolGet(text, options);
 * ```
 */
export type ParseZpoolGetParameters = {
  /**
   * The `-o` columns of `-H` output (`name`, `property`, `value`, `source`).
   * @default ['name', 'property', 'value', 'source']
   */
  columns?: readonly string[];
};
/** Return type of {@link parseZpoolGet}.
 *
 * @example
 * ```ts
 * import { parseZpoolGet, type ParseZpoolGetReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolGetReturnType = parseZpoolGet(text);
 * ```
 */
export type ParseZpoolGetReturnType = ZfsPropertyList;
/** Errors {@link parseZpoolGet} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolGet, type ParseZpoolGetErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolGet(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolGetErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolGetErrorType = ZfsParseError;

/**
 * Parses `zpool get` output: scripted (`-H [-p] [-o ...]`), column-aligned (`NAME PROPERTY VALUE SOURCE`, also
 * when a value such as a GUID overflows its column) or JSON (`-j`, detected). Same row model as {@link parseZfsGet},
 * with the pool in `name`.
 *
 * @param text - stdout of `zpool get`.
 * @param parameters - {@link ParseZpoolGetParameters}: the `-o` columns for `-H` output.
 * @returns One row per (pool, property).
 * @throws {ZfsParseError} When a row has the wrong number of fields or a column is unknown.
 *
 * @example
 * ```ts
 * import { parseZpoolGet } from '@tn/zfs';
 *
 * const { properties } = parseZpoolGet('tank\tfeature@raidz_expansion\tenabled\tlocal\n');
 * properties[0]?.value; // 'enabled'
 * ```
 */
export function parseZpoolGet(text: string, parameters: ParseZpoolGetParameters = {}): ParseZpoolGetReturnType {
  return parsePropertyTable(text, parameters.columns, 'zpool get');
}
