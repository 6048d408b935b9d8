import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer } from '../src/index.js';
import { RawClient } from './rawClient.js';

const server = createMockServer({ testMethods: true, authFailureDelay: 0, rateLimit: false });
beforeAll(() => server.start());
afterAll(() => server.stop());

async function connect(path = '/api/current'): Promise<RawClient> {
  return RawClient.connect(`${server.baseUrl.replace('http', 'ws')}${path}`);
}

describe('envelope errors', () => {
  test('error: invalid JSON is -32700 with id null and the connection stays open', async () => {
    const c = await connect();
    c.send('{"jsonrpc": "2.0", "id": 1,');
    const reply = await c.next(() => true);
    expect(reply).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
    expect(reply.error?.data).toBeUndefined();
    expect(await c.call('core.ping')).toBe('pong');
    await c.close();
  });

  test('error: batches are -32700 "Batch messages are not supported at this time"', async () => {
    const c = await connect();
    c.send([{ jsonrpc: '2.0', id: 1, method: 'core.ping' }]);
    expect(await c.next(() => true)).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32700, message: 'Batch messages are not supported at this time' },
    });
    c.send('42');
    expect(await c.next(() => true)).toMatchObject({
      id: null,
      error: { code: -32700, message: 'Invalid Message Format' },
    });
    await c.close();
  });

  test.each([
    [{ id: 1, method: 'core.ping' }, "Missing 'jsonrpc' member"],
    [
      { jsonrpc: '1.0', id: 1, method: 'core.ping' },
      "'jsonrpc' member must be of type string and must be exactly '2.0'",
    ],
    [{ jsonrpc: '2.0', id: 1 }, "Missing 'method' member"],
    [{ jsonrpc: '2.0', id: 1, method: '' }, "'method' member must be of type string"],
    [{ jsonrpc: '2.0', id: 1, method: 5 }, "'method' member must be of type string"],
    [{ jsonrpc: '2.0', id: 1, method: 'core.ping', params: { a: 1 } }, "'params' member must be of type array"],
    [{ jsonrpc: '2.0', id: 1.5, method: 'core.ping' }, "'id' member must be of type null, string or number"],
  ])('error: malformed request %j → -32600 %s', async (message, text) => {
    const c = await connect();
    c.send(message);
    const reply = await c.next(() => true);
    expect(reply.error).toEqual({ code: -32600, message: text });
    expect(reply.id).toBe((message as { id: unknown }).id);
    await c.close();
  });

  test('behavior: malformed requests without an id get no reply', async () => {
    const c = await connect();
    c.send({ jsonrpc: '1.0', method: 'core.ping' });
    c.send({ method: 'core.ping' });
    expect(await c.call('core.ping')).toBe('pong');
    expect(c.messages).toEqual([]);
    await c.close();
  });

  test('error: unknown method is -32601 "Method does not exist" without data', async () => {
    const c = await connect();
    expect(await c.request('nope.nothing', [], 'x')).toEqual({
      jsonrpc: '2.0',
      id: 'x',
      error: { code: -32601, message: 'Method does not exist' },
    });
    await c.close();
  });

  test('error: bad params are -32602 with data.extra [attr, msg, errno] and errno 22', async () => {
    const c = await connect();
    await c.login();
    const reply = await c.request('core.get_jobs', [[], { get: 'yes', bogus: 1 }]);
    expect(reply.error).toMatchObject({ code: -32602, message: 'Invalid params' });
    expect(reply.error?.data).toMatchObject({ error: 22, errname: 'EINVAL', trace: null });
    expect(reply.error?.data?.extra).toEqual([
      ['options.get', 'Input should be a valid boolean', 22],
      ['options.bogus', 'Extra inputs are not permitted', 22],
    ]);
    expect(reply.error?.data?.reason).toBe(
      '[EINVAL] options.get: Input should be a valid boolean\n[EINVAL] options.bogus: Extra inputs are not permitted\n',
    );
    const tooMany = await c.request('core.ping', [1]);
    expect(tooMany.error?.data?.extra).toEqual([['', 'Too many arguments (expected 0, found 1)', 22]]);
    await c.close();
  });

  test('error: not authenticated is -32001 errno 207 ENOTAUTHENTICATED with trace null', async () => {
    const c = await connect();
    const reply = await c.request('system.info', [], 7);
    expect(reply).toEqual({
      jsonrpc: '2.0',
      id: 7,
      error: {
        code: -32001,
        message: 'Method call error',
        data: {
          error: 207,
          errname: 'ENOTAUTHENTICATED',
          reason: '[ENOTAUTHENTICATED] Not authenticated',
          trace: null,
          extra: null,
        },
      },
    });
    await c.close();
  });

  test('error: CallError, ValidationErrors and crashes map to their wire shapes', async () => {
    const c = await connect();
    await c.login();
    const call = await c.request('test.fail', [16, 'Pool is busy', { hint: 1 }]);
    expect(call.error).toEqual({
      code: -32001,
      message: 'Method call error',
      data: { error: 16, errname: 'EBUSY', reason: '[EBUSY] Pool is busy', trace: null, extra: { hint: 1 } },
    });
    const invalid = await c.request('test.invalid', ['pool_create.name', 'already exists', 17]);
    expect(invalid.error?.data).toEqual({
      error: 22,
      errname: 'EINVAL',
      reason: '[EEXIST] pool_create.name: already exists\n',
      trace: null,
      extra: [['pool_create.name', 'already exists', 17]],
    });
    const crash = await c.request('test.crash', ['kaboom']);
    expect(crash.error).toMatchObject({ code: -32001, data: { error: 22, errname: 'EINVAL', reason: 'kaboom' } });
    await c.close();
  });
});

