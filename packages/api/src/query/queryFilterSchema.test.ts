import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  type QueryCondition,
  QueryConditionSchema,
  type QueryFilter,
  QueryFilterSchema,
  type QueryFilters,
  QueryFiltersSchema,
  QueryOperatorSchema,
} from './queryFilterSchema.js';
import type { QueryOperator } from './queryOperators.js';

const cond: QueryCondition = ['a', '=', 1];

describe('QueryFilterSchema', () => {
  test('default: conditions and ORs with AND branches', () => {
    expect(QueryConditionSchema.parse(cond)).toEqual(cond);
    expect(QueryFilterSchema.parse(['OR', [cond, [cond, ['b', 'C^', 'x']]]])).toBeTruthy();
    expect(QueryOperatorSchema.options).toHaveLength(29);
  });

  test('behavior: three nested ORs fit the type, a fourth does not', () => {
    const three: QueryFilter = ['OR', [['OR', [['OR', [cond]]]]]];
    expect(QueryFilterSchema.safeParse(three).success).toBe(true);
    expect(QueryFilterSchema.safeParse(['OR', [three]]).success).toBe(false);
  });

  test('error: structural problems', () => {
    expect(QueryFilterSchema.safeParse(['a', 'C~', 1]).success).toBe(false);
    expect(QueryFilterSchema.safeParse(['OR', []]).success).toBe(false);
    expect(QueryFilterSchema.safeParse([1, '=', 1]).success).toBe(false);
  });

  test('types: inferred from the schemas', () => {
    expectTypeOf<QueryCondition[1]>().toEqualTypeOf<QueryOperator>();
    expectTypeOf<QueryFilters>().toEqualTypeOf<QueryFilter[]>();
  });
});

describe('QueryFiltersSchema', () => {
  test('default: valid filters parse unchanged', () => {
    const filters = [cond, ['OR', [cond, [cond]]]];
    expect(QueryFiltersSchema.parse(filters)).toEqual(filters);
  });

  test.each([
    [['OR', [cond]], 'Invalid operation: O'],
    [[['a', '==', 1]], 'Invalid operation: =='],
    [[['OR', []]], 'OR filter requires at least one branch.'],
    [[['a', 'C~', 'x']], 'Invalid case-insensitive operation: C~'],
    [[['OR', [['OR', [['OR', [['OR', [cond]]]]]]]]], 'query-filters max recursion depth exceeded'],
    [[['a']], "Invalid filter ['a']"],
  ])('error: %j has the server message', (filters, message) => {
    const result = QueryFiltersSchema.safeParse(filters);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', message, params: { pydantic: 'value_error' } }),
    ]);
  });

  test('error: not a list', () => {
    expect(QueryFiltersSchema.safeParse({}).success).toBe(false);
  });
});
