import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { inputIssues, issueLine } from './inputIssues.js';

describe('inputIssues', () => {
  test('default: dotted paths, one issue per zod issue', () => {
    const parsed = z.strictObject({ a: z.array(z.object({ b: z.number() })) }).safeParse({ a: [{ b: 'x' }], c: 1 });
    expect(parsed.success).toBe(false);
    const issues = inputIssues((parsed as { error: z.ZodError }).error);
    expect(issues.map((i) => i.path)).toEqual(['a.0.b', '']);
    expect(issues.map(issueLine)[0]).toMatch(/^a\.0\.b: /);
  });

  test('edge: an issue of the input itself is its message alone', () => {
    expect(issueLine({ path: '', message: 'no rule keeps anything' })).toBe('no rule keeps anything');
  });
});
