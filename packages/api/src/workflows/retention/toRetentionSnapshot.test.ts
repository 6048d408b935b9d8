import { describe, expect, test } from 'vitest';
import { RetentionInputError } from './retentionInputError.js';
import { toRetentionSnapshot } from './toRetentionSnapshot.js';

const prop = (rawvalue: string, parsed: unknown = rawvalue) => ({ value: rawvalue, rawvalue, source: 'NONE', parsed });

/** A `pool.snapshot.query` row as 25.10 sends it with `extra: { holds: true }` (after EJSON decoding). */
const row = (overrides: Record<string, unknown> = {}, properties: Record<string, unknown> = {}) => ({
  id: 'tank/vm@auto-1',
  name: 'tank/vm@auto-1',
  pool: 'tank',
  type: 'SNAPSHOT',
  snapshot_name: 'auto-1',
  dataset: 'tank/vm',
  createtxg: '812',
  properties: {
    creation: prop('1748736000', new Date(1748736000_000)),
    createtxg: prop('812', 812),
    userrefs: prop('0', 0),
    clones: prop(''),
    ...properties,
  },
  holds: {},
  ...overrides,
});

describe('toRetentionSnapshot', () => {
  test('default: name, creation (epoch seconds), createtxg, holds and clones', () => {
    expect(toRetentionSnapshot(row())).toEqual({
      name: 'tank/vm@auto-1',
      createdAt: new Date('2025-06-01T00:00:00Z'),
      createtxg: '812',
      holds: [],
      clones: [],
    });
  });

  test('behavior: hold tags come from the holds object', () => {
    expect(toRetentionSnapshot(row({ holds: { truenas: 1, backup: 1 } })).holds).toEqual(['truenas', 'backup']);
  });

  test('behavior: without holds in the row, userrefs says whether it is held', () => {
    const { holds: _, ...bare } = row({}, { userrefs: prop('2', 2) });
    expect(toRetentionSnapshot(bare)).toMatchObject({ held: true });
    const { holds: __, ...free } = row();
    expect(toRetentionSnapshot(free)).toMatchObject({ held: false });
    expect(toRetentionSnapshot(free).holds).toBeUndefined();
  });

  test.each([
    ['comma-separated string', prop('tank/c1,tank/c2'), ['tank/c1', 'tank/c2']],
    ['array in parsed', { rawvalue: 'tank/c1', parsed: ['tank/c1'] }, ['tank/c1']],
    ['dash for none', prop('-'), []],
    ['absent', undefined, []],
  ])('behavior: clones from %s', (_, clones, expected) => {
    expect(toRetentionSnapshot(row({}, { clones })).clones).toEqual(expected);
  });

  test('behavior: creation falls back to parsed (Date or epoch seconds); createtxg to properties', () => {
    const parsedDate = row({ createtxg: undefined }, { creation: { rawvalue: null, parsed: new Date(5_000) } });
    expect(toRetentionSnapshot(parsedDate)).toMatchObject({ createdAt: new Date(5_000), createtxg: '812' });
    const seconds = row({}, { creation: { parsed: 7 } });
    expect(toRetentionSnapshot(seconds).createdAt).toEqual(new Date(7_000));
    const { createtxg: _, ...noTxg } = row({}, { createtxg: undefined });
    expect(toRetentionSnapshot(noTxg).createtxg).toBeUndefined();
  });

  test('behavior: the id is used when there is no name', () => {
    const { name: _, ...noName } = row();
    expect(toRetentionSnapshot(noName).name).toBe('tank/vm@auto-1');
  });

  test.each([
    ['no creation', row({}, { creation: undefined }), 'tank/vm@auto-1.properties.creation'],
    [
      'unparseable creation',
      row({}, { creation: prop('Sun Jun 1 0:00 2025', 'x') }),
      'tank/vm@auto-1.properties.creation',
    ],
    ['no properties', row({ properties: undefined }), 'tank/vm@auto-1.properties.creation'],
    ['no name or id', row({ name: undefined, id: 5 }), 'name'],
  ])('error: %s', (_, bad, path) => {
    try {
      toRetentionSnapshot(bad);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RetentionInputError);
      expect((err as RetentionInputError).issues[0]?.path).toBe(path);
    }
  });
});
