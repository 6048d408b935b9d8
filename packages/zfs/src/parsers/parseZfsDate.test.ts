import { describe, expect, it } from 'vitest';
import { parseZfsDate } from './parseZfsDate.js';

const iso = (text: string) => parseZfsDate(text).date?.toISOString();

describe('parseZfsDate', () => {
  it('default', () => {
    expect(parseZfsDate('Sat Feb 10 20:30:44 2024')).toEqual({
      text: 'Sat Feb 10 20:30:44 2024',
      date: new Date('2024-02-10T20:30:44Z'),
    });
  });

  it('behavior: every printed form', () => {
    expect(iso('Sun Feb  8 01:03:31 2026')).toBe('2026-02-08T01:03:31.000Z');
    expect(iso('Sun Nov 22  1:57 2026')).toBe('2026-11-22T01:57:00.000Z');
    expect(iso('Sun Nov 16 08:00:01 CET 2025')).toBe('2025-11-16T07:00:01.000Z');
    expect(iso('Mar 25 2015 00:21:12.736548371')).toBe('2015-03-25T00:21:12.736Z');
    expect(iso('2026-11-22.01:57:02')).toBe('2026-11-22T01:57:02.000Z');
    expect(iso('1795312645')).toBe('2026-11-22T01:57:25.000Z');
    expect(iso('1553617478.573584045')).toBe('2019-03-26T16:24:38.574Z');
  });

  it('behavior: local time on request', () => {
    const local = parseZfsDate('Sat Feb 10 20:30:44 2024', { timeZone: 'local' }).date;
    expect(local?.getHours()).toBe(20);
    expect(local?.getDate()).toBe(10);
  });

  it('behavior: unknown formats, zones and impossible dates keep only the text', () => {
    expect(parseZfsDate('Wed 20 Feb 2019 06:12:21 PM PST')).toEqual({ text: 'Wed 20 Feb 2019 06:12:21 PM PST' });
    expect(parseZfsDate('Sun Nov 16 08:00:01 XYZ 2025').date).toBeUndefined();
    expect(parseZfsDate('Sun Feb 31 08:00:01 2025').date).toBeUndefined();
    expect(parseZfsDate('Sun Foo 1 08:00:01 2025').date).toBeUndefined();
  });
});
