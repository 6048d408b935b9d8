import { describe, expect, expectTypeOf, test } from 'vitest';
import { filterList } from './filterList.js';
import { MatchNotFoundError } from './matchNotFoundError.js';
import { QueryEvaluationError } from './queryEvaluationError.js';
import type { QueryOptions } from './queryOptionsSchema.js';
import { QueryValidationError } from './queryValidationError.js';

const rows = [
  { id: 1, name: 'tank', size: 30, quota: null, props: { a: 1, b: { c: 2 } }, tags: ['x'] },
  { id: 2, name: 'boot', size: 10, quota: 5, props: { a: 2, b: { c: 1 } }, tags: [] },
  { id: 3, name: 'fast', size: 20, quota: 1, props: { a: 1 }, tags: ['y'] },
  { id: 4, name: 'Backup', size: 10, quota: null, props: { a: 3, b: null }, tags: [] },
];
const ids = (result: readonly { id?: unknown }[]) => result.map((row) => row.id);

describe('filterList options', () => {
  test('default: returns a new array of the same rows', () => {
    const result = filterList(rows);
    expect(result).not.toBe(rows);
    expect(result).toEqual(rows);
    expect(result[0]).toBe(rows[0]);
  });

  describe('select', () => {
    test('behavior: dotted paths build nested objects and missing keys are skipped', () => {
      expect(filterList(rows, [], { select: ['name', 'props.b.c', 'nope'] })).toEqual([
        { name: 'tank', props: { b: { c: 2 } } },
        { name: 'boot', props: { b: { c: 1 } } },
        { name: 'fast' },
        { name: 'Backup', props: { b: null } },
      ]);
    });

    test('behavior: [src, alias] renames, also into a flat key with dots', () => {
      expect(
        filterList(rows.slice(0, 1), [], {
          select: [
            ['props.b.c', 'c'],
            ['name', 'x.y'],
          ],
        }),
      ).toEqual([{ c: 2, 'x.y': 'tank' }]);
    });

    test('behavior: a path through a scalar keeps the scalar under the keys walked so far', () => {
      expect(filterList(rows.slice(0, 1), [], { select: ['name.more'] })).toEqual([{ name: 'tank' }]);
    });

    test('behavior: escaped dots select a literal key', () => {
      expect(filterList([{ 'a.b': 1, a: { b: 2 } }], [], { select: ['a\\.b'] })).toEqual([{ 'a.b': 1 }]);
    });

    test('behavior: the source rows are never mutated', () => {
      const before = structuredClone(rows);
      const [entry] = filterList(rows.slice(0, 1), [], { select: [['props', 'p'], 'p.extra', 'props', 'props.b.c'] });
      expect(entry).toEqual({ p: { ...rows[0]?.props }, props: rows[0]?.props });
      expect(rows).toEqual(before);
    });

    test('error: selecting through a list raises like the server', () => {
      expect(() => filterList(rows, [], { select: ['tags.0'] })).toThrow('Selecting by list index is not supported');
    });

    test('behavior: select runs before order_by, so sort keys use the selected names', () => {
      expect(filterList(rows, [], { select: ['id', ['size', 's']], order_by: ['-s', 'id'] }).map((r) => r.id)).toEqual([
        1, 2, 3, 4,
      ]);
    });
  });

  describe('order_by', () => {
    test('default: ascending, stable', () => {
      expect(ids(filterList(rows, [], { order_by: ['size'] }))).toEqual([2, 4, 3, 1]);
    });

    test('behavior: - sorts descending and keeps ties in their original order', () => {
      expect(ids(filterList(rows, [], { order_by: ['-size'] }))).toEqual([1, 3, 2, 4]);
    });

    test('behavior: the last key is primary (successive stable sorts)', () => {
      expect(ids(filterList(rows, [], { order_by: ['-id', 'size'] }))).toEqual([4, 2, 3, 1]);
      expect(ids(filterList(rows, [], { order_by: ['size', '-id'] }))).toEqual([4, 3, 2, 1]);
    });

    test('behavior: sqlOrder makes the first key primary', () => {
      expect(ids(filterList(rows, [], { order_by: ['size', '-id'] }, { sqlOrder: true }))).toEqual([4, 2, 3, 1]);
    });

    test('behavior: strings sort by code point (uppercase first)', () => {
      expect(ids(filterList(rows, [], { order_by: ['name'] }))).toEqual([4, 2, 3, 1]);
    });

    test('behavior: nested paths sort by the nested value', () => {
      expect(ids(filterList(rows, [], { order_by: ['props.a'] }))).toEqual([1, 3, 2, 4]);
    });

    test('error: a key holding nulls without a nulls_ prefix raises TypeError', () => {
      const err = (() => {
        try {
          filterList(rows, [], { order_by: ['quota'] });
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(QueryEvaluationError);
      expect((err as QueryEvaluationError).exception).toBe('TypeError');
      expect((err as QueryEvaluationError).reason).toMatch(/^'<' not supported between instances of .*'NoneType'/);
    });

    test('behavior: a single row never compares, so nulls do not raise', () => {
      expect(filterList(rows.slice(0, 1), [], { order_by: ['quota'] })).toHaveLength(1);
    });

    test('behavior: nulls_first / nulls_last place null rows (in original order)', () => {
      expect(ids(filterList(rows, [], { order_by: ['nulls_first:quota'] }))).toEqual([1, 4, 3, 2]);
      expect(ids(filterList(rows, [], { order_by: ['nulls_last:-quota'] }))).toEqual([2, 3, 1, 4]);
      expect(ids(filterList(rows, [], { order_by: ['nulls_first:missing'] }))).toEqual([1, 2, 3, 4]);
    });

    test('behavior: nulls_ with a dotted path tests the raw top-level key, so every row counts as null', () => {
      expect(ids(filterList(rows, [], { order_by: ['nulls_last:-props.a'] }))).toEqual([1, 2, 3, 4]);
      expect(ids(filterList(rows, [], { order_by: ['nulls_last:-props.a'] }, { sqlOrder: true }))).toEqual([
        4, 2, 1, 3,
      ]);
    });

    test('behavior: nulls sort first (last when descending) on the SQL path without raising', () => {
      expect(ids(filterList(rows, [], { order_by: ['quota'] }, { sqlOrder: true }))).toEqual([1, 4, 3, 2]);
      expect(ids(filterList(rows, [], { order_by: ['-quota'] }, { sqlOrder: true }))).toEqual([2, 3, 1, 4]);
    });

    test('error: values Python cannot order raise', () => {
      expect(() => filterList([{ v: 1 }, { v: 'a' }], [], { order_by: ['v'] })).toThrow(QueryEvaluationError);
      expect(() => filterList([{ v: {} }, { v: {} }], [], { order_by: ['v'] })).toThrow(QueryEvaluationError);
    });

    test('behavior: lists sort lexicographically', () => {
      expect(ids(filterList(rows, [], { order_by: ['tags'] }))).toEqual([2, 4, 1, 3]);
    });
  });

  describe('count', () => {
    test('default: counts matches and ignores offset and limit', () => {
      expect(filterList(rows, [], { count: true })).toBe(4);
      expect(filterList(rows, [['size', '<', 25]], { count: true, offset: 2, limit: 1 })).toBe(3);
    });

    test('behavior: count with get and filters but no order_by returns the row (server short-circuit)', () => {
      expect(filterList(rows, [['size', '=', 10]], { count: true, get: true })).toBe(rows[1]);
      expect(filterList(rows, [], { count: true, get: true })).toBe(4);
    });
  });

  describe('get', () => {
    test('default: the first match', () => {
      expect(filterList(rows, [['size', '=', 10]], { get: true })).toBe(rows[1]);
    });

    test('behavior: with order_by, the first row after sorting', () => {
      expect(filterList(rows, [['size', '=', 10]], { get: true, order_by: ['name'] })).toBe(rows[3]);
      expect(filterList(rows, [], { get: true, order_by: ['-size'], limit: 1 })).toBe(rows[0]);
    });

    test('error: no match raises MatchNotFound()', () => {
      expect(() => filterList(rows, [['size', '=', 99]], { get: true })).toThrow(MatchNotFoundError);
      expect(() => filterList([], [], { get: true, order_by: ['id'] })).toThrow('MatchNotFound()');
    });
  });

  describe('offset and limit', () => {
    test.each([
      [{ offset: 1 }, [2, 3, 4]],
      [{ limit: 2 }, [1, 2]],
      [{ offset: 1, limit: 2 }, [2, 3]],
      [{ offset: 3, limit: 5 }, [4]],
      [{ offset: 9 }, []],
      [{ limit: 0 }, [1, 2, 3, 4]],
      [{ offset: -1 }, [4]],
      [{ limit: -1 }, [1, 2, 3]],
      [{ limit: 10_000 }, [1, 2, 3, 4]],
    ])('%j', (options, expected) => {
      expect(ids(filterList(rows, [], options))).toEqual(expected);
    });

    test('behavior: applied after order_by', () => {
      expect(ids(filterList(rows, [], { order_by: ['-size'], offset: 1, limit: 2 }))).toEqual([3, 2]);
    });
  });

  describe('validation', () => {
    test.each([
      [{ get: true, limit: 2 }, 'Value error, Invalid options combination. `get` implies a single result.'],
      [{ get: true, offset: 1 }, 'Value error, Invalid options combination. `get` implies a single result.'],
      [{ limit: 10_001 }, 'Value error, Options limit must be between 1 and 10000'],
    ])('error: %j', (options, message) => {
      expect(() => filterList(rows, [], options)).toThrow(QueryValidationError);
      try {
        filterList(rows, [], options);
      } catch (err) {
        expect((err as QueryValidationError).issues).toEqual([['options', message, 22]]);
      }
    });

    test('error: filters and options are both reported, like pydantic', () => {
      try {
        filterList([], [['a', 'X', 1]], { limit: 20_000 });
        expect.unreachable();
      } catch (err) {
        expect((err as QueryValidationError).issues).toEqual([
          ['filters', 'Value error, Invalid operation: X', 22],
          ['options', 'Value error, Options limit must be between 1 and 10000', 22],
        ]);
      }
    });

    test('behavior: validation runs even when there are no rows', () => {
      expect(() => filterList([], [['OR', []]])).toThrow('OR filter requires at least one branch.');
    });
  });

  test('types: the return type follows literal count / get flags', () => {
    type R = (typeof rows)[number];
    expectTypeOf(filterList(rows)).toEqualTypeOf<R[]>();
    expectTypeOf(filterList(rows, [], { count: true })).toEqualTypeOf<number>();
    expectTypeOf(filterList(rows, [], { get: true })).toEqualTypeOf<R>();
    expectTypeOf(filterList(rows, [], { get: false, limit: 5 })).toEqualTypeOf<R[]>();
    const loose: QueryOptions = {};
    expectTypeOf(filterList(rows, [], loose)).toEqualTypeOf<number | R | R[]>();
  });
});
