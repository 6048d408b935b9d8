import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  isZfsPropertyObject,
  parsedNumber,
  propertyValue,
  ZfsPropertySourceSchema,
  zfsProperty,
} from './zfsPropertySchema.js';

const used = { parsed: 1536, rawvalue: '1536', value: '1.50K', source: 'NONE', source_info: null };

describe('zfsProperty', () => {
  test('default: accepts a middleware property object and returns it with every key', () => {
    const prop = { ...used, future_key: [1] };
    expect(zfsProperty(z.unknown()).parse(prop)).toEqual(prop);
    expect(zfsProperty(z.number()).parse(prop)).toEqual(prop);
  });

  test('behavior: lenient: every key may be missing, strings may be null', () => {
    expect(zfsProperty(z.unknown()).parse({})).toEqual({});
    expect(zfsProperty(z.number()).parse({ rawvalue: null, value: null, source: null })).toEqual({
      rawvalue: null,
      value: null,
      source: null,
    });
  });

  test('behavior: source is an open enum', () => {
    expect(ZfsPropertySourceSchema.parse('INHERITED')).toBe('INHERITED');
    expect(zfsProperty(z.unknown()).parse({ ...used, source: 'FUTURE' }).source).toBe('FUTURE');
  });

  test('error: wrong types are refused', () => {
    for (const bad of [
      null,
      'x',
      [used],
      { ...used, rawvalue: 1 },
      { ...used, value: false },
      { ...used, source: 2 },
    ]) {
      expect(zfsProperty(z.unknown()).safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(zfsProperty(z.number()).safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(zfsProperty(z.number()).safeParse({ ...used, parsed: 'x' }).success).toBe(false);
    expect(zfsProperty(z.unknown()).safeParse({ ...used, parsed: 'x' }).success).toBe(true);
  });

  test('behavior: the fast predicate agrees with the equivalent loose zod object (property)', () => {
    const loose = z.looseObject({
      parsed: z.unknown().optional(),
      rawvalue: z.string().nullish(),
      value: z.string().nullish(),
      source: z.string().nullish(),
      source_info: z.unknown().optional(),
    });
    const text = fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.integer(), fc.boolean());
    const candidate = fc.oneof(
      fc.record(
        {
          parsed: fc.jsonValue(),
          rawvalue: text,
          value: text,
          source: text,
          source_info: fc.jsonValue(),
          other: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        expect(isZfsPropertyObject(value)).toBe(loose.safeParse(value).success);
      }),
    );
  });
});

describe('propertyValue', () => {
  test('default: the parsed value, typed by the schema', () => {
    const prop = zfsProperty(z.number()).parse(used);
    const value: number | undefined = propertyValue(prop);
    expect(value).toBe(1536);
    expect(propertyValue({ parsed: 'lz4', value: 'LZ4' })).toBe('lz4');
  });

  test('behavior: undefined for a missing property or a null parsed value', () => {
    expect(propertyValue(undefined)).toBeUndefined();
    expect(propertyValue(null)).toBeUndefined();
    expect(propertyValue({ parsed: null, rawvalue: 'none' })).toBeUndefined();
    expect(propertyValue({ rawvalue: 'x' })).toBeUndefined();
    expect(propertyValue({ parsed: false })).toBe(false);
  });
});

describe('parsedNumber', () => {
  test('default: a numeric parsed value', () => {
    expect(parsedNumber(used)).toBe(1536);
    expect(parsedNumber({ parsed: 0 })).toBe(0);
  });

  test('behavior: numeric strings and a numeric rawvalue when parsed is missing', () => {
    expect(parsedNumber({ parsed: '1.25', rawvalue: '1.25', value: '1.25x' })).toBe(1.25);
    expect(parsedNumber({ parsed: null, rawvalue: '0', value: null, source: 'DEFAULT' })).toBe(0);
    expect(parsedNumber({ rawvalue: '42' })).toBe(42);
  });

  test('behavior: undefined for anything else', () => {
    expect(parsedNumber(undefined)).toBeUndefined();
    expect(parsedNumber({ parsed: 'off', rawvalue: 'off' })).toBeUndefined();
    expect(parsedNumber({ parsed: true, rawvalue: '1' })).toBeUndefined();
    expect(parsedNumber({ parsed: Number.NaN })).toBeUndefined();
    expect(parsedNumber({ parsed: null, rawvalue: 'none' })).toBeUndefined();
    expect(parsedNumber({ parsed: null, rawvalue: '-' })).toBeUndefined();
    expect(parsedNumber({ parsed: '1e3' })).toBeUndefined();
  });
});
