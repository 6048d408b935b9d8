import { z } from 'zod';
import { checkQueryOptions } from './checkQueryOptions.js';

/**
 * The `options` argument of every `*.query` method (25.10 model): strict, so unknown keys (including the 25.04-only
 * `relationships`, `extend`, `extend_context`, `prefix`) are rejected, as the server does. All keys are optional;
 * omitted keys take the server defaults (`[]`, `false`, `0`, `{}`).
 *
 * The server's rule checks run after the field checks with its exact messages
 * (`Invalid options combination. \`get\` implies a single result.`, `Options limit must be between 1 and 10000`).
 *
 * @example
 * ```ts
 * import { QueryOptionsSchema } from '@tn/api/schemas';
 *
 * QueryOptionsSchema.parse({ order_by: ['-used.parsed'], select: ['name', ['used.parsed', 'used']], limit: 50 });
 * ```
 */
export const QueryOptionsSchema = z
  .strictObject({
    /** Per-method extras, e.g. `pool.dataset.query` `{ flat: false }`. */
    extra: z.record(z.string(), z.unknown()).optional(),
    /** Sort keys: `-field` descending, `nulls_first:` / `nulls_last:` prefixes. */
    order_by: z.array(z.string()).optional(),
    /** Fields to return: dotted paths build nested objects, `[src, alias]` renames. */
    select: z.array(z.union([z.string(), z.array(z.string())])).optional(),
    /** Return the number of matches instead of rows (ignores `offset` and `limit`). */
    count: z.boolean().optional(),
    /** Return the first match as an object; no match is an error. */
    get: z.boolean().optional(),
    /** Rows to skip. */
    offset: z.int().optional(),
    /** Maximum rows (0 = all, at most 10000). */
    limit: z.int().optional(),
    /** Datastore-backed services: filter in SQL even when an `extend` exists. */
    force_sql_filters: z.boolean().optional(),
  })
  .superRefine((options, ctx) => {
    const message = checkQueryOptions(options);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message, params: { pydantic: 'value_error' } });
  });

/**
 * Type of {@link QueryOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { QueryOptions } from '@tn/api/schemas';
 *
 * const firstByName: QueryOptions = { order_by: ['name'], get: true };
 * ```
 */
export type QueryOptions = z.infer<typeof QueryOptionsSchema>;
