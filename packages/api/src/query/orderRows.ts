import { type CompiledFieldPath, compileFieldPath, MISSING, resolveFieldPath, WildcardHit } from './fieldPath.js';
import { compareCodePoints, pyCompare, pyTypeName } from './pyValues.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

const NULLS_FIRST = 'nulls_first:';
const NULLS_LAST = 'nulls_last:';
const SURROGATE = /[\ud800-\udfff]/;

type SortKey = {
  readonly field: string;
  readonly path: CompiledFieldPath;
  readonly reverse: boolean;
  readonly nulls: 'first' | 'last' | undefined;
};

function parseKey(key: string): SortKey {
  const nulls = key.startsWith(NULLS_FIRST) ? 'first' : key.startsWith(NULLS_LAST) ? 'last' : undefined;
  let field = nulls === 'first' ? key.slice(NULLS_FIRST.length) : nulls === 'last' ? key.slice(NULLS_LAST.length) : key;
  const reverse = field.startsWith('-');
  if (reverse) field = field.slice(1);
  return { field, path: compileFieldPath(field), reverse, nulls };
}

/** The server's `get()`: the value at the path, `None` for a missing key, the array itself at a `*`. */
function sortValue(row: unknown, path: CompiledFieldPath): unknown {
  const value = resolveFieldPath(row, path, 0);
  if (value === MISSING) return null;
  return value instanceof WildcardHit ? value.items : value;
}

