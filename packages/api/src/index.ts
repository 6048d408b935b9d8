/** Placeholder: filled in by its feature issue. @internal */
export const packageName = '@tn/api';

export {
  type FilterListConfig,
  type FilterListErrorType,
  type FilterListReturnType,
  filterList,
  type QueryOptionFlag,
} from './query/filterList.js';
export { MatchNotFoundError, type MatchNotFoundErrorType } from './query/matchNotFoundError.js';
export { type OrderRowsConfig, orderRows } from './query/orderRows.js';
export { type ParsedQueryArgs, parseQueryArgs } from './query/parseQueryArgs.js';
export {
  type PythonExceptionName,
  QueryEvaluationError,
  type QueryEvaluationErrorType,
} from './query/queryEvaluationError.js';
export {
  type QueryCondition,
  QueryConditionSchema,
  type QueryFilter,
  type QueryFilterLevelSchema,
  QueryFilterSchema,
  type QueryFilters,
  QueryFiltersSchema,
  QueryOperatorSchema,
  type QueryOrSchema,
} from './query/queryFilterSchema.js';
export {
  QUERY_BASE_OPERATORS,
  QUERY_OPERATORS,
  type QueryBaseOperator,
  type QueryOperator,
} from './query/queryOperators.js';
export { type QueryOptions, QueryOptionsSchema } from './query/queryOptionsSchema.js';
export type {
  QueryPath,
  QueryPathEscape,
  QueryPathSegments,
  QueryPathValue,
  QueryPathWalk,
} from './query/queryPath.js';
export {
  QueryValidationError,
  type QueryValidationErrorType,
  type QueryValidationIssue,
} from './query/queryValidationError.js';
export {
  type QueryBranchLike,
  type QueryBuilder,
  type QueryBuilderCaseInsensitive,
  type QueryBuilderDates,
  type QueryBuilderOperator,
  type QueryFilterLike,
  type QueryOperandKinds,
  type QueryOrderKey,
  type TypedQueryOptions,
  where,
} from './query/where.js';
