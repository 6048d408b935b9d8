import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index.js';
import { RawClient } from './rawClient.js';

const crashes: unknown[] = [];
let server: MockServer;
let methods: string[] = [];

beforeAll(async () => {
  server = await createMockServer({
    testMethods: true,
    authFailureDelay: 0,
    rateLimit: false,
    onUnhandled: 'bypass',
    logger: { debug() {}, info() {}, warn() {}, error: (...args: unknown[]) => crashes.push(args) },
  }).start();
  methods = server.methods().filter((m) => m !== 'test.blob');
});
afterAll(() => server.stop());

type Frame =
  | { kind: 'text'; data: string }
  | { kind: 'binary'; data: Uint8Array }
  | { kind: 'rawText'; data: Uint8Array };

const jsonish = fc.jsonValue({ maxDepth: 3 });
function requestArb(names: string[]) {
  return fc.record(
    {
      jsonrpc: fc.oneof(fc.constant('2.0'), jsonish),
      id: fc.oneof(fc.integer(), fc.string(), fc.constant(null), jsonish),
      method: fc.oneof(fc.constantFrom(...names), fc.string()),
      params: fc.oneof(fc.array(jsonish, { maxLength: 4 }), jsonish),
    },
    { requiredKeys: [] },
  );
}

const frameArb = (request: ReturnType<typeof requestArb>): fc.Arbitrary<Frame> =>
  fc.oneof(
    { weight: 4, arbitrary: request.map((r) => ({ kind: 'text' as const, data: JSON.stringify(r) })) },
    {
      weight: 2,
      arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }).map((data) => ({ kind: 'text' as const, data })),
    },
    { weight: 1, arbitrary: jsonish.map((v) => ({ kind: 'text' as const, data: JSON.stringify(v) ?? 'null' })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((data) => ({ kind: 'binary' as const, data })) },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((data) => ({ kind: 'rawText' as const, data })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 8000, max: 70_000 }).map((n) => ({
        kind: 'text' as const,
        data: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'test.echo', params: ['z'.repeat(n)] }),
      })),
    },
  );

function sendFrame(c: RawClient, f: Frame): void {
  if (c.ws.readyState !== c.ws.OPEN) return;
  if (f.kind === 'text') c.ws.send(f.data);
  else if (f.kind === 'binary') c.ws.send(f.data, { binary: true });
  else c.ws.send(Buffer.from(f.data), { binary: false });
}

test('behavior: hostile frames never crash the server and valid requests keep working', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.boolean(),
      fc.array(frameArb(requestArb(methods)), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(...['core.ping', 'test.echo']),
      async (login, frames, probe) => {
        const c = await RawClient.connect(server.url);
        if (login) await c.login();
        for (const f of frames) sendFrame(c, f);
        const closed = c.closed.then((info) => ({ closed: info }));
        const answered = c
          .next((m) => m.id === 'probe-id', 5000)
          .then((m) => ({ reply: m }))
          .catch(() => ({ reply: undefined }));
        c.ws.send(JSON.stringify({ jsonrpc: '2.0', id: 'probe-id', method: 'core.ping', params: [] }));
        const outcome = await Promise.race([answered, closed]);
        if ('closed' in outcome) {
          expect([1003, 1007, 1009]).toContain(outcome.closed.code);
        } else {
          expect(outcome.reply?.result).toBe('pong');
          c.ws.terminate();
        }
        const fresh = await RawClient.connect(server.url);
        expect(await fresh.call('core.ping')).toBe('pong');
        await fresh.login();
        expect(await fresh.call(probe, ...(probe === 'test.echo' ? [1] : []))).toBeTruthy();
        fresh.ws.terminate();
      },
    ),
    { numRuns: 60 },
  );
  expect(crashes).toEqual([]);
}, 60_000);
