import type { QueryCondition } from './queryFilterSchema.js';
import type { QueryOperator } from './queryOperators.js';
import type { QueryOptions } from './queryOptionsSchema.js';
import type { QueryPath, QueryPathValue } from './queryPath.js';

/**
 * A filter as the builder produces it: a condition or an `["OR", [...]]` (typed precisely by {@link QueryBuilder.or}).
 *
 * @example
 * ```ts
 * import type { QueryFilterLike } from '@tn/api';
 *
 * const filter: QueryFilterLike = ['name', '=', 'tank'];
 * ```
 */
export type QueryFilterLike = QueryCondition | ['OR', unknown[]];

/**
 * An OR branch: one filter, or a list of filters that are ANDed.
 *
 * @example
 * ```ts
 * import type { QueryBranchLike } from '@tn/api';
 *
 * const branch: QueryBranchLike = [['type', '=', 'VOLUME'], ['pool', '=', 'tank']];
 * ```
 */
export type QueryBranchLike = QueryFilterLike | QueryFilterLike[];

/**
 * The operand type each builder operator takes for a field of value type `V`.
 *
 * @example
 * ```ts
 * import type { QueryOperandKinds } from '@tn/api';
 *
 * type InList = QueryOperandKinds<number>['list']; // readonly number[]
 * ```
 */
export type QueryOperandKinds<V> = {
  /** `=` / `!=`: the field's own type. */
  value: V;
  /** Ordering: the field's type without `null`. */
  order: NonNullable<V>;
  /** `in` / `nin`: a list of the field's type. */
  list: readonly V[];
  /** `rin` / `rnin`: an element of a list field, or a substring of a string field. */
  element: NonNullable<V> extends readonly (infer E)[] ? E : NonNullable<V> extends string ? string : unknown;
  /** String operators. */
  text: string;
  /** Case-insensitive `in` / `nin`. */
  texts: readonly string[];
};

/**
 * One builder operator: `(path, operand) => condition`, with the operand typed from the field at `path`.
 *
 * @example
 * ```ts
 * import { where, type QueryBuilderOperator } from '@tn/api';
 *
 * const gt: QueryBuilderOperator<{ size: number }, 'order'> = where<{ size: number }>().gt;
 * ```
 */
export type QueryBuilderOperator<Row, Kind extends keyof QueryOperandKinds<unknown>> = <P extends QueryPath<Row>>(
  path: P,
  value: QueryOperandKinds<QueryPathValue<Row, P>>[Kind],
) => QueryCondition;

/**
 * A sort key for `orderBy`: a path, `-path` (descending), optionally prefixed `nulls_first:` / `nulls_last:`.
 *
 * @example
 * ```ts
 * import type { QueryOrderKey } from '@tn/api';
 *
 * const key: QueryOrderKey<{ quota: number | null }> = 'nulls_last:-quota';
 * ```
 */
export type QueryOrderKey<Row> =
  | QueryPath<Row>
  | `-${QueryPath<Row>}`
  | `nulls_first:${QueryPath<Row> | `-${QueryPath<Row>}`}`
  | `nulls_last:${QueryPath<Row> | `-${QueryPath<Row>}`}`;

/**
 * Typed query options for {@link QueryBuilder.options}; converted to the wire `QueryOptions` (snake_case keys).
 *
 * @example
 * ```ts
 * import type { TypedQueryOptions } from '@tn/api';
 *
 * const opts: TypedQueryOptions<{ name: string }> = { orderBy: ['-name'], limit: 10 };
 * ```
 */
export type TypedQueryOptions<Row> = {
  /** Fields to return; `[path, alias]` renames. */
  select?: readonly (QueryPath<Row> | readonly [QueryPath<Row>, string])[];
  /** Sort keys (the last one is primary on in-memory services). */
  orderBy?: readonly QueryOrderKey<Row>[];
  /** Return the number of matches. */
  count?: boolean;
  /** Return the first match; no match is an error. */
  get?: boolean;
  /** Rows to skip. */
  offset?: number;
  /** Maximum rows, at most 10000 (0 = all). */
  limit?: number;
  /** Per-method extras. */
  extra?: Record<string, unknown>;
  /** Filter in SQL on datastore-backed services. */
  forceSqlFilters?: boolean;
};

/**
 * The case-insensitive (`C`-prefixed) operators of {@link QueryBuilder.ci}: string operands only, and no `~`.
 *
 * @example
 * ```ts
 * import { where, type QueryBuilderCaseInsensitive } from '@tn/api';
 *
 * const ci: QueryBuilderCaseInsensitive<{ name: string }> = where<{ name: string }>().ci;
 * ```
 */
