import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { casefold, casefoldValue } from './casefold.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

describe('casefold', () => {
  // Expected values are Python 3.11 `str.casefold()`.
  test.each([
    ['TANK/Media', 'tank/media'],
    ['Straße', 'strasse'],
    ['ẞ', 'ss'],
    ['ΣΑΣ', 'σασ'],
    ['ς', 'σ'],
    ['ﬁ', 'fi'],
    ['µ', 'μ'],
    ['ſ', 's'],
    ['K', 'k'],
    ['ı', 'ı'],
    ['İ', 'i̇'],
    ['Ꭰꭰ', 'ᎠᎠ'],
    ['ᏸ', 'Ᏸ'],
    ['ŉ', 'ʼn'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(casefold(input)).toBe(expected);
  });

  test('behavior: ASCII folds like toLowerCase', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        expect(casefold(s)).toBe(s.toLowerCase());
      }),
    );
  });

  test('behavior: folding is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(casefold(casefold(s))).toBe(casefold(s));
      }),
    );
  });
});

describe('casefoldValue', () => {
  test('default: None, strings and lists of strings', () => {
    expect(casefoldValue(null)).toBe(null);
    expect(casefoldValue('AB')).toBe('ab');
    expect(casefoldValue(['A', 'b'])).toEqual(['a', 'b']);
  });

  test.each([
    [1, "<class 'int'>: support for casefolding object type not implemented."],
    [true, "<class 'bool'>: support for casefolding object type not implemented."],
    [{}, "<class 'dict'>: support for casefolding object type not implemented."],
    [['a', 1], "'int' object has no attribute 'casefold'"],
  ])('error: %j', (value, reason) => {
    expect(() => casefoldValue(value)).toThrow(QueryEvaluationError);
    expect(() => casefoldValue(value)).toThrow(reason);
  });
});
