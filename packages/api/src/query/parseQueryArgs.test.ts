import { describe, expect, test } from 'vitest';
import { parseQueryArgs } from './parseQueryArgs.js';
import { QueryValidationError } from './queryValidationError.js';

function issuesOf(filters: unknown, options: unknown) {
  try {
    parseQueryArgs(filters, options);
  } catch (err) {
    if (err instanceof QueryValidationError) return err.issues;
    throw err;
  }
  return [];
}

describe('parseQueryArgs', () => {
  test('default: missing params take the server defaults', () => {
    expect(parseQueryArgs(undefined, undefined)).toEqual({ filters: [], options: {} });
    expect(parseQueryArgs([['name', '=', 'tank']], { get: true })).toEqual({
      filters: [['name', '=', 'tank']],
      options: { get: true },
    });
  });

  test('error: server messages for filters', () => {
    expect(issuesOf(['OR', [['a', '=', 1]]], {})).toEqual([['filters', 'Value error, Invalid operation: O', 22]]);
    expect(issuesOf({}, {})).toEqual([['filters', 'Input should be a valid list', 22]]);
  });

  test('error: pydantic-style messages for options', () => {
    expect(issuesOf([], { extend: 'x', prefix: 'y' })).toEqual([
      ['options.extend', 'Extra inputs are not permitted', 22],
      ['options.prefix', 'Extra inputs are not permitted', 22],
    ]);
    expect(issuesOf([], { limit: '5', get: 'yes', order_by: {} })).toEqual([
      ['options.order_by', 'Input should be a valid list', 22],
      ['options.get', 'Input should be a valid boolean', 22],
      ['options.limit', 'Input should be a valid integer', 22],
    ]);
    expect(issuesOf([], { get: true, limit: 5 })).toEqual([
      ['options', 'Value error, Invalid options combination. `get` implies a single result.', 22],
    ]);
    expect(issuesOf([], null)).toEqual([
      ['options', 'Input should be a valid dictionary or instance of QueryOptions', 22],
    ]);
  });

  test('error: issues of both arguments are collected', () => {
    expect(issuesOf([['a', 'C~', 'x']], { limit: 10_001 })).toEqual([
      ['filters', 'Value error, Invalid case-insensitive operation: C~', 22],
      ['options', 'Value error, Options limit must be between 1 and 10000', 22],
    ]);
  });

  test('error: the thrown error reads like the server reason', () => {
    try {
      parseQueryArgs([['a', 'X', 1]], {});
    } catch (err) {
      expect((err as QueryValidationError).reason).toBe('[EINVAL] filters: Value error, Invalid operation: X\n');
    }
  });
});
