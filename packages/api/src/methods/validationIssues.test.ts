import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { flattenIssues, formatPath, toValidationIssues } from './validationIssues.js';

describe('formatPath', () => {
  test('default: dots for names, brackets for indexes, param names for the first index', () => {
    expect(formatPath([0, 'topology', 'data', 2, 'disks'])).toBe('[0].topology.data[2].disks');
    expect(formatPath([1, 'limit'], ['filters', 'options'])).toBe('options.limit');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['a'], ['x'])).toBe('a');
  });
});

describe('flattenIssues', () => {
  test('behavior: a failed union is replaced by its deepest member issues', () => {
    const schema = z.union([z.object({ a: z.object({ b: z.string() }) }), z.number()]);
    const issues = schema.safeParse({ a: { b: 1 } }).error?.issues ?? [];
    expect(flattenIssues(issues).map((i) => [i.code, i.path])).toEqual([['invalid_type', ['a', 'b']]]);
    expect(toValidationIssues(issues)[0]).toMatchObject({ path: 'a.b', code: 'invalid_type', segments: ['a', 'b'] });
  });
});
