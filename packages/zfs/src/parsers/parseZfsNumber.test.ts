import { describe, expect, it } from 'vitest';
import { parseZfsNumber } from './parseZfsNumber.js';

describe('parseZfsNumber', () => {
  it('default', () => {
    expect(parseZfsNumber('417')).toEqual({ value: 417, text: '417', exact: true });
    expect(parseZfsNumber('1.68K')).toEqual({ value: 1720, text: '1.68K', exact: false });
    expect(parseZfsNumber('1.23K')).toEqual({ value: 1260, text: '1.23K', exact: false });
  });

  it('behavior: base-1024 suffixes, B and /s forms, two-letter units', () => {
    expect(parseZfsNumber('0B')).toEqual({ value: 0, text: '0B', exact: true });
    expect(parseZfsNumber('21K')?.value).toBe(21 * 1024);
    expect(parseZfsNumber('21K')?.exact).toBe(true);
    expect(parseZfsNumber('320K')?.exact).toBe(false);
    expect(parseZfsNumber('80MB')?.value).toBe(80 * 1024 ** 2);
    expect(parseZfsNumber('6.1MB/s')?.value).toBe(Math.round(6.1 * 1024 ** 2));
    expect(parseZfsNumber('8.03MB/sec')?.text).toBe('8.03MB/sec');
    expect(parseZfsNumber('1.38P')?.value).toBe(Math.round(1.38 * 1024 ** 5));
    expect(parseZfsNumber(' 12 ')?.text).toBe('12');
  });

  it('behavior: locale thousands separators and decimal commas', () => {
    expect(parseZfsNumber('1,234,567')).toEqual({ value: 1234567, text: '1,234,567', exact: true });
    expect(parseZfsNumber('1,66T')?.value).toBe(Math.round(1.66 * 1024 ** 4));
  });

  it('behavior: integers beyond 2^53 are marked inexact', () => {
    expect(parseZfsNumber('18446744073709551615')?.exact).toBe(false);
  });

  it('behavior: not a number', () => {
    for (const text of ['', '-', 'none', 'abc', '1.2.3', '12Q']) expect(parseZfsNumber(text)).toBeUndefined();
  });
});
