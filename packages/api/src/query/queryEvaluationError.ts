import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * The Python exception the server would raise while evaluating a query.
 *
 * @example
 * ```ts
 * import type { PythonExceptionName } from '@tn/api';
 *
 * const kind: PythonExceptionName = 'TypeError';
 * ```
 */
export type PythonExceptionName = 'TypeError' | 'ValueError' | 'AttributeError' | 'IndexError' | 're.error';

/**
 * Thrown while evaluating a valid query against rows when the server's Python code would raise, for example
 * comparing `None` with `<`, sorting a column that holds nulls without a `nulls_*` prefix, `C=` on a number or a
 * bad `~` pattern. The server answers `-32001 "Method call error"` with errno 22 (EINVAL) and `reason` as here.
 *
 * @example
 * ```ts
 * import { filterList } from '@tn/api';
 * import { QueryEvaluationError } from '@tn/api';
 *
 * try {
 *   filterList([{ size: null }], [['size', '>', 1]]);
 * } catch (err) {
 *   if (err instanceof QueryEvaluationError) console.log(err.reason); // "'>' not supported between instances of 'NoneType' and 'int'"
 * }
 * ```
 */
export class QueryEvaluationError extends TnError {
  /** Always `'QueryEvaluationError'`. */
  override name = 'QueryEvaluationError' as const;
  /** The Python exception class the server raises. */
  readonly exception: PythonExceptionName;
  /** `str(exception)`: the server's `error.data.reason`. */
  readonly reason: string;
  /** The errno the server reports (22, EINVAL, for exceptions that are not `CallError`s). */
  readonly errno = 22;

  constructor(exception: PythonExceptionName, reason: string) {
    super(TnErrorCode.MethodCall, reason, {
      metaMessages: [`The server raises ${exception} and answers JSON-RPC -32001 "Method call error" (errno 22).`],
    });
    this.exception = exception;
    this.reason = reason;
  }
}

/**
 * {@link QueryEvaluationError} narrowed by its `name`, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { QueryEvaluationErrorType } from '@tn/api';
 *
 * function reasonOf(err: QueryEvaluationErrorType) { return err.reason; }
 * ```
 */
export type QueryEvaluationErrorType = QueryEvaluationError & {
  /** Always `'QueryEvaluationError'`. */
  name: 'QueryEvaluationError';
};
