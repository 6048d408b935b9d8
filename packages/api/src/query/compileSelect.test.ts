import { describe, expect, test } from 'vitest';
import { compileSelect } from './compileSelect.js';

const row = { name: 'tank', used: { parsed: 5, value: '5B' }, nil: null, list: [1], props: { a: { b: 1 } } };

describe('compileSelect', () => {
  test('default: top-level and nested paths', () => {
    expect(compileSelect(['name', 'used.parsed'])(row)).toEqual({ name: 'tank', used: { parsed: 5 } });
  });

  test('behavior: aliases are flat keys, missing keys are skipped, null is kept', () => {
    expect(compileSelect([['used.parsed', 'used.bytes'], 'missing', 'nil', 'used.missing'])(row)).toEqual({
      'used.bytes': 5,
      nil: null,
    });
  });

  test('behavior: successive paths merge into one nested object without touching the row', () => {
    const before = structuredClone(row);
    const project = compileSelect(['props', 'props.a.c', 'used.value', 'used.parsed']);
    expect(project({ ...row, props: { a: { b: 1, c: 2 } } })).toEqual({
      props: { a: { b: 1, c: 2 } },
      used: { value: '5B', parsed: 5 },
    });
    expect(row).toEqual(before);
  });

  test('behavior: __proto__ is stored as a plain key', () => {
    const entry = compileSelect([['name', '__proto__']])(row);
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.keys(entry)).toEqual(['__proto__']);
  });

  test.each([
    [['list.0'], 'Selecting by list index is not supported'],
    [[['name', 'x'], 'x.y'], "'str' object does not support item assignment"],
    [[['list', 'x'], 'x.y'], 'list indices must be integers or slices, not str'],
    [[''], 'pop from empty list'],
  ] as const)('error: %j', (select, reason) => {
    expect(() => compileSelect(select)({ ...row, x: { y: 1 } })).toThrow(reason);
  });
});
