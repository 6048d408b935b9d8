import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import { openEnum } from './openEnum.js';

describe('openEnum', () => {
  test('default: known and unknown strings pass; the type keeps the known values', () => {
    const Status = openEnum(['ONLINE', 'DEGRADED']);
    expect(Status.parse('ONLINE')).toBe('ONLINE');
    expect(Status.parse('SUSPENDED')).toBe('SUSPENDED');
    expectTypeOf<z.output<typeof Status>>().toExtend<string>();
    expectTypeOf<'ONLINE'>().toExtend<z.output<typeof Status>>();
  });

  test('error: non-strings are refused', () => {
    const Status = openEnum(['ONLINE']);
    expect(Status.safeParse(1).success).toBe(false);
    expect(Status.safeParse(null).success).toBe(false);
    expect(Status.optional().safeParse(undefined).success).toBe(true);
  });
});
