import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { compileWhenHot } from './compileWhenHot.js';

const Rows = z.array(z.looseObject({ id: z.number(), tags: z.array(z.string()).optional() }));

afterEach(() => {
  z.config({ jitless: false });
});

describe('compileWhenHot', () => {
  test('default: parses like the runtime schema before and after it compiles', () => {
    const schema = compileWhenHot(Rows);
    const value = [
      { id: 1, extra: { a: 1 } },
      { id: 2, tags: ['x'] },
    ];
    for (let i = 0; i < 6; i++) {
      const out = schema.parse(value);
      expect(out).toEqual(value);
      expect(out).not.toBe(value);
    }
  });

  test('error: invalid input gives the runtime errors, also once compiled', () => {
    const schema = compileWhenHot(Rows);
    const expected = Rows.safeParse([{ id: 'x' }]).error?.issues;
    for (let i = 0; i < 6; i++) {
      schema.parse([{ id: i }]);
      expect(schema.safeParse([{ id: 'x' }]).error?.issues).toEqual(expected);
    }
  });

  test('behavior: under zod jitless nothing is compiled and results are the same', () => {
    z.config({ jitless: true });
    const schema = compileWhenHot(Rows);
    for (let i = 0; i < 5; i++) expect(schema.parse([{ id: i, more: true }])).toEqual([{ id: i, more: true }]);
    expect(schema.safeParse([{}]).success).toBe(false);
  });

  test('behavior: transforms still apply', () => {
    const schema = compileWhenHot(z.object({ at: z.number().transform((n) => new Date(n)) }));
    for (let i = 0; i < 5; i++) expect(schema.parse({ at: i })).toEqual({ at: new Date(i) });
  });
});