/** Python's `a < b` for sorting, as a comparator; throws where Python's `sorted()` raises. */
function pythonCompare(a: unknown, b: unknown): number {
  if (a === null || b === null) {
    throw new QueryEvaluationError(
      'TypeError',
      `'<' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
    );
  }
  return pyCompare(a, b, '<') ? -1 : pyCompare(b, a, '<') ? 1 : 0;
}

/** SQLite ordering for the SQL path: NULL first, then numbers, then text; other values keep their order. */
function sqlCompare(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    v === null ? 0 : typeof v === 'number' || typeof v === 'boolean' ? 1 : typeof v === 'string' ? 2 : 3;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) return Number(a) - Number(b);
  if (ra === 2) return compareCodePoints(a as string, b as string);
  return 0;
}

/** Indices of the `take` first rows in stable numeric order; `values` are already signed (negated for reverse). */
function topNumeric(values: Float64Array, take: number): number[] {
  const threshold = values.slice().sort()[take - 1] as number;
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < threshold) order.push(i);
  for (let i = 0; i < values.length && order.length < take; i++) if (values[i] === threshold) order.push(i);
  return order.sort((i, j) => (values[i] as number) - (values[j] as number) || i - j);
}

function numericOrder(keys: readonly unknown[], sign: number, take: number): number[] {
  const n = keys.length;
  const values = new Float64Array(n);
  let hasNaN = false;
  for (let i = 0; i < n; i++) {
    const value = sign * Number(keys[i]);
    values[i] = value;
    if (Number.isNaN(value)) hasNaN = true;
  }
  if (take * 4 < n && !hasNaN) return topNumeric(values, take);
  const order = Array.from({ length: n }, (_, i) => i);
  return order.sort((i, j) => (values[i] as number) - (values[j] as number) || i - j);
}

/**
 * Stable sort of `rows` by precomputed `keys`; `reverse` keeps ties in their original order, like Python. Only the
 * first `take` rows of the result are guaranteed (all of them when `take` is `Infinity`).
 */
function stableSort(
  rows: readonly unknown[],
  keys: unknown[],
  reverse: boolean,
  sql: boolean,
  take: number,
): unknown[] {
  const n = rows.length;
  if (n < 2) return rows.slice();
  let numeric = true;
  let textual = true;
  for (const key of keys) {
    if (typeof key !== 'number' && typeof key !== 'boolean') numeric = false;
    if (typeof key !== 'string' || SURROGATE.test(key)) textual = false;
    if (!numeric && !textual) break;
  }
  const sign = reverse ? -1 : 1;
  let order: number[];
  if (numeric) {
    order = numericOrder(keys, sign, take);
  } else {
    order = Array.from({ length: n }, (_, i) => i);
    if (textual) {
      const values = keys as string[];
      order.sort((i, j) => {
        const a = values[i] as string;
        const b = values[j] as string;
        return (a < b ? -sign : a > b ? sign : 0) || i - j;
      });
    } else {
      const compare = sql ? sqlCompare : pythonCompare;
      order.sort((i, j) => sign * compare(keys[i], keys[j]) || i - j);
    }
  }
  return order.map((i) => rows[i]);
}

function topLevelValue(row: unknown, field: string): unknown {
  if (typeof row !== 'object' || row === null || !Object.hasOwn(row, field)) return null;
  return (row as Record<string, unknown>)[field] ?? null;
}

function applyKey(rows: readonly unknown[], key: SortKey, sql: boolean, take: number): unknown[] {
  if (key.nulls === undefined) {
    return stableSort(
      rows,
      rows.map((row) => sortValue(row, key.path)),
      key.reverse,
      sql,
      take,
    );
  }
  const nulls: unknown[] = [];
  const rest: unknown[] = [];
  for (const row of rows) {
    // The server tests `entry.get(field)`: the raw top-level key, so a dotted field counts as null (SQL: the path).
    const value = sql ? sortValue(row, key.path) : topLevelValue(row, key.field);
    (value === null ? nulls : rest).push(row);
  }
  const sorted = stableSort(
    rest,
    rest.map((row) => sortValue(row, key.path)),
    key.reverse,
    sql,
    Number.POSITIVE_INFINITY,
  );
  return key.nulls === 'first' ? nulls.concat(sorted) : sorted.concat(nulls);
}

/**
 * Sorting options for {@link orderRows}.
 *
 * @example
 * ```ts
 * import type { OrderRowsConfig } from './orderRows.js';
 *
 * const config: OrderRowsConfig = { sqlOrder: true };
 * ```
 */
export type OrderRowsConfig = {
  /**
   * Use the datastore (SQL `ORDER BY`) semantics: the first key is primary and nulls sort first (last when
   * descending) without raising. Default: the in-memory `filter_list` semantics.
   * @default false
   */
  sqlOrder?: boolean | undefined;
  /**
   * Only the first `take` rows of the result are needed (`offset + limit`); lets the last sort select instead of
   * sorting everything. The result then holds at least those rows, in order.
   * @default Infinity
   */
  take?: number | undefined;
};

/**
 * Sorts rows by `options.order_by` keys with the server's `do_order()` semantics: each key is a stable sort applied
 * in turn, so the **last** key is primary; `-` sorts descending; `nulls_first:` / `nulls_last:` move rows whose
 * (top-level) value is null to the front or back.
 *
 * @param rows - The rows to sort (not modified).
 * @param orderBy - The `order_by` keys.
 * @param config - {@link OrderRowsConfig}.
 * @returns A new, sorted array.
 * @throws {QueryEvaluationError} `TypeError` when a key holds nulls without a `nulls_` prefix, or values Python
 * cannot order (mixed types, dicts).
 * @internal
 * @example
 * ```ts
 * import { orderRows } from './orderRows.js';
 *
 * orderRows([{ n: 'b', s: 1 }, { n: 'a', s: 1 }], ['-s', 'n']); // sorted by n, ties by -s
 * ```
 */
export function orderRows(
  rows: readonly unknown[],
  orderBy: readonly string[],
  config: OrderRowsConfig = {},
): unknown[] {
  const { sqlOrder = false, take = Number.POSITIVE_INFINITY } = config;
  const keys = orderBy.map(parseKey);
  if (sqlOrder) keys.reverse();
  let result = rows.slice();
  keys.forEach((key, i) => {
    result = applyKey(result, key, sqlOrder, i === keys.length - 1 ? Math.max(take, 1) : Number.POSITIVE_INFINITY);
  });
  return result;
}
