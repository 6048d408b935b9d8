import { describe, expect, it } from 'vitest';
import { parseZfsDuration } from './parseZfsDuration.js';

describe('parseZfsDuration', () => {
  it('default', () => {
    expect(parseZfsDuration('00:15:42')).toBe(942);
  });

  it('behavior: every printed form', () => {
    expect(parseZfsDuration('0 days 01:15:49')).toBe(4549);
    expect(parseZfsDuration('2 days 00:00:01')).toBe(172_801);
    expect(parseZfsDuration('1h18m')).toBe(4680);
    expect(parseZfsDuration('0h0m')).toBe(0);
    expect(parseZfsDuration('60h43m')).toBe(218_580);
    expect(parseZfsDuration('1 seconds')).toBe(1);
    expect(parseZfsDuration('0.01 seconds')).toBe(0.01);
  });

  it('behavior: unknown forms', () => {
    expect(parseZfsDuration('soon')).toBeUndefined();
    expect(parseZfsDuration('')).toBeUndefined();
  });
});