describe('ids and results', () => {
  test('behavior: string, integer and null ids are echoed; datetimes are {"$date": ms}', async () => {
    const c = await connect();
    expect((await c.request('core.ping', [], 'abc')).id).toBe('abc');
    expect((await c.request('core.ping', undefined, null)).result).toBe('pong');
    await c.login();
    const info = (await c.call('system.info')) as Record<string, { $date: number }>;
    expect(typeof info.boottime?.$date).toBe('number');
    expect(typeof info.datetime?.$date).toBe('number');
    expect(await c.call('test.echo', { $date: 1700000000000 })).toEqual({ $date: 1700000000000 });
    await c.close();
  });

  test('behavior: id-less requests are executed without a reply', async () => {
    const c = await connect();
    await c.login();
    const before = server.executions('test.mutate');
    c.send({ jsonrpc: '2.0', method: 'test.mutate', params: ['idless'] });
    c.send({ jsonrpc: '2.0', method: 'test.fail', params: [] });
    expect(await c.call('test.count', 'idless')).toBe(1);
    expect(server.executions('test.mutate')).toBe(before + 1);
    expect(c.messages).toEqual([]);
    await c.close();
  });
});

describe('limits', () => {
  test('error: > 8192 characters before login closes with 1007', async () => {
    const c = await connect();
    c.send({ jsonrpc: '2.0', id: 1, method: 'core.ping', params: ['x'.repeat(8192)] });
    expect(await c.closed).toEqual({ code: 1007, reason: 'Anonymous connection max message length is 8 kB' });
  });

  test('behavior: 8192 characters exactly are accepted before login', async () => {
    const c = await connect();
    const base = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'test.echo', params: [''] });
    const text = base.replace('""', `"${'x'.repeat(8192 - base.length)}"`);
    expect(text.length).toBe(8192);
    c.send(text);
    expect((await c.next(() => true)).error?.data?.error).toBe(207);
    await c.close();
  });

  test('error: > 65536 characters after login closes with 1009; less is fine', async () => {
    const c = await connect();
    await c.login();
    expect(await c.call('test.echo', 'y'.repeat(60000))).toHaveLength(60000);
    c.send({ jsonrpc: '2.0', id: 2, method: 'test.echo', params: ['y'.repeat(65536)] });
    expect(await c.closed).toEqual({ code: 1009, reason: 'Max message length is 64 kB' });
  });

  test('error: a binary frame closes with 1003', async () => {
    const c = await connect();
    c.send(Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'core.ping' })));
    expect(await c.closed).toEqual({ code: 1003, reason: 'Invalid websocket message type: <WSMsgType.BINARY: 2>' });
  });

  test('error: the 21st call in flight gets -32000; 10 execute at once', async () => {
    const c = await connect();
    await c.login();
    const replies = Array.from({ length: 21 }, (_, i) => c.request('test.sleep', [60], `s${i}`));
    const last = await replies[20];
    expect(last).toEqual({
      jsonrpc: '2.0',
      id: 's20',
      error: { code: -32000, message: 'Maximum number of concurrent calls (20) has exceeded' },
    });
    const started = Date.now();
    const done = await Promise.all(replies.slice(0, 20));
    expect(done.every((r) => r.result === null)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(await c.call('core.ping')).toBe('pong');
    await c.close();
  });
});

describe('HTTP endpoints and paths', () => {
  test('default: /api/versions lists the profile versions', async () => {
    const res = await fetch(`${server.baseUrl}/api/versions`);
    expect(res.status).toBe(200);
    const versions = (await res.json()) as string[];
    expect(versions).toContain('v25.10.5');
    expect(versions.every((v) => /^v[0-9]{2}\.(04|10)\.[0-9]$/.test(v))).toBe(true);
    expect(await (await fetch(`${server.baseUrl}/api/boot_id`)).json()).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${server.baseUrl}/nothing`)).status).toBe(404);
  });

  test('behavior: pinned /api/vXX.YY.Z paths connect and record the version', async () => {
    const c = await connect('/api/v25.04.2');
    expect(await c.call('core.ping')).toBe('pong');
    expect(server.sessions().some((s) => s.apiVersion === 'v25.04.2')).toBe(true);
    await c.close();
  });

  test.each(['/api/v99.99.9', '/websocket', '/api/currentx', '/'])(
    'error: upgrade on %s is refused with 404',
    async (path) => {
      await expect(connect(path)).rejects.toThrow(/404/);
    },
  );
});
