import { describe, expect, test } from 'vitest';
import { FakeServer, NO_REPLY, ok, sleep, until, wireError } from '../../test/fakeServer.js';
import { AbortedError, ConnectionLostError, TimeoutError } from '../errors/transport.js';
import { createClient } from './createClient.js';

const busy = () => wireError(-32000, 'Maximum number of concurrent calls (20) has exceeded');

function setup(
  server = new FakeServer(),
  options: Parameters<typeof createClient>[0] = { url: 'ws://127.0.0.1:1/api/current' },
) {
  return createClient({ keepAlive: false, ...options, socketFactory: server.factory });
}

describe('calls', () => {
  test('default: resolves the result with integer ids counted per client', async () => {
    const server = new FakeServer({ 'system.info': () => ok({ version: '25.10' }) });
    const client = setup(server);
    await expect(client.call('system.info')).resolves.toEqual({ version: '25.10' });
    await expect(client.call('system.info')).resolves.toEqual({ version: '25.10' });
    const ids = server.requests.filter((r) => r.method === 'system.info').map((r) => r.id);
    expect(ids.every(Number.isInteger)).toBe(true);
    expect(ids[1]).toBeGreaterThan(ids[0] as number);
    await client.close();
  });

  test('behavior: never more than maxInFlight on the wire; the rest wait in FIFO order', async () => {
    const server = new FakeServer({
      'test.work': async (params) => {
        await sleep(2);
        return ok(params[0]);
      },
    });
    const client = setup(server);
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => client.call('test.work', [i])));
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(server.maxOutstanding).toBeLessThanOrEqual(20);
    const order = server.requests.filter((r) => r.method === 'test.work').map((r) => r.params[0]);
    expect(order).toEqual(results);
    await client.close();
  });

  test('error: a timed-out call rejects but keeps its slot until the late reply arrives', async () => {
    let release: () => void = () => {};
    const server = new FakeServer({
      'test.slow': () => new Promise((resolve) => (release = () => resolve(ok('late')))),
      'test.fast': () => ok('fast'),
    });
    const client = setup(server, { url: 'ws://127.0.0.1:1/api/current', maxInFlight: 1 });
    const slow = client.call('test.slow', [], { timeout: 30 });
    await expect(slow).rejects.toBeInstanceOf(TimeoutError);
    await expect(slow).rejects.toMatchObject({ sent: true, code: 'TIMEOUT' });
    const fast = client.call('test.fast');
    await sleep(30);
    expect(server.methods()).not.toContain('test.fast');
    expect(client.metrics().inFlight).toBe(1);
    release();
    await expect(fast).resolves.toBe('fast');
    await client.close();
  });

  test('error: a call that times out while queued was never sent', async () => {
    const server = new FakeServer({ 'test.hang': () => NO_REPLY });
    const client = setup(server, { url: 'ws://127.0.0.1:1/api/current', maxInFlight: 1 });
    client.call('test.hang', [], { timeout: 5_000 }).catch(() => {});
    const queued = client.call('test.hang', [], { timeout: 20 });
    await expect(queued).rejects.toMatchObject({ code: 'TIMEOUT', sent: false });
    await client.close();
  });

  test('error: abort rejects with AbortedError', async () => {
    const server = new FakeServer({ 'test.hang': () => NO_REPLY });
    const client = setup(server);
    const controller = new AbortController();
    const p = client.call('test.hang', [], { signal: controller.signal });
    await until(() => server.methods().includes('test.hang'));
    controller.abort(new Error('user'));
    await expect(p).rejects.toBeInstanceOf(AbortedError);
    await expect(client.call('test.hang', [], { signal: AbortSignal.abort() })).rejects.toMatchObject({ sent: false });
    await client.close();
  });

  test('behavior: -32000 busy replies are retried with backoff, then surface', async () => {
    let n = 0;
    const server = new FakeServer({ 'test.flaky': () => (++n < 3 ? busy() : ok('done')), 'test.busy': () => busy() });
    const client = setup(server, {
      url: 'ws://127.0.0.1:1/api/current',
      busyRetry: { retries: 2, minDelay: 1, maxDelay: 5 },
    });
    await expect(client.call('test.flaky')).resolves.toBe('done');
    await expect(client.call('test.busy')).rejects.toMatchObject({ code: 'SERVER_BUSY', rpcCode: -32000 });
    expect(server.methods().filter((m) => m === 'test.busy')).toHaveLength(3);
    expect(client.metrics().retries).toBe(4);
    await client.close();
  });

  test('behavior: a sent mutation is not repeated after a drop; reads are; unsent calls wait', async () => {
    const server = new FakeServer({
      'pool.dataset.create': () => NO_REPLY,
      'pool.dataset.query': ({ length }, { socket, server: self }) =>
        socket === self.sockets[0] ? NO_REPLY : ok([length]),
      'test.later': () => ok('later'),
    });
    const client = setup(server, {
      url: 'ws://127.0.0.1:1/api/current',
      maxInFlight: 2,
      reconnect: { retries: 3, minDelay: 1, maxDelay: 5, factor: 1 },
    });
    const create = client.call('pool.dataset.create', [{ name: 'tank/a' }]);
    const query = client.call('pool.dataset.query', []);
    const later = client.call('test.later');
    await until(() => server.requests.length >= 3 && server.methods().includes('pool.dataset.query'));
    server.current?.drop();
    await expect(create).rejects.toBeInstanceOf(ConnectionLostError);
    await expect(create).rejects.toMatchObject({ sent: true, code: 'CONNECTION_LOST' });
    await expect(query).resolves.toEqual([0]);
    await expect(later).resolves.toBe('later');
    expect(server.methods().filter((m) => m === 'pool.dataset.create')).toHaveLength(1);
    expect(server.methods().filter((m) => m === 'test.later')).toHaveLength(1);
    await client.close();
  });

  test('behavior: extended JSON dates decode to Date and encode back', async () => {
    const server = new FakeServer({ 'test.echo': (params) => ok({ at: params[0], nested: [{ $date: 0 }] }) });
    const client = setup(server);
    const at = new Date(1_700_000_000_000);
    const result = await client.call<{ at: Date; nested: Date[] }>('test.echo', [at]);
    expect(server.requests.find((r) => r.method === 'test.echo')?.params).toEqual([{ $date: at.getTime() }]);
    expect(result.at).toEqual(at);
    expect(result.nested[0]).toEqual(new Date(0));
    await client.close();
  });

  test('error: invalid per-call timeout is refused locally', async () => {
    const client = setup();
    await expect(client.call('core.ping', [], { timeout: 0 })).rejects.toMatchObject({ code: 'INVALID_CONFIG' });
    await client.close();
  });
});
