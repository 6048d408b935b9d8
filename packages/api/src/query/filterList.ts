import { checkQueryFilters } from './checkQueryFilters.js';
import { checkQueryOptions } from './checkQueryOptions.js';
import { compileCheckedFilters } from './compileFilters.js';
import { compileSelect } from './compileSelect.js';
import { MatchNotFoundError, type MatchNotFoundErrorType } from './matchNotFoundError.js';
import { type OrderRowsConfig, orderRows } from './orderRows.js';
import type { QueryEvaluationErrorType } from './queryEvaluationError.js';
import type { QueryFilters } from './queryFilterSchema.js';
import type { QueryOptions } from './queryOptionsSchema.js';
import {
  QueryValidationError,
  type QueryValidationErrorType,
  type QueryValidationIssue,
} from './queryValidationError.js';

/**
 * Parameters of {@link filterList} after `rows`: the query's `filters` and `options`, plus emulation settings.
 *
 * @example
 * ```ts
 * import type { FilterListConfig } from '@tn/api';
 *
 * const config: FilterListConfig = { sqlOrder: true };
 * ```
 */
export type FilterListConfig = Pick<OrderRowsConfig, 'sqlOrder'>;

/**
 * Whether option `K` of `O` is `'on'` (literally `true`), `'off'` (absent, `false` or `undefined`) or `'maybe'`.
 *
 * @example
 * ```ts
 * import type { QueryOptionFlag } from '@tn/api';
 *
 * type F = QueryOptionFlag<{ get: true }, 'get'>; // 'on'
 * ```
 */
export type QueryOptionFlag<O, K extends PropertyKey> = K extends keyof O
  ? O[K] extends true
    ? 'on'
    : O[K] extends false | undefined
      ? 'off'
      : 'maybe'
  : 'off';

/**
 * What {@link filterList} returns for options `O`: a count, one row (`get`), or rows, and a union when the flags are
 * not literal. Rows are partial when `select` is used.
 *
 * @example
 * ```ts
 * import type { FilterListReturnType } from '@tn/api';
 *
 * type N = FilterListReturnType<{ name: string }, { count: true }>; // number
 * ```
 */
export type FilterListReturnType<Row, O> =
  | (QueryOptionFlag<O, 'count'> extends 'off' ? never : number)
  | (QueryOptionFlag<O, 'count'> extends 'on'
      ? QueryOptionFlag<O, 'get'> extends 'off'
        ? never
        : Row
      : QueryOptionFlag<O, 'get'> extends 'on'
        ? Row
        : QueryOptionFlag<O, 'get'> extends 'off'
          ? Row[]
          : Row | Row[]);

/**
 * Errors {@link filterList} throws: `QueryValidationError` (server: -32602), `QueryEvaluationError` and
 * `MatchNotFoundError` (server: -32001).
 *
 * @example
 * ```ts
 * import type { FilterListErrorType } from '@tn/api';
 *
 * function code(err: FilterListErrorType) { return err.code; }
 * ```
 */
export type FilterListErrorType = QueryValidationErrorType | QueryEvaluationErrorType | MatchNotFoundErrorType;

function validate(filters: readonly unknown[], options: Readonly<Record<string, unknown>>): void {
  const issues: QueryValidationIssue[] = [];
  const filtersError = checkQueryFilters(filters);
  if (filtersError !== undefined) issues.push(['filters', `Value error, ${filtersError}`, 22]);
  const optionsError = checkQueryOptions(options);
  if (optionsError !== undefined) issues.push(['options', `Value error, ${optionsError}`, 22]);
  if (issues.length > 0) throw new QueryValidationError(issues);
}

/** How many leading rows of the sorted result are used (Infinity when negative slices need all of them). */
function rowsNeeded(get: boolean | undefined, offset = 0, limit = 0): number {
  if (get === true) return 1;
  if (limit <= 0 || offset < 0) return Number.POSITIVE_INFINITY;
  return offset + limit;
}

function first(rows: readonly unknown[]): unknown {
  if (rows.length === 0) throw new MatchNotFoundError();
  return rows[0];
}

/**
 * Runs a query over in-memory rows exactly as the TrueNAS middleware's `filter_list()` does (the mock server's
 * query engine).
 *
 * Order: validate -> filters -> select -> `count` (return) -> `order_by` -> `get` (first) -> `offset` -> `limit`.
 * `get` without `order_by` stops at the first match (and then ignores `count`). `order_by` keys are successive
 * stable sorts, so the last key is primary; pass `{ sqlOrder: true }` for the datastore's SQL order instead.
 * `offset` and `limit` slice like Python (negative values count from the end).
 *
 * @param rows - The rows (not modified; selected rows are new objects, others are returned as they are).
 * @param filters - The `filters` argument.
 * @param options - The `options` argument.
 * @param config - {@link FilterListConfig}.
 * @returns Rows, one row (`get`) or a number (`count`).
 * @throws {QueryValidationError} When filters or options break a server rule (both are reported, like pydantic).
 * @throws {QueryEvaluationError} Where the server's Python raises while evaluating (e.g. `None > 1`).
 * @throws {MatchNotFoundError} When `get` finds nothing.
 * @example
 * ```ts
 * import { filterList } from '@tn/api';
 *
 * const rows = [
 *   { name: 'tank/a', type: 'FILESYSTEM', used: { parsed: 10 } },
 *   { name: 'tank/b', type: 'VOLUME', used: { parsed: 20 } },
 * ];
 * filterList(rows, [['type', '=', 'FILESYSTEM']], { order_by: ['-used.parsed'], limit: 50 });
 * ```
 */
export function filterList<Row, const O extends QueryOptions = Record<never, never>>(
  rows: readonly Row[],
  filters: QueryFilters | readonly unknown[] = [],
  options?: O,
  config: FilterListConfig = {},
): FilterListReturnType<Row, O> {
  const opts: QueryOptions = options ?? {};
  validate(filters, opts);
  const { select = [], order_by: orderBy = [], count, get, offset, limit } = opts;
  const project = select.length > 0 ? compileSelect(select) : undefined;
  const shortCircuit = get === true && orderBy.length === 0;
  let result: unknown[];
  if (filters.length > 0) {
    const predicate = compileCheckedFilters(filters);
    result = [];
    for (const row of rows) {
      if (!predicate(row)) continue;
      result.push(project ? project(row) : row);
      if (shortCircuit) break;
    }
    if (shortCircuit) return first(result) as FilterListReturnType<Row, O>;
  } else {
    result = project ? rows.map(project) : rows.slice();
  }
  if (count === true) return result.length as FilterListReturnType<Row, O>;
  if (orderBy.length > 0) result = orderRows(result, orderBy, { ...config, take: rowsNeeded(get, offset, limit) });
  if (get === true) return first(result) as FilterListReturnType<Row, O>;
  if (offset) result = result.slice(offset);
  if (limit) result = result.slice(0, limit);
  return result as FilterListReturnType<Row, O>;
}
