import { describe, expect, test } from 'vitest';
import { compileCheckedFilters, compileFilters } from './compileFilters.js';
import { QueryValidationError } from './queryValidationError.js';

const rows = [
  { name: 'tank', type: 'FILESYSTEM', size: 5 },
  { name: 'boot', type: 'VOLUME', size: 1 },
  { name: 'fast', type: 'FILESYSTEM', size: 9 },
];

describe('compileFilters', () => {
  test('default: conditions are ANDed', () => {
    const matches = compileFilters([
      ['type', '=', 'FILESYSTEM'],
      ['size', '>', 6],
    ]);
    expect(rows.filter(matches)).toEqual([rows[2]]);
    expect(rows.filter(compileFilters([]))).toEqual(rows);
  });

  test('behavior: OR branches, AND lists inside OR, nested OR', () => {
    const matches = compileFilters([
      [
        'OR',
        [
          ['name', '=', 'boot'],
          [
            ['type', '=', 'FILESYSTEM'],
            [
              'OR',
              [
                ['size', '<', 2],
                ['name', '$', 'st'],
              ],
            ],
          ],
        ],
      ],
    ]);
    expect(rows.filter(matches).map((r) => r.name)).toEqual(['boot', 'fast']);
  });

  test('behavior: the predicate is reusable and works on non-dict rows like the server', () => {
    const matches = compileFilters([['', '=', 5]]);
    expect([5, 6, 5].filter(matches)).toEqual([5, 5]);
    expect(compileFilters([['0', '=', 'a']])(['a'])).toBe(true);
  });

  test('behavior: a 3-character string is a condition, as in Python', () => {
    expect(compileCheckedFilters(['a=b'])({ a: 'b' })).toBe(true);
  });

  test('error: invalid filters throw QueryValidationError before any row', () => {
    expect(() => compileFilters([['a', 'C~', 'x']])).toThrow(QueryValidationError);
    expect(() => compileFilters({} as never)).toThrow('filters: Input should be a valid list');
  });

  test('error: a non-string field fails on the first row', () => {
    const matches = compileCheckedFilters([[5, '=', 1]]);
    expect(() => matches({})).toThrow("'int' object has no attribute 'partition'");
  });
});
