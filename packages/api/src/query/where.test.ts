import { describe, expect, expectTypeOf, test } from 'vitest';
import { filterList } from './filterList.js';
import type { QueryFilters } from './queryFilterSchema.js';
import { QueryFiltersSchema } from './queryFilterSchema.js';
import { QueryOptionsSchema } from './queryOptionsSchema.js';
import { where } from './where.js';

type Dataset = {
  id: string;
  name: string;
  type: 'FILESYSTEM' | 'VOLUME';
  quota: number | null;
  used: { parsed: number };
  tags: string[];
  'user.prop': string;
  children: { name: string; size: number }[];
  created: Date;
};

const q = where<Dataset>();

describe('where', () => {
  test.each([
    [q.eq('name', 'tank'), ['name', '=', 'tank']],
    [q.ne('quota', null), ['quota', '!=', null]],
    [q.gt('used.parsed', 1), ['used.parsed', '>', 1]],
    [q.gte('used.parsed', 1), ['used.parsed', '>=', 1]],
    [q.lt('quota', 1), ['quota', '<', 1]],
    [q.lte('quota', 1), ['quota', '<=', 1]],
    [q.match('name', '^tank'), ['name', '~', '^tank']],
    [q.in('type', ['VOLUME']), ['type', 'in', ['VOLUME']]],
    [q.notIn('type', ['VOLUME']), ['type', 'nin', ['VOLUME']]],
    [q.contains('tags', 'x'), ['tags', 'rin', 'x']],
    [q.notContains('name', '/'), ['name', 'rnin', '/']],
    [q.startsWith('name', 'tank/'), ['name', '^', 'tank/']],
    [q.notStartsWith('name', 'tank/'), ['name', '!^', 'tank/']],
    [q.endsWith('name', 'x'), ['name', '$', 'x']],
    [q.notEndsWith('name', 'x'), ['name', '!$', 'x']],
    [q.ci.eq('name', 'TANK'), ['name', 'C=', 'TANK']],
    [q.ci.ne('name', 'TANK'), ['name', 'C!=', 'TANK']],
    [q.ci.gt('name', 'A'), ['name', 'C>', 'A']],
    [q.ci.gte('name', 'A'), ['name', 'C>=', 'A']],
    [q.ci.lt('name', 'A'), ['name', 'C<', 'A']],
    [q.ci.lte('name', 'A'), ['name', 'C<=', 'A']],
    [q.ci.in('name', ['A']), ['name', 'Cin', ['A']]],
    [q.ci.notIn('name', ['A']), ['name', 'Cnin', ['A']]],
    [q.ci.contains('tags', 'A'), ['tags', 'Crin', 'A']],
    [q.ci.notContains('tags', 'A'), ['tags', 'Crnin', 'A']],
    [q.ci.startsWith('name', 'A'), ['name', 'C^', 'A']],
    [q.ci.notStartsWith('name', 'A'), ['name', 'C!^', 'A']],
    [q.ci.endsWith('name', 'A'), ['name', 'C$', 'A']],
    [q.ci.notEndsWith('name', 'A'), ['name', 'C!$', 'A']],
    [q.date.gt('created', '2023-12-18T16:15:35+00:00'), ['created.$date', '>', '2023-12-18T16:15:35+00:00']],
    [q.date.lte('created', new Date(Date.UTC(2024, 0, 1))), ['created.$date', '<=', '2024-01-01T00:00:00.000Z']],
    [q.date.eq('created', 'x'), ['created.$date', '=', 'x']],
    [q.date.ne('created', 'x'), ['created.$date', '!=', 'x']],
    [q.date.gte('created', 'x'), ['created.$date', '>=', 'x']],
    [q.date.lt('created', 'x'), ['created.$date', '<', 'x']],
    [q.eq('user\\.prop', 'v'), ['user\\.prop', '=', 'v']],
    [q.eq('children.*.name', 'a'), ['children.*.name', '=', 'a']],
    [q.gt('children.0.size', 1), ['children.0.size', '>', 1]],
    [q.condition('anything.deep', 'C^', 'x'), ['anything.deep', 'C^', 'x']],
  ])('%j', (built, wire) => {
    expect(built).toEqual(wire);
  });

  test('default: and / or build the wire shapes and validate', () => {
    const filters = q.and(
      q.eq('type', 'FILESYSTEM'),
      q.or(q.ci.startsWith('name', 'TANK/'), q.and(q.gt('used.parsed', 1024), q.or(q.eq('quota', null)))),
    );
    expect(filters).toEqual([
      ['type', '=', 'FILESYSTEM'],
      [
        'OR',
        [
          ['name', 'C^', 'TANK/'],
          [
            ['used.parsed', '>', 1024],
            ['OR', [['quota', '=', null]]],
          ],
        ],
      ],
    ]);
    expect(QueryFiltersSchema.parse(filters)).toEqual(filters);
    const typed: QueryFilters = filters;
    expect(typed).toBe(filters);
  });

  test('behavior: operand arrays are copied', () => {
    const values: Dataset['type'][] = ['VOLUME'];
    const condition = q.in('type', values);
    values.push('FILESYSTEM');
    expect(condition[2]).toEqual(['VOLUME']);
  });

  test('default: options convert to the wire names and validate', () => {
    const options = q.options({
      select: ['name', ['used.parsed', 'used']],
      orderBy: [q.asc('name'), q.desc('used.parsed'), q.nullsFirst(q.desc('quota')), q.nullsLast('quota')],
      limit: 50,
      offset: 5,
      count: false,
      get: false,
      extra: { flat: false },
      forceSqlFilters: true,
    });
    expect(options).toEqual({
      select: ['name', ['used.parsed', 'used']],
      order_by: ['name', '-used.parsed', 'nulls_first:-quota', 'nulls_last:quota'],
      limit: 50,
      offset: 5,
      count: false,
      get: false,
      extra: { flat: false },
      force_sql_filters: true,
    });
    expect(QueryOptionsSchema.parse(options)).toEqual(options);
    expect(q.options({})).toEqual({});
  });

  test('behavior: builder output runs in filterList', () => {
    const rows: Dataset[] = [
      {
        id: 'tank/a',
        name: 'tank/a',
        type: 'FILESYSTEM',
        quota: null,
        used: { parsed: 10 },
        tags: ['x'],
        'user.prop': 'v',
        children: [{ name: 'c', size: 2 }],
        created: new Date(Date.UTC(2024, 0, 1)),
      },
    ];
    const filters = q.and(
      q.ci.contains('tags', 'X'),
      q.eq('user\\.prop', 'v'),
      q.date.gte('created', '2023-12-31T00:00:00Z'),
    );
    expect(filterList(rows, filters, q.options({ orderBy: [q.desc('used.parsed')], limit: 1 }))).toEqual(rows);
  });

  test('types: paths and operands follow the row type', () => {
    expectTypeOf(q.eq).parameter(0).toEqualTypeOf<Parameters<typeof q.eq>[0]>();
    // @ts-expect-error unknown path
    q.eq('nope', 1);
    // @ts-expect-error wrong operand type
    q.gt('used.parsed', 'big');
    // @ts-expect-error no case-insensitive regex
    q.ci.match;
    // @ts-expect-error a fourth nested OR breaks the depth limit
    const tooDeep: QueryFilters = [q.or(q.or(q.or(q.or(q.eq('name', 'x')))))];
    expect(tooDeep).toHaveLength(1);
    const loose = where();
    expect(loose.eq('any.path.*.x', 1)).toEqual(['any.path.*.x', '=', 1]);
  });
});
