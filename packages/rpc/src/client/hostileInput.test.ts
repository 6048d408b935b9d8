import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FakeServer, NO_REPLY, ok, sleep, until } from '../../test/fakeServer.js';
import { createClient } from './createClient.js';

const frame = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.json(),
  fc.constantFrom(
    '',
    'null',
    '[]',
    '{}',
    '[{"id":1}]',
    '{"id":"1","result":1}',
    '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}',
  ),
  fc
    .record({ jsonrpc: fc.constant('2.0'), id: fc.integer({ min: 100_000 }), result: fc.anything() })
    .map((x) => JSON.stringify(x)),
  fc.record({ id: fc.integer({ min: 100_000 }), error: fc.anything() }).map((x) => JSON.stringify(x)),
  fc
    .record({ method: fc.constantFrom('collection_update', 'notify_unsubscribed', 'other'), params: fc.anything() })
    .map((x) => JSON.stringify(x)),
  fc.nat({ max: 200_000 }).map((n) => `"${'x'.repeat(n)}"`),
);

describe('hostile input', () => {
  test('behavior: random, non-JSON, binary, oversize and wrong-id frames never throw and leave calls intact', async () => {
    let pushJunk: (frames: string[], binary: boolean) => void = () => {};
    const server = new FakeServer({
      'test.echo': (params) => ok(params[0]),
      'test.hold': () => NO_REPLY,
    });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    client.subscribe('pool.query', () => {});
    await client.connect();
    const socket = server.current;
    if (!socket) throw new Error('no socket');
    pushJunk = (frames, binary) => {
      for (const text of frames) expect(() => socket.handlers.onMessage(text, binary)).not.toThrow();
    };
    const held = client.call('test.hold', [], { timeout: 60_000 });
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { maxLength: 20 }), fc.boolean(), fc.integer(), async (frames, binary, n) => {
        const pending = client.call('test.echo', [n]);
        pushJunk(frames, binary);
        await expect(pending).resolves.toBe(n);
      }),
      { numRuns: 150 },
    );
    expect(client.metrics().protocolErrors).toBeGreaterThan(0);
    expect(client.state).toBe('ready');
    let settled = false;
    held.then(
      () => (settled = true),
      () => (settled = true),
    );
    await sleep(5);
    expect(settled).toBe(false);
    await client.close();
    await until(() => settled);
  });
});
