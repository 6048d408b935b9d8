import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { otherVariant } from './otherVariant.js';

const Options = z.union([
  z.discriminatedUnion('purpose', [
    z.looseObject({ purpose: z.literal('A'), a: z.number() }),
    z.looseObject({ purpose: z.literal('B') }),
  ]),
  otherVariant('purpose', ['A', 'B']),
]);

describe('otherVariant', () => {
  test('default: known variants parse as themselves; unknown ones are kept as is', () => {
    expect(Options.parse({ purpose: 'A', a: 1, x: 2 })).toEqual({ purpose: 'A', a: 1, x: 2 });
    expect(Options.parse({ purpose: 'C', anything: [1] })).toEqual({ purpose: 'C', anything: [1] });
  });

  test('error: a known variant with a broken field is not accepted as "other"', () => {
    expect(Options.safeParse({ purpose: 'A', a: 'x' }).success).toBe(false);
    expect(Options.safeParse({ purpose: 1 }).success).toBe(false);
    expect(Options.safeParse({}).success).toBe(false);
  });
});
