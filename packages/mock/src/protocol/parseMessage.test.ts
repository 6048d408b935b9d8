import { describe, expect, test } from 'vitest';
import { encodeError, encodeNotification, encodeResult } from './encode.js';
import { exceedsLimit } from './limits.js';
import { parseMessage } from './parseMessage.js';

describe('parseMessage', () => {
  test('default: a valid request, params default to []', () => {
    expect(parseMessage('{"jsonrpc":"2.0","id":1,"method":"core.ping"}')).toEqual({
      kind: 'request',
      hasId: true,
      id: 1,
      method: 'core.ping',
      params: [],
    });
    expect(parseMessage('{"jsonrpc":"2.0","method":"x","params":[1]}')).toMatchObject({ hasId: false, params: [1] });
  });

  test('behavior: $date params become Date objects', () => {
    const parsed = parseMessage('{"jsonrpc":"2.0","id":1,"method":"x","params":[{"$date":0}]}');
    expect(parsed.kind === 'request' && parsed.params[0]).toEqual(new Date(0));
  });

  test.each([
    ['[1]', 'Batch messages are not supported at this time'],
    ['"str"', 'Invalid Message Format'],
    ['null', 'Invalid Message Format'],
  ])('error: %s → parse error %s', (text, message) => {
    expect(parseMessage(text)).toEqual({ kind: 'parseError', message });
  });

  test('error: invalid JSON → parse error with the parser message', () => {
    expect(parseMessage('{')).toMatchObject({ kind: 'parseError', message: expect.any(String) });
  });

  test('behavior: bool ids are accepted like Python ints; objects are not', () => {
    expect(parseMessage('{"jsonrpc":"2.0","id":true,"method":"x"}')).toMatchObject({ kind: 'request', id: true });
    expect(parseMessage('{"jsonrpc":"2.0","id":{},"method":"x"}')).toMatchObject({
      kind: 'invalidRequest',
      hasId: true,
      id: {},
    });
  });
});

describe('limits and encoding', () => {
  test('behavior: exceedsLimit counts code points, not bytes', () => {
    expect(exceedsLimit(10, 'x'.repeat(10), 10)).toBe(false);
    expect(exceedsLimit(11, 'x'.repeat(11), 10)).toBe(true);
    const emoji = '😀'.repeat(10);
    expect(exceedsLimit(Buffer.byteLength(emoji), emoji, 10)).toBe(false);
    expect(exceedsLimit(Buffer.byteLength(emoji), emoji, 9)).toBe(true);
  });

  test('default: encoders produce the middleware key order', () => {
    expect(encodeResult(1, 'pong')).toBe('{"jsonrpc":"2.0","result":"pong","id":1}');
    expect(encodeResult('a', { at: new Date(5) })).toBe('{"jsonrpc":"2.0","result":{"at":{"$date":5}},"id":"a"}');
    expect(encodeError(null, { code: -32700, message: 'x' })).toBe(
      '{"jsonrpc":"2.0","error":{"code":-32700,"message":"x"},"id":null}',
    );
    expect(encodeNotification('notify_unsubscribed', { collection: 'c', error: null })).toBe(
      '{"jsonrpc":"2.0","method":"notify_unsubscribed","params":{"collection":"c","error":null}}',
    );
  });

  test('error: unserialisable results become -32603', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(JSON.parse(encodeResult(1, circular))).toMatchObject({
      error: { code: -32603, message: 'Failed to JSON serialize server message', data: { error: 14 } },
    });
    expect(JSON.parse(encodeResult(1, 10n))).toMatchObject({ error: { code: -32603 } });
  });
});
