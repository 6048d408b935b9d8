import type { ZfsParseError } from '../errors.js';
import type { ZpoolStatus } from '../model/zpoolStatus.js';
import { parseZpoolStatus } from './parseZpoolStatus.js';

/** Return type of {@link parseZpoolImport}: importable pools in the `zpool status` model.
 *
 * @example
 * ```ts
 * import { parseZpoolImport, type ParseZpoolImportReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolImportReturnType = parseZpoolImport(text);
 * ```
 */
export type ParseZpoolImportReturnType = ZpoolStatus;
/** Errors {@link parseZpoolImport} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolImport, type ParseZpoolImportErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolImport(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolImportErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolImportErrorType = ZfsParseError;

/**
 * Parses the listing printed by `zpool import` (no pool argument) or `zpool import -D`: one block per importable
 * pool with `pool:`, `id:`, `state:` (`ONLINE (DESTROYED)` gives `stateDetail: 'DESTROYED'`), `status:`,
 * `action:`, `see:` and a config tree without error counts. Trailing text such as "Additional devices are known to
 * be part of this pool..." goes to the pool's `notes`.
 *
 * @param text - stdout of `zpool import [-d dir] [-D]`.
 * @returns The importable pools; `message` holds `no pools available to import`.
 * @throws {ZfsParseError} When the text does not look like a `zpool import` listing.
 *
 * @example
 * ```ts
 * import { parseZpoolImport } from '@tn/zfs';
 *
 * for (const pool of parseZpoolImport(stdout).pools) console.log(pool.name, pool.id, pool.state);
 * ```
 */
export function parseZpoolImport(text: string): ParseZpoolImportReturnType {
  return parseZpoolStatus(text);
}
