import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { filterList } from './filterList.js';
import { MatchNotFoundError } from './matchNotFoundError.js';
import { QueryEvaluationError } from './queryEvaluationError.js';
import { QueryFiltersSchema } from './queryFilterSchema.js';
import { QueryValidationError } from './queryValidationError.js';
import { where } from './where.js';

type Row = { id: number; name: string; size: number; tag?: string | number | null };

const scalar = fc.oneof(fc.constantFrom('a', 'b', 'tank', ''), fc.integer({ min: -3, max: 3 }), fc.constant(null));
const rowArb = fc.record(
  {
    id: fc.nat(),
    name: fc.constantFrom('tank', 'tank/a', 'boot-pool', 'Backup', 'fast/x'),
    size: fc.integer({ min: -5, max: 5 }),
    tag: scalar,
  },
  { requiredKeys: ['id', 'name', 'size'] },
) as fc.Arbitrary<Row>;
const rowsArb = fc.array(rowArb, { maxLength: 30 });

describe('filterList properties', () => {
  test('behavior: = is Array.filter with === (no booleans involved)', () => {
    fc.assert(
      fc.property(rowsArb, scalar, (rows, value) => {
        expect(filterList(rows, [['tag', '=', value]])).toEqual(rows.filter((r) => 'tag' in r && r.tag === value));
      }),
    );
  });

  test('behavior: != is the complement of = on rows that have the key', () => {
    fc.assert(
      fc.property(rowsArb, scalar, (rows, value) => {
        const eq = filterList(rows, [['tag', '=', value]]);
        const ne = filterList(rows, [['tag', '!=', value]]);
        expect(eq.length + ne.length).toBe(rows.filter((r) => 'tag' in r).length);
        expect(eq.some((r) => ne.includes(r))).toBe(false);
      }),
    );
  });

  test('behavior: order_by one key is a stable sorted permutation', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, desc) => {
        const sorted = filterList(rows, [], { order_by: [desc ? '-size' : 'size'] });
        expect([...sorted].sort((a, b) => rows.indexOf(a) - rows.indexOf(b))).toEqual(rows);
        for (let i = 1; i < sorted.length; i++) {
          const [prev, cur] = [sorted[i - 1] as Row, sorted[i] as Row];
          expect(desc ? prev.size >= cur.size : prev.size <= cur.size).toBe(true);
          if (prev.size === cur.size) expect(rows.indexOf(prev)).toBeLessThan(rows.indexOf(cur));
        }
      }),
    );
  });

  test('behavior: in-memory order_by [a, b] equals SQL order_by [b, a]', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(filterList(rows, [], { order_by: ['name', '-size'] })).toEqual(
          filterList(rows, [], { order_by: ['-size', 'name'] }, { sqlOrder: true }),
        );
      }),
    );
  });

  test('behavior: limit and order_by select the same rows as a full sort then a slice', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(5), fc.integer({ min: 1, max: 8 }), (rows, offset, limit) => {
        const full = filterList(rows, [], { order_by: ['-size'] });
        expect(filterList(rows, [], { order_by: ['-size'], offset, limit })).toEqual(
          full.slice(offset, offset + limit),
        );
      }),
    );
  });

  test('behavior: offset and limit slice like Python', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: -5, max: 40 }),
        fc.integer({ min: -5, max: 40 }),
        (rows, offset, limit) => {
          let expected = offset ? rows.slice(offset) : rows;
          expected = limit ? expected.slice(0, limit) : expected;
          expect(filterList(rows, [], { offset, limit })).toEqual(expected);
        },
      ),
    );
  });

  test('behavior: count equals the number of rows returned without offset/limit', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: -5, max: 5 }), (rows, size) => {
        const filters = [['size', '>=', size]] as const;
        expect(filterList(rows, filters as never, { count: true, limit: 1 })).toBe(
          filterList(rows, filters as never).length,
        );
      }),
    );
  });

  test('behavior: builder output validates against QueryFiltersSchema and evaluates like a plain predicate', () => {
    const q = where<Row>();
    const condition = fc.oneof(
      fc.integer({ min: -5, max: 5 }).map((n) => ({ filter: q.gt('size', n), test: (r: Row) => r.size > n })),
      fc.integer({ min: -5, max: 5 }).map((n) => ({ filter: q.lte('size', n), test: (r: Row) => r.size <= n })),
      fc
        .constantFrom('tank', 'boot')
        .map((s) => ({ filter: q.startsWith('name', s), test: (r: Row) => r.name.startsWith(s) })),
      fc.constantFrom('TANK', 'backup').map((s) => ({
        filter: q.ci.startsWith('name', s),
        test: (r: Row) => r.name.toLowerCase().startsWith(s.toLowerCase()),
      })),
      fc.array(fc.constantFrom<string>('tank', 'tank/a', 'fast/x'), { maxLength: 3 }).map((names) => ({
        filter: q.in('name', names),
        test: (r: Row) => names.includes(r.name),
      })),
      fc
        .constantFrom('/', 'a')
        .map((s) => ({ filter: q.notContains('name', s), test: (r: Row) => !r.name.includes(s) })),
    );
    const branch = fc.oneof(
      condition,
      fc.array(condition, { minLength: 1, maxLength: 3 }).map((cs) => ({
        filter: q.and(...cs.map((c) => c.filter)),
        test: (r: Row) => cs.every((c) => c.test(r)),
      })),
    );
    const orArb = fc.array(branch, { minLength: 1, maxLength: 3 }).map((bs) => ({
      filter: q.or(...(bs.map((b) => b.filter) as [ReturnType<typeof q.eq>])),
      test: (r: Row) => bs.some((b) => b.test(r)),
    }));
    fc.assert(
      fc.property(rowsArb, fc.array(fc.oneof(condition, orArb), { maxLength: 4 }), (rows, parts) => {
        const filters = q.and(...parts.map((p) => p.filter));
        expect(QueryFiltersSchema.safeParse(filters).success).toBe(true);
        expect(filterList(rows, filters)).toEqual(rows.filter((r) => parts.every((p) => p.test(r))));
      }),
    );
  });

  test('behavior: arbitrary JSON input only ever raises the three query errors', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.jsonValue({ maxDepth: 3 })), (rows, filters) => {
        try {
          filterList(rows, filters);
        } catch (err) {
          const known =
            err instanceof QueryValidationError ||
            err instanceof QueryEvaluationError ||
            err instanceof MatchNotFoundError;
          expect(known).toBe(true);
        }
      }),
    );
  });
});
