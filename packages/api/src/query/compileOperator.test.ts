import { describe, expect, test } from 'vitest';
import { compileOperator } from './compileOperator.js';

describe('compileOperator', () => {
  test('default: the operand is compiled once and reused', () => {
    const test1 = compileOperator('in', ['a', 'b'], false);
    expect(['a', 'c', 1, null].map(test1)).toEqual([true, false, false, false]);
  });

  test('behavior: C prefix folds both sides', () => {
    expect(compileOperator('C=', 'STRASSE', false)('straße')).toBe(true);
    expect(compileOperator('Cin', ['TANK'], false)('tank')).toBe(true);
  });

  test('behavior: a bad operand for C fails when a value is tested, after the value is folded', () => {
    const test1 = compileOperator('C=', 5, false);
    expect(() => test1('x')).toThrow("<class 'int'>");
    expect(() => test1(1.5)).toThrow("<class 'float'>");
  });

  test('behavior: .$date compares instants; numbers are epoch milliseconds (wire form)', () => {
    const after = compileOperator('>', '2023-12-18T00:00:00Z', true);
    expect(after(new Date(Date.UTC(2023, 11, 19)))).toBe(true);
    expect(after(Date.UTC(2023, 11, 17))).toBe(false);
    expect(compileOperator('=', '2023-12-18T00:00:00Z', true)('2023-12-18T00:00:00Z')).toBe(false);
  });

  test('behavior: = and != on numbers follow Python (True == 1)', () => {
    expect(compileOperator('=', 1, false)(true)).toBe(true);
    expect(compileOperator('!=', true, false)(1)).toBe(false);
    expect(compileOperator('=', [1, { a: null }], false)([true, { a: null }])).toBe(true);
  });

  test('error: bad patterns fail when used', () => {
    const test1 = compileOperator('~', ['x'], false);
    expect(() => test1('x')).toThrow("unhashable type: 'list'");
    expect(() => compileOperator('~', 5, false)('x')).toThrow('first argument must be string or compiled pattern');
  });
});
