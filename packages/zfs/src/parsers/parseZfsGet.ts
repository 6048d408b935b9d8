import type { ZfsParseError } from '../errors.js';
import type { ZfsPropertyList } from '../model/zfsProperty.js';
import { parsePropertyTable } from './table/parsePropertyTable.js';

/** Parameters of {@link parseZfsGet} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZfsGet, type ParseZfsGetParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZfsGetParameters) => parseZfsGet(text, options);
 * ```
 */
export type ParseZfsGetParameters = {
  /**
   * The `-o` columns of `-H` output (`name`, `property`, `value`, `source`, `received`).
   * @default ['name', 'property', 'value', 'source']
   */
  columns?: readonly string[];
};
/** Return type of {@link parseZfsGet}.
 *
 * @example
 * ```ts
 * import { parseZfsGet, type ParseZfsGetReturnType } from '@tn/zfs';
 *
 * const result: ParseZfsGetReturnType = parseZfsGet(text);
 * ```
 */
export type ParseZfsGetReturnType = ZfsPropertyList;
/** Errors {@link parseZfsGet} can throw.
 *
 * @example
 * ```ts
 * import { parseZfsGet, type ParseZfsGetErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZfsGet(text);
 * } catch (err) {
 *   console.error((err as ParseZfsGetErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZfsGetErrorType = ZfsParseError;

/**
 * Parses `zfs get` output: scripted (`-H [-p] [-o ...]`), column-aligned (`NAME PROPERTY VALUE SOURCE`, values
 * with spaces such as `Sun Nov 22  1:57 2026` kept whole) or JSON (`-j`, detected). `inherited from X` sources
 * give `sourceType: 'inherited'` and `inheritedFrom: 'X'`.
 *
 * @param text - stdout of `zfs get`.
 * @param parameters - {@link ParseZfsGetParameters}: the `-o` columns for `-H` output.
 * @returns One row per (dataset, property).
 * @throws {ZfsParseError} When a row has the wrong number of fields or a column is unknown.
 *
 * @example
 * ```ts
 * import { parseZfsGet } from '@tn/zfs';
 *
 * const { properties } = parseZfsGet('tank/a\tmountpoint\t/mnt/a\tinherited from tank\n');
 * properties[0]?.inheritedFrom; // 'tank'
 * ```
 */
export function parseZfsGet(text: string, parameters: ParseZfsGetParameters = {}): ParseZfsGetReturnType {
  return parsePropertyTable(text, parameters.columns, 'zfs get');
}
