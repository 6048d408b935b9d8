import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * Thrown when a query with `get: true` matches nothing. The server does not special-case this: it answers
 * `-32001 "Method call error"`, errno 22 (EINVAL), `reason` `"MatchNotFound()"`.
 *
 * @example
 * ```ts
 * import { filterList } from '@tn/api';
 * import { MatchNotFoundError } from '@tn/api';
 *
 * try {
 *   filterList([{ name: 'tank' }], [['name', '=', 'boot']], { get: true });
 * } catch (err) {
 *   if (err instanceof MatchNotFoundError) console.log(err.reason); // 'MatchNotFound()'
 * }
 * ```
 */
export class MatchNotFoundError extends TnError {
  /** Always `'MatchNotFoundError'`. */
  override name = 'MatchNotFoundError' as const;
  /** The server's `error.data.reason`. */
  readonly reason = 'MatchNotFound()';
  /** The errno the server reports (22, EINVAL). */
  readonly errno = 22;

  constructor() {
    super(TnErrorCode.NotFound, 'MatchNotFound()', {
      metaMessages: ['The query used `get: true` and no row matched; the server answers JSON-RPC -32001.'],
    });
  }
}

/**
 * {@link MatchNotFoundError} narrowed by its `name`, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { MatchNotFoundErrorType } from '@tn/api';
 *
 * function isMiss(err: { name: string }): err is MatchNotFoundErrorType { return err.name === 'MatchNotFoundError'; }
 * ```
 */
export type MatchNotFoundErrorType = MatchNotFoundError & {
  /** Always `'MatchNotFoundError'`. */
  name: 'MatchNotFoundError';
};
