import { describe, expect, test } from 'vitest';
import { checkQueryFilters } from './checkQueryFilters.js';

const cond = ['a', '=', 1];
const nestOr = (depth: number): unknown => (depth === 0 ? cond : ['OR', [nestOr(depth - 1)]]);

describe('checkQueryFilters', () => {
  test.each([
    [[]],
    [[cond]],
    [
      [
        ['a', 'C^', 'x'],
        ['b', 'rnin', 1],
      ],
    ],
    [[['OR', [cond, [cond, cond]]]]],
    [[nestOr(3)]],
    [[['OR', [[cond, nestOr(2)]]]]],
    [[['t.$date', '>=', '2023-12-18T16:15:35+00:00']]],
    [[['t.$date', 'C=', '2023-12-18']]],
    [['a=b']],
  ])('default: %j is valid', (filters) => {
    expect(checkQueryFilters(filters)).toBeUndefined();
  });

  test.each([
    [['OR', [cond]], 'Invalid operation: O'],
    [[['a', '==', 1]], 'Invalid operation: =='],
    [[['a', 'eq', 1]], 'Invalid operation: eq'],
    [[['a', 'C', 1]], 'Invalid operation: C'],
    [[['a', 'Cfoo', 1]], 'Invalid operation: Cfoo'],
    // The server crashes on these three (TypeError / IndexError -> -32001); they are validation errors here.
    [[['a', 5, 1]], 'Invalid operation: 5'],
    [[5], 'Invalid filter 5'],
    [[['OR', [[]]]], 'Invalid filter []'],
    [[['AND', [cond]]], 'Invalid operation: AND'],
    [[['a', '=']], 'Invalid operation: a'],
    [[['a']], "Invalid filter ['a']"],
    [[['a', '=', 1, 2]], "Invalid filter ['a', '=', 1, 2]"],
    [[[]], 'Invalid filter []'],
    [[['a', '=', null, true]], "Invalid filter ['a', '=', None, True]"],
    [[['OR', []]], 'OR filter requires at least one branch.'],
    [[['OR', null]], 'OR filter requires at least one branch.'],
    [[['OR', [['a', 'X', 1]]]], 'Invalid operation: X'],
    [[nestOr(4)], 'query-filters max recursion depth exceeded'],
    [[['OR', [[cond, nestOr(3)]]]], 'query-filters max recursion depth exceeded'],
    [[['a', 'C~', 'x']], 'Invalid case-insensitive operation: C~'],
    [[['t.$date', 'in', ['x']]], 'in: invalid timestamp operation.'],
    [[['t.$date', 'C^', 'x']], '^: invalid timestamp operation.'],
    [[['t.$date', '>', 'yesterday']], 'yesterday: must be an ISO-8601 formatted timestamp string'],
    [[['t.$date', '>', 5]], '5: must be an ISO-8601 formatted timestamp string'],
    [
      [
        ['2023-01-01', '=', 'x.$date'],
        ['a', 'X', 1],
      ],
      'Invalid operation: X',
    ],
    [[['a', '=', 'x.$date']], 'a: must be an ISO-8601 formatted timestamp string'],
  ])('error: %j -> %s', (filters, message) => {
    expect(checkQueryFilters(filters)).toBe(message);
  });

  test('error: a non-list filters argument', () => {
    expect(checkQueryFilters(5)).toBe('Invalid filter 5');
  });
});
