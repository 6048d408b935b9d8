import { describe, expect, test } from 'vitest';
import { orderRows } from './orderRows.js';

const rows = [
  { id: 1, n: 3, s: 'b', q: null },
  { id: 2, n: 1, s: 'a', q: 2 },
  { id: 3, n: 3, s: 'a', q: 1 },
  { id: 4, n: 2, s: 'c', q: null },
];
const ids = (result: unknown[]) => result.map((r) => (r as { id: number }).id);

describe('orderRows', () => {
  test('default: no keys keeps the order in a new array', () => {
    const result = orderRows(rows, []);
    expect(result).not.toBe(rows);
    expect(ids(result)).toEqual([1, 2, 3, 4]);
  });

  test('behavior: the last key is primary; sqlOrder flips that', () => {
    expect(ids(orderRows(rows, ['s', '-n']))).toEqual([3, 1, 4, 2]);
    expect(ids(orderRows(rows, ['s', '-n'], { sqlOrder: true }))).toEqual([3, 2, 1, 4]);
  });

  test('behavior: take keeps the leading rows identical to a full sort', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: i, n: (i * 37) % 11 }));
    expect(orderRows(many, ['-n'], { take: 7 }).slice(0, 7)).toEqual(orderRows(many, ['-n']).slice(0, 7));
  });

  test('behavior: nulls_first / nulls_last', () => {
    expect(ids(orderRows(rows, ['nulls_first:q']))).toEqual([1, 4, 3, 2]);
    expect(ids(orderRows(rows, ['nulls_last:-q']))).toEqual([2, 3, 1, 4]);
  });

  test('behavior: booleans and numbers sort together; strings by code point', () => {
    const mixed = [{ v: 2 }, { v: true }, { v: 0.5 }, { v: false }];
    expect(orderRows(mixed, ['v']).map((r) => (r as { v: unknown }).v)).toEqual([false, 0.5, true, 2]);
    const text = [{ v: '\u{1f600}' }, { v: '\uffff' }, { v: 'Z' }, { v: 'a' }];
    expect(orderRows(text, ['v']).map((r) => (r as { v: unknown }).v)).toEqual(['Z', 'a', '\uffff', '\u{1f600}']);
  });

  test('behavior: a * path sorts by the list it reaches', () => {
    const lists = [{ l: [2] }, { l: [1, 5] }];
    expect(orderRows(lists, ['l.*'])).toEqual([{ l: [1, 5] }, { l: [2] }]);
  });

  test('error: nulls without a prefix', () => {
    expect(() => orderRows(rows, ['-q'])).toThrow(/not supported between instances of .*'NoneType'/);
  });
});
