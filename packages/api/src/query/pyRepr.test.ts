import { describe, expect, test } from 'vitest';
import { pyRepr, pyStr } from './pyRepr.js';

describe('pyRepr', () => {
  // Expected values are Python's repr().
  test.each([
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    [10, '10'],
    [1.5, '1.5'],
    [1e-7, '1e-07'],
    [1.5e300, '1.5e+300'],
    [0.0001, '0.0001'],
    [Number.NaN, 'nan'],
    [2 ** 60, '1.152921504606847e+18'],
    ["it's", `"it's"`],
    ['a"b', `'a"b'`],
    [`both'"`, `'both\\'"'`],
    ['\u0000\n\t\u007f\u00a0é\u2028', "'\\x00\\n\\t\\x7f\\xa0é\\u2028'"],
    [['a', null, true, 1.5, { k: [1] }], "['a', None, True, 1.5, {'k': [1]}]"],
    [new Date(Date.UTC(2023, 11, 18, 16, 15)), 'datetime.datetime(2023, 12, 18, 16, 15, tzinfo=datetime.timezone.utc)'],
  ])('%j -> %s', (value, expected) => {
    expect(pyRepr(value)).toBe(expected);
  });

  test('default: pyStr leaves strings alone', () => {
    expect(pyStr('O')).toBe('O');
    expect(pyStr(['O'])).toBe("['O']");
  });
});
