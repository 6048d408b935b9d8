import { describe, expect, test } from 'vitest';
import { compileFieldPath, MISSING, resolveFieldPath, splitFieldPath, WildcardHit } from './fieldPath.js';

describe('splitFieldPath', () => {
  test.each([
    ['', []],
    ['a', ['a']],
    ['a.b.c', ['a', 'b', 'c']],
    ['a\\.b.c', ['a.b', 'c']],
    ['a.b\\.c', ['a', 'b.c']],
    ['a\\.', ['a.']],
    ['a.', ['a']],
    ['a\\b.c', ['a\\b', 'c']],
    ['disks.*.name', ['disks', '*', 'name']],
  ])('%j -> %j', (path, segments) => {
    expect(splitFieldPath(path)).toEqual(segments);
  });
});

describe('resolveFieldPath', () => {
  const row = { a: { b: 1 }, list: [{ n: 'x' }, null], s: 'str', nil: null, when: new Date(0) };
  const get = (path: string) => resolveFieldPath(row, compileFieldPath(path), 0);

  test('default: nested keys and indexes', () => {
    expect(get('a.b')).toBe(1);
    expect(get('list.0.n')).toBe('x');
    expect(get('')).toBe(row);
  });

  test('behavior: out-of-range indexes give null; missing keys give MISSING', () => {
    expect(get('list.9.n')).toBe(null);
    expect(get('a.zz')).toBe(MISSING);
    expect(get('zz.b')).toBe(MISSING);
    expect(get('toString')).toBe(MISSING);
  });

  test('behavior: scalars, null and dates end the walk as they are', () => {
    expect(get('s.x.y')).toBe('str');
    expect(get('nil.x')).toBe(null);
    expect(get('when.$date')).toEqual(new Date(0));
  });

  test('behavior: * over a list returns a hit for the caller', () => {
    const hit = get('list.*.n');
    expect(hit).toBeInstanceOf(WildcardHit);
    expect((hit as WildcardHit).next).toBe(2);
    expect(get('a.*')).toBe(MISSING);
  });

  test('error: a name on a list', () => {
    expect(() => get('list.n')).toThrow('n: must be array index or wildcard character');
  });
});
