import { describe, expect, test } from 'vitest';
import { createLineSplitter, createTextCollector } from './lineSplitter.js';

describe('createLineSplitter', () => {
  test('default: splits across chunks, strips CR, flushes the last partial line', () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((line) => lines.push(line));
    splitter.write('a\r\nb');
    splitter.write('c\n\nd');
    splitter.end();
    expect(lines).toEqual(['a', 'bc', '', 'd']);
  });

  test('behavior: multi-byte characters split between chunks', () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((line) => lines.push(line));
    const bytes = Buffer.from('tank/ü\n');
    splitter.write(bytes.subarray(0, 6));
    splitter.write(bytes.subarray(6));
    splitter.end();
    expect(lines).toEqual(['tank/ü']);
  });
});

describe('createTextCollector', () => {
  test('behavior: caps the kept text', () => {
    const collector = createTextCollector(5);
    collector.write('abc');
    collector.write(Buffer.from('defgh'));
    expect(collector.text()).toBe('abcde\n[3 more characters dropped]');
  });
});
