import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseEjson, stringifyEjson } from './ejson.js';

describe('ejson', () => {
  test('default: $date objects become Date, at any depth', () => {
    const value = parseEjson('{"a":{"$date":0},"b":[{"c":{"$date":1700000000000}}],"d":{"$date":1,"other":2}}');
    expect(value).toEqual({ a: new Date(0), b: [{ c: new Date(1_700_000_000_000) }], d: { $date: 1, other: 2 } });
  });

  test('behavior: messages without the marker are returned as parsed', () => {
    expect(parseEjson('{"jsonrpc":"2.0","id":1,"result":"pong"}')).toEqual({ jsonrpc: '2.0', id: 1, result: 'pong' });
  });

  test('behavior: round trip of dates through the wire form (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.date({ noInvalidDate: true })), (dates) => {
        const text = stringifyEjson({ dates });
        expect(parseEjson(text)).toEqual({ dates });
      }),
    );
  });

  test('security: __proto__ keys stay inert data', () => {
    const value = parseEjson('{"__proto__":{"polluted":true},"x":{"$date":0}}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(value.x).toEqual(new Date(0));
  });
});
