import { describe, expect, test } from 'vitest';
import { QUERY_BASE_OPERATORS, QUERY_OPERATORS, QUERY_TIMESTAMP_OPERATORS } from './queryOperators.js';

describe('queryOperators', () => {
  test('default: every base operator has a C form except ~', () => {
    const caseInsensitive = QUERY_OPERATORS.filter((op) => op.startsWith('C')).map((op) => op.slice(1));
    expect(caseInsensitive).toEqual(QUERY_BASE_OPERATORS.filter((op) => op !== '~'));
    expect(QUERY_OPERATORS).not.toContain('C~');
  });

  test('default: timestamp operators are the comparisons', () => {
    expect(QUERY_TIMESTAMP_OPERATORS).toEqual(QUERY_BASE_OPERATORS.slice(0, 6));
  });
});
