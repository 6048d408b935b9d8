import { describe, expect, test } from 'vitest';
import { compilePythonRegex } from './pythonRegex.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

function pythonMatch(pattern: string, subject: string): boolean | 'error' | 'unsupported' {
  try {
    const re = compilePythonRegex(pattern);
    re.lastIndex = 0;
    return re.test(subject);
  } catch (err) {
    if (!(err instanceof QueryEvaluationError) || err.exception !== 're.error') throw err;
    return err.reason.includes('not supported') ? 'unsupported' : 'error';
  }
}

describe('compilePythonRegex', () => {
  // Expected values are what Python 3.11 `re.match(pattern, subject)` returns.
  test.each([
    ['tank', 'tank/ds', true],
    ['ds', 'tank/ds', false],
    ['^tank$', 'tank', true],
    ['tank$', 'tank\n', true],
    ['tank\\Z', 'tank\n', false],
    ['\\d+', '١٢٣', true],
    ['(?a)\\d+', '١٢٣', false],
    ['\\w+$', 'héllo', true],
    ['(?a)\\w+$', 'héllo', false],
    ['\\bfoo\\b', 'foo bar', true],
    ['foo\\b', 'fooé', false],
    ['a.c', 'a\nc', false],
    ['(?s)a.c', 'a\nc', true],
    ['(?m)^b', 'a\nb', false],
    ['a\\nb', 'a\nb', true],
    ['(?m)a$', 'a\nb', true],
    ['(?i)TANK', 'tank', true],
    ['[]a]+', ']a]', true],
    ['[^]a]', 'b', true],
    ['a{2}', 'aa', true],
    ['a{,2}b', 'aab', true],
    ['a{', 'a{', true],
    ['{x}', '{x}', true],
    ['a}', 'a}', true],
    ['x]', 'x]', true],
    ['(?P<p>\\w+)/(?P=p)', 'ab/ab', true],
    ['(a)\\1', 'aa', true],
    ['\\x41\\u0042\\U00000043', 'ABC', true],
    ['\\101', 'A', true],
    ['\\0', '\u0000', true],
    ['[\\d-]+', '1-2', true],
    ['[a\\-z]+', '-', true],
    ['(?x) a b  # comment\n c', 'abc', true],
    ['(?#note)ab', 'ab', true],
    ['(?s:a.)b', 'a\nb', true],
    ['\\s+', '\u001c ', true],
    ['\\S', '﻿', true],
    ['[\\w.]+@', 'a.b@', true],
    ['\\-\\#\\&', '-#&', true],
    ['[\\]]', ']', true],
    ['a|b', 'b', true],
    ['\\.', '.', true],
    ['[[]', '[', true],
    ['\\Atank', 'tank', true],
    ['ab*?', 'abbb', true],
    ['(?<=a)b', 'ab', false],
    ['[^\\W\\d]+', 'abc1', true],
    ['\\bé', 'é', true],
    ['(', '(', 'error'],
    ['a**', 'a', 'error'],
    ['\\q', 'q', 'error'],
    ['[z-a]', 'a', 'error'],
    ['(?i)ß', 'SS', false],
    ['(?i)straße', 'STRASSE', false],
    ['(?i)k', 'K', true],
    ['\\', 'x', 'error'],
    ['a{3,2}', 'a', 'error'],
    ['(?i:a)', 'A', 'unsupported'],
    ['a++', 'a', 'unsupported'],
    ['\\N{DIGIT ONE}', '1', 'unsupported'],
    ['\\8', '8', 'error'],
    ['[\\8]', '8', 'error'],
    ['(?P<1a>x)', 'x', 'error'],
    ['\\$', '$', true],
    ['[$]', '$', true],
    ['😀+', '😀😀', true],
  ] as [string, string, boolean | string][])('re.match(%j, %j) -> %j', (pattern, subject, expected) => {
    expect(pythonMatch(pattern, subject)).toBe(expected);
  });

  test('behavior: the sticky regex is reusable after lastIndex = 0', () => {
    const re = compilePythonRegex('a');
    expect(re.flags).toBe('vy');
    re.lastIndex = 0;
    expect(re.test('ab')).toBe(true);
    re.lastIndex = 0;
    expect(re.test('ab')).toBe(true);
  });

  test('error: messages carry the position', () => {
    expect(() => compilePythonRegex('ab\\q')).toThrow('bad escape \\q at position 2');
  });
});
