import type { ApiContext, InvokeOptions, MethodParams, ParamAt, QueryMethod, QueryRow } from './apiContext.js';
import { invokeMethod } from './invokeMethod.js';

/**
 * Options of {@link QueryActions.iterate} and {@link QueryActions.queryAll}: the query options (without
 * `offset`/`limit`/`get`/`count`, which paging owns) plus the page size and per-call options.
 *
 * @example
 * ```ts
 * import type { IterateOptions } from '@tn/api';
 *
 * const options: IterateOptions = { pageSize: 200, orderBy: ['name'] };
 * ```
 */
export type IterateOptions = InvokeOptions & {
  /** Rows per request (1–10000). @default 100 */
  pageSize?: number | undefined;
  /** Sort keys; paging needs a stable order. @default ['id'] */
  orderBy?: readonly string[] | undefined;
  /** `select` of the query options. */
  select?: readonly (string | readonly [string, string])[] | undefined;
  /** Per-method `extra` of the query options. */
  extra?: Record<string, unknown> | undefined;
};

/**
 * The read functions every namespace with a `*.query` method gets. Filters are raw wire arrays or the output of
 * `where()`; options are the method's query options.
 *
 * @example
 * ```ts
 * import { where } from '@tn/api';
 *
 * const q = where<{ name: string }>();
 * const rows = await api.pools.query(q.and(q.eq('name', 'tank')));
 * for await (const dataset of api.datasets.iterate([], { pageSize: 50 })) console.log(dataset.name);
 * ```
 */
export type QueryActions<M extends QueryMethod> = {
  /** Rows matching `filters` (all rows without filters). Use `find`/`count` for `get`/`count` queries. */
  query(filters?: ParamAt<M, 0>, options?: ParamAt<M, 1>, call?: InvokeOptions): Promise<QueryRow<M>[]>;
  /** The first row matching `filters` (`{ get: true }`); throws `NotFoundError` when none does. */
  find(filters: ParamAt<M, 0>, options?: ParamAt<M, 1>, call?: InvokeOptions): Promise<QueryRow<M>>;
  /** The number of rows matching `filters` (`{ count: true }`). */
  count(filters?: ParamAt<M, 0>, call?: InvokeOptions): Promise<number>;
  /** Pages through every matching row with `offset`/`limit` and a stable `order_by`. */
  iterate(filters?: ParamAt<M, 0>, options?: IterateOptions): AsyncGenerator<QueryRow<M>, void, undefined>;
  /** Every matching row, fetched page by page (see `iterate`). */
  queryAll(filters?: ParamAt<M, 0>, options?: IterateOptions): Promise<QueryRow<M>[]>;
};

const DEFAULT_PAGE_SIZE = 100;

function asParams<M extends QueryMethod>(filters: unknown, options: unknown): MethodParams<M> {
  return [filters ?? [], options] as MethodParams<M>;
}

/**
 * Pages through the rows of a query method: one request per `pageSize` rows, sorted by `orderBy` so that pages do
 * not overlap, stopping at the first short page.
 *
 * @param api - the {@link ApiContext}.
 * @param method - a `*.query` method.
 * @param filters - raw filters or `where()` output.
 * @param options - {@link IterateOptions}.
 * @example
 * ```ts
 * import { iterateQuery } from '@tn/api';
 *
 * for await (const row of iterateQuery(api, 'pool.dataset.query', [['pool', '=', 'tank']], { pageSize: 100 })) {
 *   console.log(row.name);
 * }
 * ```
 */
export async function* iterateQuery<M extends QueryMethod>(
  api: ApiContext,
  method: M,
  filters?: ParamAt<M, 0>,
  options: IterateOptions = {},
): AsyncGenerator<QueryRow<M>, void, undefined> {
  const { pageSize = DEFAULT_PAGE_SIZE, orderBy = ['id'], select, extra, ...call } = options;
  for (let offset = 0; ; offset += pageSize) {
    const queryOptions = {
      order_by: [...orderBy],
      offset,
      limit: pageSize,
      ...(select === undefined ? {} : { select: select.map((s) => (typeof s === 'string' ? s : [...s])) }),
      ...(extra === undefined ? {} : { extra }),
    };
    const page = (await invokeMethod(api, method, asParams<M>(filters, queryOptions), call)) as QueryRow<M>[];
    yield* page;
    if (page.length < pageSize) return;
  }
}

/**
 * Builds the {@link QueryActions} of a query method.
 *
 * @param api - the {@link ApiContext}.
 * @param method - a `*.query` method.
 * @example
 * ```ts
 * import { queryActions } from '@tn/api';
 *
 * const disks = queryActions(api, 'disk.query');
 * const all = await disks.queryAll();
 * ```
 */
export function queryActions<M extends QueryMethod>(api: ApiContext, method: M): QueryActions<M> {
  return {
    query: async (filters, options, call) =>
      (await invokeMethod(api, method, asParams<M>(filters, options), call)) as QueryRow<M>[],
    find: async (filters, options, call) =>
      (await invokeMethod(
        api,
        method,
        asParams<M>(filters, { ...(options as object | undefined), get: true }),
        call,
      )) as QueryRow<M>,
    count: async (filters, call) =>
      (await invokeMethod(api, method, asParams<M>(filters, { count: true }), call)) as number,
    iterate: (filters, options) => iterateQuery(api, method, filters, options),
    queryAll: async (filters, options) => {
      const rows: QueryRow<M>[] = [];
      for await (const row of iterateQuery(api, method, filters, options)) rows.push(row);
      return rows;
    },
  };
}
