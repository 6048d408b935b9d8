import { describe, expect, test } from 'vitest';
import { pyFormat, pyJsonDumps, pyRepr } from './alertClasses.js';

describe('alert text helpers', () => {
  test('default: Python % formatting with mappings and tuples', () => {
    expect(pyFormat('Pool %(volume)s is %(capacity)d%%.', { volume: 'tank', capacity: 95.7 })).toBe(
      'Pool tank is 95%.',
    );
    expect(pyFormat('Scrub for pool %r is paused', ['tank'])).toBe("Scrub for pool 'tank' is paused");
    expect(pyFormat('%s and %s', ['a', null])).toBe('a and None');
  });

  test('error: missing arguments give null', () => {
    expect(pyFormat('%(missing)s', {})).toBeNull();
    expect(pyFormat('%s %s', ['one'])).toBeNull();
  });

  test('behavior: json.dumps(sort_keys=True) and repr', () => {
    expect(pyJsonDumps({ b: 1, a: [true, null, 'x'] })).toBe('{"a": [true, null, "x"], "b": 1}');
    expect(pyJsonDumps(null)).toBe('null');
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('tank')).toBe("'tank'");
  });
});
