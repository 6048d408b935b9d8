import { describe, expect, test } from 'vitest';
import { compareCodePoints, pyCompare, pyEq, pyTruthy, pyTypeName } from './pyValues.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

describe('pyValues', () => {
  test.each([
    [null, 'NoneType'],
    [true, 'bool'],
    [1, 'int'],
    [1.5, 'float'],
    ['a', 'str'],
    [[], 'list'],
    [{}, 'dict'],
    [new Date(0), 'datetime.datetime'],
  ])('pyTypeName(%j) -> %s', (value, name) => {
    expect(pyTypeName(value)).toBe(name);
  });

  test.each([
    [null, false],
    [0, false],
    [Number.NaN, true],
    ['', false],
    ['0', true],
    [[], false],
    [{}, false],
    [{ a: 1 }, true],
    [new Date(0), true],
  ])('pyTruthy(%j) -> %s', (value, truthy) => {
    expect(pyTruthy(value)).toBe(truthy);
  });

  test.each([
    [true, 1, true],
    [false, 0, true],
    [1, 1.0, true],
    ['1', 1, false],
    [null, null, true],
    [[1, [2]], [1, [2]], true],
    [[1], [1, 2], false],
    [{ a: 1, b: [true] }, { b: [1], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [new Date(5), new Date(5), true],
    [Number.NaN, Number.NaN, false],
  ])('pyEq(%j, %j) -> %s', (a, b, equal) => {
    expect(pyEq(a, b)).toBe(equal);
  });

  test.each([
    [1, 2, '<', true],
    [true, 0.5, '>', true],
    ['b', 'a', '>=', true],
    [[1, 2], [1, 3], '<', true],
    [[1, 2], [1], '>', true],
    [new Date(1), new Date(2), '<=', true],
  ] as const)('pyCompare(%j, %j, %s) -> %s', (a, b, op, expected) => {
    expect(pyCompare(a, b, op)).toBe(expected);
  });

  test.each([
    [null, 1, '<', "'<' not supported between instances of 'NoneType' and 'int'"],
    ['a', 1, '>', "'>' not supported between instances of 'str' and 'int'"],
    [{}, {}, '<=', "'<=' not supported between instances of 'dict' and 'dict'"],
    [[1, 'a'], [1, 2], '<', "'<' not supported between instances of 'str' and 'int'"],
  ] as const)('error: pyCompare(%j, %j, %s)', (a, b, op, reason) => {
    expect(() => pyCompare(a, b, op)).toThrow(QueryEvaluationError);
    expect(() => pyCompare(a, b, op)).toThrow(reason);
  });

  test('behavior: compareCodePoints orders astral characters after the BMP, like Python', () => {
    expect(compareCodePoints('\uffff', '\u{1f600}')).toBeLessThan(0);
    expect('\uffff' < '\u{1f600}').toBe(false);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('b', 'a')).toBeGreaterThan(0);
  });
});
