import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseJsonSafe } from './safeJson.js';

describe('parseJsonSafe', () => {
  it('default', () => {
    expect(parseJsonSafe('{"guid":17068583395379267683,"txg":3124818}')).toEqual({
      guid: '17068583395379267683',
      txg: 3124818,
    });
  });

  it('behavior: strings, decimals, exponents and negative numbers are left alone', () => {
    expect(parseJsonSafe('{"s":"12345678901234567890","d":1.12345678901234567890,"e":1234567890123456789e2}')).toEqual({
      s: '12345678901234567890',
      d: Number('1.12345678901234567890'),
      e: Number('1234567890123456789e2'),
    });
    expect(parseJsonSafe('[-12345678901234567890, "a\\"12345678901234567890"]')).toEqual([
      '-12345678901234567890',
      'a"12345678901234567890',
    ]);
  });

  it('behavior: __proto__ keys are own data, not prototypes', () => {
    const value = parseJsonSafe('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('error: invalid JSON names the line', () => {
    expect(() => parseJsonSafe('{\n"a": 1,\n}')).toThrow(ZfsParseError);
    expect(() => parseJsonSafe('{\n"a": 1,\n}')).toThrow(expect.objectContaining({ line: 3 }));
  });
});
