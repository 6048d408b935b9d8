import { ZfsParseError } from '../errors.js';
import type { KstatPoolState } from '../model/kstat.js';

/** Return type of {@link parseKstatPoolState}.
 *
 * @example
 * ```ts
 * import { parseKstatPoolState, type ParseKstatPoolStateReturnType } from '@tn/zfs';
 *
 * const result: ParseKstatPoolStateReturnType = parseKstatPoolState(text);
 * ```
 */
export type ParseKstatPoolStateReturnType = KstatPoolState;
/** Errors {@link parseKstatPoolState} can throw.
 *
 * @example
 * ```ts
 * import { parseKstatPoolState, type ParseKstatPoolStateErrorType } from '@tn/zfs';
 *
 * try {
 *   parseKstatPoolState(text);
 * } catch (err) {
 *   console.error((err as ParseKstatPoolStateErrorType).shortMessage);
 * }
 * ```
 */
export type ParseKstatPoolStateErrorType = ZfsParseError;

/**
 * Parses the one-word pool state file `/proc/spl/kstat/zfs/<pool>/state` (`ONLINE`, `DEGRADED`, `SUSPENDED`, ...).
 *
 * @param text - The file content.
 * @returns The state word.
 * @throws {ZfsParseError} When the file is not a single upper-case word.
 *
 * @example
 * ```ts
 * import { parseKstatPoolState } from '@tn/zfs';
 *
 * parseKstatPoolState('ONLINE\n'); // { state: 'ONLINE' }
 * ```
 */
export function parseKstatPoolState(text: string): ParseKstatPoolStateReturnType {
  const state = text.trim();
  if (!/^[A-Z][A-Z_]*$/.test(state)) {
    throw new ZfsParseError('expected a pool state word', { line: 1, text: text.split('\n')[0] ?? '' });
  }
  return { state };
}
