import { describe, expectTypeOf, test } from 'vitest';
import type { QueryPath, QueryPathValue } from './queryPath.js';

type Row = {
  name: string;
  quota: number | null;
  used: { parsed: number; source: string };
  'user.prop': string;
  disks: { name: string }[];
  created: Date;
};

describe('QueryPath', () => {
  test('types: nested keys, escaped dots, indexes and *', () => {
    expectTypeOf<'used.parsed'>().toExtend<QueryPath<Row>>();
    expectTypeOf<'user\\.prop'>().toExtend<QueryPath<Row>>();
    expectTypeOf<'disks.0.name'>().toExtend<QueryPath<Row>>();
    expectTypeOf<'disks.*.name'>().toExtend<QueryPath<Row>>();
    expectTypeOf<'created'>().toExtend<QueryPath<Row>>();
    expectTypeOf<'used.nope'>().not.toExtend<QueryPath<Row>>();
    expectTypeOf<'user.prop'>().not.toExtend<QueryPath<Row>>();
    expectTypeOf<QueryPath<Record<string, unknown>>>().toEqualTypeOf<string>();
  });

  test('types: values at a path', () => {
    expectTypeOf<QueryPathValue<Row, 'used.parsed'>>().toEqualTypeOf<number>();
    expectTypeOf<QueryPathValue<Row, 'quota'>>().toEqualTypeOf<number | null>();
    expectTypeOf<QueryPathValue<Row, 'user\\.prop'>>().toEqualTypeOf<string>();
    expectTypeOf<QueryPathValue<Row, 'disks.*.name'>>().toEqualTypeOf<string>();
    expectTypeOf<QueryPathValue<Row, 'disks.3.name'>>().toEqualTypeOf<string>();
    expectTypeOf<QueryPathValue<Record<string, unknown>, 'a.b'>>().toEqualTypeOf<unknown>();
  });
});
