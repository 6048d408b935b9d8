import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * One entry of a `-32602 Invalid params` answer: `[attribute, message, errno]`, exactly as the server puts it in
 * `error.data.extra`.
 *
 * @example
 * ```ts
 * import type { QueryValidationIssue } from '@tn/api';
 *
 * const issue: QueryValidationIssue = ['filters', 'Value error, Invalid operation: O', 22];
 * ```
 */
export type QueryValidationIssue = readonly [attribute: string, message: string, errno: number];

/**
 * Thrown when query filters or options are invalid, where the server answers `-32602 Invalid params`.
 *
 * `issues` holds the wire entries (pydantic prefixes rule violations with `Value error, `); `shortMessage` joins
 * them as `attribute: message`.
 *
 * @example
 * ```ts
 * import { filterList } from '@tn/api';
 * import { QueryValidationError } from '@tn/api';
 *
 * try {
 *   filterList([], [['name', '==', 'tank']]);
 * } catch (err) {
 *   if (err instanceof QueryValidationError) console.log(err.issues); // [['filters', 'Value error, Invalid operation: ==', 22]]
 * }
 * ```
 */
export class QueryValidationError extends TnError {
  /** Always `'QueryValidationError'`. */
  override name = 'QueryValidationError' as const;
  /** The `[attribute, message, errno]` entries the server would send in `error.data.extra`. */
  readonly issues: readonly QueryValidationIssue[];

  constructor(issues: readonly QueryValidationIssue[]) {
    super(TnErrorCode.Validation, issues.map(([attribute, message]) => `${attribute}: ${message}`).join('; '), {
      metaMessages: ['The server answers this with JSON-RPC -32602 "Invalid params" (errno 22 EINVAL).'],
    });
    this.issues = issues;
  }

  /**
   * The server's `error.data.reason` text for these issues (`[EINVAL] attribute: message` lines).
   *
   * @example
   * ```ts
   * import { QueryValidationError } from './queryValidationError.js';
   *
   * new QueryValidationError([['options', 'Value error, x', 22]]).reason; // '[EINVAL] options: Value error, x\n'
   * ```
   */
  get reason(): string {
    return this.issues.map(([attribute, message]) => `[EINVAL] ${attribute}: ${message}\n`).join('');
  }
}

/**
 * {@link QueryValidationError} narrowed by its `name`, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { QueryValidationErrorType } from '@tn/api';
 *
 * function issuesOf(err: QueryValidationErrorType) { return err.issues; }
 * ```
 */
export type QueryValidationErrorType = QueryValidationError & {
  /** Always `'QueryValidationError'`. */
  name: 'QueryValidationError';
};
