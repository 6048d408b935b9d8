import { describe, expect, expectTypeOf, test } from 'vitest';
import { type QueryOptions, QueryOptionsSchema } from './queryOptionsSchema.js';

describe('QueryOptionsSchema', () => {
  test('default: every key is optional', () => {
    expect(QueryOptionsSchema.parse({})).toEqual({});
    const full = {
      extra: { flat: false },
      order_by: ['nulls_first:-expiretime'],
      select: ['name', ['used.parsed', 'used']],
      count: false,
      get: false,
      offset: 0,
      limit: 10,
      force_sql_filters: true,
    };
    expect(QueryOptionsSchema.parse(full)).toEqual(full);
  });

  test('error: unknown keys are rejected (25.04-only keys included)', () => {
    const result = QueryOptionsSchema.safeParse({ extend: 'x', relationships: true });
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['extend', 'relationships'] });
  });

  test.each([
    [{ limit: 1.5 }],
    [{ limit: '1' }],
    [{ get: 1 }],
    [{ extra: [] }],
    [{ select: [1] }],
    [{ order_by: 'name' }],
  ])('error: wrong type %j', (options) => {
    expect(QueryOptionsSchema.safeParse(options).success).toBe(false);
  });

  test.each([
    [{ get: true, limit: 2 }, 'Invalid options combination. `get` implies a single result.'],
    [{ get: true, offset: 1 }, 'Invalid options combination. `get` implies a single result.'],
    [{ limit: 10_001 }, 'Options limit must be between 1 and 10000'],
    [{ select: [['a', 'b', 'c']] }, expect.stringContaining('A select as list may only contain two parameters')],
  ])('error: %j has the server message', (options, message) => {
    expect(QueryOptionsSchema.safeParse(options).error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', message, path: [] }),
    ]);
  });

  test('types: keys are the wire names', () => {
    expectTypeOf<QueryOptions['order_by']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<QueryOptions['limit']>().toEqualTypeOf<number | undefined>();
  });
});
