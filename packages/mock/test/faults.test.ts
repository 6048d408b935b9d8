import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index.js';
import { RawClient } from './rawClient.js';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ testMethods: true, authFailureDelay: 0, rateLimit: false }).start();
});
afterEach(() => server.reset());
afterAll(() => server.stop());

async function client(): Promise<RawClient> {
  const c = await RawClient.connect(server.url);
  await c.login();
  return c;
}

describe('dropping connections', () => {
  test('default: drop() terminates every connection without a close frame', async () => {
    const a = await client();
    const b = await client();
    server.faults.drop();
    expect((await a.closed).code).toBe(1006);
    expect((await b.closed).code).toBe(1006);
  });

  test('behavior: dropAfter(n) lets n calls through and drops on the next, which never runs', async () => {
    const c = await client();
    server.faults.dropAfter(2, { method: 'test.mutate' });
    expect(await c.call('test.mutate', 'a')).toBe(1);
    expect(await c.call('core.ping')).toBe('pong');
    expect(await c.call('test.mutate', 'a')).toBe(2);
    c.send({ jsonrpc: '2.0', id: 9, method: 'test.mutate', params: ['a'] });
    expect((await c.closed).code).toBe(1006);
    expect(server.executions('test.mutate')).toBe(2);
    const d = await client();
    expect(await d.call('test.mutate', 'a')).toBe(3);
    await d.close();
  });

  test('behavior: afterExecute runs the call, then drops instead of replying', async () => {
    const c = await client();
    server.faults.dropAfter(0, { method: 'test.mutate', afterExecute: true });
    c.send({ jsonrpc: '2.0', id: 1, method: 'test.mutate', params: ['x'] });
    expect((await c.closed).code).toBe(1006);
    expect(c.messages).toEqual([]);
    expect(server.executions('test.mutate')).toBe(1);
    const d = await client();
    expect(await d.call('test.count', 'x')).toBe(1);
    await d.close();
  });

  test('behavior: dropRandomly is reproducible with a seed', async () => {
    async function survivors(seed: number): Promise<number> {
      server.faults.dropRandomly(0.3, { seed, method: 'test.echo' });
      let ok = 0;
      for (let i = 0; i < 20; i++) {
        const c = await client();
        try {
          await c.call('test.echo', i);
          ok++;
          await c.close();
        } catch {
          // dropped
        }
      }
      server.faults.clear();
      return ok;
    }
    const first = await survivors(42);
    expect(first).toBeLessThan(20);
    expect(first).toBeGreaterThan(0);
    expect(await survivors(42)).toBe(first);
  });
});

describe('slow and stalled server', () => {
  test('behavior: delay() holds replies for the given method only', async () => {
    const c = await client();
    server.faults.delay(80, { method: 'test.echo' });
    const started = Date.now();
    expect(await c.call('core.ping')).toBe('pong');
    expect(Date.now() - started).toBeLessThan(60);
    expect(await c.call('test.echo', 1)).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    await c.close();
  });

  test('behavior: stall() holds everything; unstall() answers in order', async () => {
    const c = await client();
    server.faults.stall();
    expect(server.faults.stalled).toBe(true);
    const first = c.request('test.mutate', ['s']);
    const second = c.request('test.count', ['s']);
    await new Promise((r) => setTimeout(r, 50));
    expect(c.messages).toEqual([]);
    expect(server.executions('test.mutate')).toBe(0);
    server.faults.unstall();
    expect((await first).result).toBe(1);
    expect((await second).result).toBe(1);
    await c.close();
  });

  test('behavior: a reply finished during a stall is held until unstall', async () => {
    const c = await client();
    const pending = c.request('test.sleep', [30]);
    server.faults.stall();
    await new Promise((r) => setTimeout(r, 60));
    expect(c.messages).toEqual([]);
    server.faults.unstall();
    expect((await pending).result).toBeNull();
    await c.close();
  });
});

describe('sessions and errors', () => {
  test('behavior: killSessions keeps the socket but authenticated calls get 207', async () => {
    const c = await client();
    server.faults.killSessions();
    expect(await c.call('core.ping')).toBe('pong');
    expect((await c.request('test.echo', [1])).error?.data).toMatchObject({ error: 207, errname: 'ENOTAUTHENTICATED' });
    await c.login();
    expect(await c.call('test.echo', 1)).toBe(1);
    await c.close();
  });

  test('behavior: busy(n) answers -32000 for the next n matching calls without running them', async () => {
    const c = await client();
    server.faults.busy(2, { method: 'test.mutate' });
    expect(await c.call('core.ping')).toBe('pong');
    for (let i = 0; i < 2; i++) {
      expect((await c.request('test.mutate', ['b'])).error).toEqual({
        code: -32000,
        message: 'Maximum number of concurrent calls (20) has exceeded',
      });
    }
    expect(await c.call('test.mutate', 'b')).toBe(1);
    expect(server.executions('test.mutate')).toBe(1);
    await c.close();
  });

  test('behavior: rateLimit(n) answers -32001 EBUSY for the next n calls', async () => {
    const c = await client();
    server.faults.rateLimit(1);
    expect((await c.request('test.echo', [1])).error?.data).toMatchObject({
      error: 16,
      reason: '[EBUSY] Rate Limit Exceeded',
    });
    expect(await c.call('test.echo', 2)).toBe(2);
    await c.close();
  });

  test('behavior: clear() removes every fault', async () => {
    const c = await client();
    server.faults.busy(5);
    server.faults.delay(1000);
    server.faults.clear();
    expect(await c.call('test.echo', 1)).toBe(1);
    await c.close();
  });
});

describe('restart', () => {
  test('behavior: drops sessions, resets job ids, invalidates tokens, changes boot_id', async () => {
    const c = await client();
    expect(await c.call('test.job', 0, 0)).toBe(1);
    const token = (await c.call('auth.generate_token')) as string;
    const bootId = await c.call('system.boot_id');
    server.faults.restart();
    expect((await c.closed).code).toBe(1006);
    const d = await RawClient.connect(server.url);
    expect(await d.call('auth.login_with_token', token)).toBe(false);
    expect(await d.call('system.boot_id')).not.toBe(bootId);
    await d.login();
    expect(await d.call('test.job', 0, 0)).toBe(1);
    await d.close();
  });

  test('behavior: with downtime, upgrades are refused with 503 until it passes', async () => {
    server.faults.restart({ downtime: 100 });
    await expect(RawClient.connect(server.url)).rejects.toThrow(/503/);
    await new Promise((r) => setTimeout(r, 120));
    const c = await RawClient.connect(server.url);
    expect(await c.call('core.ping')).toBe('pong');
    await c.close();
  });
});