export type QueryBuilderCaseInsensitive<Row> = {
  /** `C=` */ eq: QueryBuilderOperator<Row, 'text'>;
  /** `C!=` */ ne: QueryBuilderOperator<Row, 'text'>;
  /** `C>` */ gt: QueryBuilderOperator<Row, 'text'>;
  /** `C>=` */ gte: QueryBuilderOperator<Row, 'text'>;
  /** `C<` */ lt: QueryBuilderOperator<Row, 'text'>;
  /** `C<=` */ lte: QueryBuilderOperator<Row, 'text'>;
  /** `Cin` */ in: QueryBuilderOperator<Row, 'texts'>;
  /** `Cnin` */ notIn: QueryBuilderOperator<Row, 'texts'>;
  /** `Crin` */ contains: QueryBuilderOperator<Row, 'text'>;
  /** `Crnin` */ notContains: QueryBuilderOperator<Row, 'text'>;
  /** `C^` */ startsWith: QueryBuilderOperator<Row, 'text'>;
  /** `C!^` */ notStartsWith: QueryBuilderOperator<Row, 'text'>;
  /** `C$` */ endsWith: QueryBuilderOperator<Row, 'text'>;
  /** `C!$` */ notEndsWith: QueryBuilderOperator<Row, 'text'>;
};

/**
 * The `"<path>.$date"` comparisons of {@link QueryBuilder.date}, against an ISO-8601 string (a `Date` is sent as
 * `toISOString()`).
 *
 * @example
 * ```ts
 * import { where, type QueryBuilderDates } from '@tn/api';
 *
 * const dates: QueryBuilderDates<{ created: Date }> = where<{ created: Date }>().date;
 * ```
 */
export type QueryBuilderDates<Row> = Record<
  'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte',
  (path: QueryPath<Row>, when: string | Date) => QueryCondition
>;

/**
 * The typed filter and options builder returned by {@link where}. Every method returns plain wire arrays.
 *
 * @example
 * ```ts
 * import { where, type QueryBuilder } from '@tn/api';
 *
 * const q: QueryBuilder<{ name: string }> = where<{ name: string }>();
 * ```
 */
export type QueryBuilder<Row> = {
  /** `=` (Python `==`: `1 == true`, deep lists and dicts). */ eq: QueryBuilderOperator<Row, 'value'>;
  /** `!=` */ ne: QueryBuilderOperator<Row, 'value'>;
  /** `>` (comparing `null` fails on the server). */ gt: QueryBuilderOperator<Row, 'order'>;
  /** `>=` */ gte: QueryBuilderOperator<Row, 'order'>;
  /** `<` */ lt: QueryBuilderOperator<Row, 'order'>;
  /** `<=` */ lte: QueryBuilderOperator<Row, 'order'>;
  /** `~`: Python `re.match` (anchored at the start only). */ match: QueryBuilderOperator<Row, 'text'>;
  /** `in`: the field's value is one of `values`. */ in: QueryBuilderOperator<Row, 'list'>;
  /** `nin` (false when the field is null). */ notIn: QueryBuilderOperator<Row, 'list'>;
  /** `rin`: the field (list or string) contains the item. */ contains: QueryBuilderOperator<Row, 'element'>;
  /** `rnin` (false when the field is null). */ notContains: QueryBuilderOperator<Row, 'element'>;
  /** `^` */ startsWith: QueryBuilderOperator<Row, 'text'>;
  /** `!^` */ notStartsWith: QueryBuilderOperator<Row, 'text'>;
  /** `$` */ endsWith: QueryBuilderOperator<Row, 'text'>;
  /** `!$` */ notEndsWith: QueryBuilderOperator<Row, 'text'>;
  /** Case-insensitive (`C`-prefixed) operators. */ ci: QueryBuilderCaseInsensitive<Row>;
  /** `.$date` comparisons. */ date: QueryBuilderDates<Row>;
  /** Any condition, for operators or paths the types do not cover. */
  condition: (path: string, op: QueryOperator, value: unknown) => QueryCondition;
  /** ANDs filters into a list: a whole `filters` argument, or an AND branch of {@link QueryBuilder.or}. */
  and: <F extends QueryFilterLike[]>(...filters: F) => F[number][];
  /** `["OR", [branch, ...]]`: a branch is one filter or an `and(...)` list. At most three ORs nest. */
  or: <B extends [QueryBranchLike, ...QueryBranchLike[]]>(...branches: B) => ['OR', B[number][]];
  /** Ascending sort key (the path itself). */ asc: <P extends QueryPath<Row>>(path: P) => P;
  /** Descending sort key: `-path`. */ desc: <P extends QueryPath<Row>>(path: P) => `-${P}`;
  /** Puts rows whose (top-level) value is null first: `nulls_first:key`. */
  nullsFirst: <K extends QueryPath<Row> | `-${QueryPath<Row>}`>(key: K) => `nulls_first:${K}`;
  /** Puts rows whose (top-level) value is null last: `nulls_last:key`. */
  nullsLast: <K extends QueryPath<Row> | `-${QueryPath<Row>}`>(key: K) => `nulls_last:${K}`;
  /** Converts {@link TypedQueryOptions} to wire `QueryOptions`. */
  options: (options: TypedQueryOptions<Row>) => QueryOptions;
};

