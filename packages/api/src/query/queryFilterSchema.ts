import { z } from 'zod';
import { checkQueryFilters } from './checkQueryFilters.js';
import { QUERY_OPERATORS, type QueryOperator } from './queryOperators.js';

/**
 * A filter operator: one of `QUERY_OPERATORS`.
 *
 * @example
 * ```ts
 * import { QueryOperatorSchema } from '@tn/api/schemas';
 *
 * QueryOperatorSchema.parse('Crin'); // 'Crin'
 * ```
 */
export const QueryOperatorSchema: z.ZodEnum<{ [K in QueryOperator]: K }> = z.enum(QUERY_OPERATORS);

/**
 * One condition `[field, operator, value]`. `field` is a dotted path (`\\.` escapes a dot, numbers index arrays,
 * `*` matches any element, a `.$date` suffix compares a datetime with an ISO-8601 string).
 *
 * @example
 * ```ts
 * import { QueryConditionSchema } from '@tn/api/schemas';
 *
 * QueryConditionSchema.parse(['name', '=', 'tank']);
 * ```
 */
export const QueryConditionSchema: z.ZodTuple<[z.ZodString, typeof QueryOperatorSchema, z.ZodUnknown], null> = z.tuple([
  z.string(),
  QueryOperatorSchema,
  z.unknown(),
]);

/**
 * Type of {@link QueryConditionSchema}.
 *
 * @example
 * ```ts
 * import type { QueryCondition } from '@tn/api/schemas';
 *
 * const byName: QueryCondition = ['name', '=', 'tank'];
 * ```
 */
export type QueryCondition = z.infer<typeof QueryConditionSchema>;

/**
 * Schema type of `["OR", [branch, ...]]` whose branches are `T` filters or non-empty lists of them (ANDed).
 *
 * @example
 * ```ts
 * import type { QueryConditionSchema, QueryOrSchema } from '@tn/api/schemas';
 *
 * type InnermostOr = QueryOrSchema<typeof QueryConditionSchema>;
 * ```
 */
export type QueryOrSchema<T extends z.ZodType> = z.ZodTuple<
  [z.ZodLiteral<'OR'>, z.ZodArray<z.ZodUnion<readonly [T, z.ZodArray<T>]>>],
  null
>;

function orOf<T extends z.ZodType>(item: T): QueryOrSchema<T> {
  return z.tuple([z.literal('OR'), z.array(z.union([item, z.array(item).min(1)])).min(1)]);
}

/**
 * Schema type of one nesting level: a condition, or an OR whose branches are `T` filters.
 *
 * @example
 * ```ts
 * import type { QueryConditionSchema, QueryFilterLevelSchema } from '@tn/api/schemas';
 *
 * type DeepestOrLevel = QueryFilterLevelSchema<typeof QueryConditionSchema>;
 * ```
 */
export type QueryFilterLevelSchema<T extends z.ZodType> = z.ZodUnion<
  readonly [typeof QueryConditionSchema, QueryOrSchema<T>]
>;

// The server allows three nested ORs (`MAX_FILTERS_DEPTH`), so the type is spelled out per level, not recursive.
const Depth2Schema: QueryFilterLevelSchema<typeof QueryConditionSchema> = z.union([
  QueryConditionSchema,
  orOf(QueryConditionSchema),
]);
const Depth1Schema: QueryFilterLevelSchema<QueryFilterLevelSchema<typeof QueryConditionSchema>> = z.union([
  QueryConditionSchema,
  orOf(Depth2Schema),
]);

/**
 * One element of a filter list: a condition or `["OR", [branch, ...]]`, ORs nested at most three deep.
 *
 * @example
 * ```ts
 * import { QueryFilterSchema } from '@tn/api/schemas';
 *
 * QueryFilterSchema.parse(['OR', [['name', '=', 'tank'], [['type', '=', 'VOLUME'], ['pool', '=', 'boot']]]]);
 * ```
 */
export const QueryFilterSchema: QueryFilterLevelSchema<
  QueryFilterLevelSchema<QueryFilterLevelSchema<typeof QueryConditionSchema>>
> = z.union([QueryConditionSchema, orOf(Depth1Schema)]);

/**
 * Type of {@link QueryFilterSchema}.
 *
 * @example
 * ```ts
 * import type { QueryFilter } from '@tn/api/schemas';
 *
 * const either: QueryFilter = ['OR', [['name', '=', 'tank'], ['name', '=', 'boot']]];
 * ```
 */
export type QueryFilter = z.infer<typeof QueryFilterSchema>;

/**
 * The `filters` argument of every `*.query` method: filters ANDed together.
 *
 * Runs the server's rule checks first, so invalid input fails with the server's exact message (`Invalid operation:
 * O`, `query-filters max recursion depth exceeded`, ...) before the structural check types the result.
 *
 * @example
 * ```ts
 * import { QueryFiltersSchema } from '@tn/api/schemas';
 *
 * QueryFiltersSchema.safeParse([['OR', []]]).error?.issues[0]?.message; // 'OR filter requires at least one branch.'
 * ```
 */
export const QueryFiltersSchema: z.ZodPipe<z.ZodArray<z.ZodUnknown>, z.ZodArray<typeof QueryFilterSchema>> = z
  .array(z.unknown())
  .superRefine((filters, ctx) => {
    const message = checkQueryFilters(filters);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message, params: { pydantic: 'value_error' } });
  })
  .pipe(z.array(QueryFilterSchema));

/**
 * Type of {@link QueryFiltersSchema}.
 *
 * @example
 * ```ts
 * import type { QueryFilters } from '@tn/api/schemas';
 *
 * const filters: QueryFilters = [['type', '=', 'FILESYSTEM'], ['used.parsed', '>', 1024]];
 * ```
 */
export type QueryFilters = z.infer<typeof QueryFiltersSchema>;
