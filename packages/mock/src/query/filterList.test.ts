import { describe, expect, test } from 'vitest';
import { MatchNotFound, ValidationErrors } from '../errors.js';
import { filterList } from './filterList.js';

const rows = [
  {
    id: 1,
    name: 'tank',
    size: 10,
    tags: ['a', 'b'],
    props: { compression: 'lz4' },
    at: new Date('2024-01-01T00:00:00Z'),
    none: null,
  },
  {
    id: 2,
    name: 'Boot-pool',
    size: 5,
    tags: ['b'],
    props: { compression: 'off' },
    at: new Date('2024-06-01T00:00:00Z'),
    none: null,
  },
  {
    id: 3,
    name: 'backup',
    size: 10,
    tags: [],
    props: { compression: 'zstd' },
    at: new Date('2025-01-01T00:00:00Z'),
    none: 1,
  },
];
const ids = (v: unknown) => (v as { id: number }[]).map((r) => r.id);

describe('filterList', () => {
  test('default: no filters returns everything', () => {
    expect(ids(filterList(rows))).toEqual([1, 2, 3]);
  });

  test.each([
    [['id', '=', 2], [2]],
    [
      ['id', '!=', 2],
      [1, 3],
    ],
    [
      ['size', '>', 5],
      [1, 3],
    ],
    [['size', '<=', 5], [2]],
    [['name', '~', 'b'], [3]],
    [['name', '^', 'ta'], [1]],
    [
      ['name', '!^', 'ta'],
      [2, 3],
    ],
    [['name', '$', 'pool'], [2]],
    [
      ['name', '!$', 'pool'],
      [1, 3],
    ],
    [
      ['id', 'in', [1, 3]],
      [1, 3],
    ],
    [['id', 'nin', [1, 3]], [2]],
    [['tags', 'rin', 'a'], [1]],
    [
      ['tags', 'rnin', 'a'],
      [2, 3],
    ],
    [['name', 'C^', 'boot'], [2]],
    [['name', 'C=', 'TANK'], [1]],
    [['props.compression', '=', 'zstd'], [3]],
    [['tags.0', '=', 'b'], [2]],
    [
      ['tags.*', '=', 'b'],
      [1, 2],
    ],
    [['missing', '=', 1], []],
    [
      ['at.$date', '>', '2024-03-01T00:00:00+00:00'],
      [2, 3],
    ],
  ])('behavior: %j', (filter, expected) => {
    expect(ids(filterList(rows, [filter]))).toEqual(expected);
  });

  test('behavior: OR branches and AND of conditions', () => {
    expect(
      ids(
        filterList(rows, [
          [
            'OR',
            [
              ['id', '=', 1],
              [
                ['size', '=', 10],
                ['name', '^', 'b'],
              ],
            ],
          ],
        ]),
      ),
    ).toEqual([1, 3]);
    expect(
      ids(
        filterList(rows, [
          ['size', '=', 10],
          ['id', '>', 1],
        ]),
      ),
    ).toEqual([3]);
  });

  test('behavior: select, count, get, offset, limit', () => {
    expect(filterList(rows, [], { select: ['id', ['props.compression', 'comp'], 'nope'] })).toEqual([
      { id: 1, comp: 'lz4' },
      { id: 2, comp: 'off' },
      { id: 3, comp: 'zstd' },
    ]);
    expect(filterList(rows, [['size', '=', 10]], { count: true })).toBe(2);
    expect(filterList(rows, [['id', '=', 3]], { get: true })).toMatchObject({ name: 'backup' });
    expect(ids(filterList(rows, [], { offset: 1, limit: 1 }))).toEqual([2]);
  });

  test('behavior: order_by keys are successive stable sorts (last key is primary)', () => {
    expect(ids(filterList(rows, [], { order_by: ['-id'] }))).toEqual([3, 2, 1]);
    expect(ids(filterList(rows, [], { order_by: ['-id', 'size'] }))).toEqual([2, 3, 1]);
    expect(ids(filterList(rows, [], { order_by: ['nulls_first:none'] }))).toEqual([1, 2, 3]);
    expect(ids(filterList(rows, [], { order_by: ['nulls_last:-none'] }))).toEqual([3, 1, 2]);
  });

  test('error: get without a match throws MatchNotFound', () => {
    expect(() => filterList(rows, [['id', '=', 9]], { get: true })).toThrow(MatchNotFound);
  });

  test('error: invalid filters and options are ValidationErrors', () => {
    expect(() => filterList(rows, ['OR', [['id', '=', 1]]])).toThrow(ValidationErrors);
    expect(() => filterList(rows, [['id', 'like', 1]])).toThrow(/Validation/);
    expect(() => filterList(rows, [['name', 'C~', 'x']])).toThrow(ValidationErrors);
    expect(() => filterList(rows, [['OR', []]])).toThrow(ValidationErrors);
    expect(() => filterList(rows, [['id']])).toThrow(ValidationErrors);
    expect(() => filterList(rows, [], { get: true, limit: 2 })).toThrow(ValidationErrors);
    expect(() => filterList(rows, [], { limit: 10001 })).toThrow(ValidationErrors);
  });

  test('error: comparing None with < raises a TypeError like Python', () => {
    expect(() => filterList(rows, [['none', '<', 1]])).toThrow(TypeError);
  });
});