function op(operator: QueryOperator) {
  return (path: string, value: unknown): QueryCondition => [path, operator, Array.isArray(value) ? [...value] : value];
}

function dateOp(operator: QueryOperator) {
  return (path: string, when: string | Date): QueryCondition => [
    `${path}.$date`,
    operator,
    when instanceof Date ? when.toISOString() : when,
  ];
}

function toWireOptions<Row>(options: TypedQueryOptions<Row>): QueryOptions {
  const { select, orderBy, count, get, offset, limit, extra, forceSqlFilters } = options;
  const wire: QueryOptions = {};
  if (select !== undefined) wire.select = select.map((item) => (typeof item === 'string' ? item : [...item]));
  if (orderBy !== undefined) wire.order_by = [...orderBy];
  if (count !== undefined) wire.count = count;
  if (get !== undefined) wire.get = get;
  if (offset !== undefined) wire.offset = offset;
  if (limit !== undefined) wire.limit = limit;
  if (extra !== undefined) wire.extra = extra;
  if (forceSqlFilters !== undefined) wire.force_sql_filters = forceSqlFilters;
  return wire;
}

/**
 * Creates a typed query builder for rows of type `Row`: paths autocomplete as nested keys, operands are typed by
 * the field, and the output is the exact wire filter arrays and options.
 *
 * @returns The {@link QueryBuilder}.
 * @example
 * ```ts
 * import { where } from '@tn/api';
 *
 * type Dataset = { name: string; pool: string; type: 'FILESYSTEM' | 'VOLUME'; used: { parsed: number } };
 * const q = where<Dataset>();
 * const filters = q.and(q.eq('type', 'FILESYSTEM'), q.or(q.ci.startsWith('name', 'TANK/'), q.gt('used.parsed', 1024)));
 * // [['type', '=', 'FILESYSTEM'], ['OR', [['name', 'C^', 'TANK/'], ['used.parsed', '>', 1024]]]]
 * const options = q.options({ orderBy: [q.desc('used.parsed')], limit: 50 });
 * // { order_by: ['-used.parsed'], limit: 50 }
 * ```
 */
export function where<Row = Record<string, unknown>>(): QueryBuilder<Row> {
  return {
    eq: op('='),
    ne: op('!='),
    gt: op('>'),
    gte: op('>='),
    lt: op('<'),
    lte: op('<='),
    match: op('~'),
    in: op('in'),
    notIn: op('nin'),
    contains: op('rin'),
    notContains: op('rnin'),
    startsWith: op('^'),
    notStartsWith: op('!^'),
    endsWith: op('$'),
    notEndsWith: op('!$'),
    ci: {
      eq: op('C='),
      ne: op('C!='),
      gt: op('C>'),
      gte: op('C>='),
      lt: op('C<'),
      lte: op('C<='),
      in: op('Cin'),
      notIn: op('Cnin'),
      contains: op('Crin'),
      notContains: op('Crnin'),
      startsWith: op('C^'),
      notStartsWith: op('C!^'),
      endsWith: op('C$'),
      notEndsWith: op('C!$'),
    },
    date: { eq: dateOp('='), ne: dateOp('!='), gt: dateOp('>'), gte: dateOp('>='), lt: dateOp('<'), lte: dateOp('<=') },
    condition: (path, operator, value) => [path, operator, value],
    and: (...filters) => [...filters],
    or: (...branches) => ['OR', [...branches]],
    asc: (path) => path,
    desc: (path) => `-${path}` as const,
    nullsFirst: (key) => `nulls_first:${key}` as const,
    nullsLast: (key) => `nulls_last:${key}` as const,
    options: toWireOptions,
  };
}
