import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { LineParser, parseLinesWith, splitLines } from './lineParser.js';

describe('LineParser', () => {
  it('default', () => {
    const rules = [
      new LineParser<string[]>(/^a (\w+)$/, (target, [, word]) => target.push(`a:${word}`)),
      new LineParser<string[]>(/^(\w+)$/, (target, [, word], { line }) => target.push(`${line}:${word}`)),
    ];
    expect(parseLinesWith('a x\n\nbare\n', rules, [])).toEqual(['a:x', '3:bare']);
  });

  it('behavior: a handler can decline a line for the next rule', () => {
    const rules = [
      new LineParser<string[]>(/^(\w+)$/, (_target, [, word]) => (word === 'skip' ? false : undefined)),
      new LineParser<string[]>(/^skip$/, (target) => target.push('second')),
    ];
    expect(parseLinesWith('skip\n', rules, [])).toEqual(['second']);
  });

  it('behavior: unmatched lines go to the handler', () => {
    const seen: string[] = [];
    parseLinesWith('x\n', [], seen, (target, { line, text }) => target.push(`${line}=${text}`));
    expect(seen).toEqual(['1=x']);
  });

  it('behavior: splitLines accepts CRLF and a missing final newline', () => {
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
    expect(splitLines('')).toEqual([]);
  });

  it('error: unmatched line without a handler', () => {
    expect(() => parseLinesWith('ok\nbad line\n', [new LineParser(/^ok$/, () => {})], {})).toThrow(ZfsParseError);
    expect(() => parseLinesWith('ok\nbad line\n', [new LineParser(/^ok$/, () => {})], {})).toThrow(
      expect.objectContaining({ line: 2 }),
    );
  });
});
