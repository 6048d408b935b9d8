import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CallError, createMockServer, type MockServer, ValidationErrors } from '../src/index.js';
import { RawClient } from './rawClient.js';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ testMethods: true, authFailureDelay: 0, rateLimit: false }).start();
  server.registerEventSource('demo.fail', (ctx) => {
    if (ctx.arg === 'validation') throw new ValidationErrors([['demo.fail', 'bad arg', 22]]);
    queueMicrotask(() => ctx.end(new CallError('source broke', 5)));
  });
});
afterEach(() => server.reset());
afterAll(() => server.stop());

async function client(): Promise<RawClient> {
  const c = await RawClient.connect(server.url);
  await c.login();
  return c;
}

describe('plain events', () => {
  test('default: subscribed connections receive collection_update; others do not', async () => {
    const a = await client();
    const b = await client();
    const id = (await a.call('core.subscribe', 'pool.query')) as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    server.emit('pool.query', 'ADDED', { id: 1, fields: { name: 'tank' } });
    expect(await a.notification('collection_update')).toEqual({
      jsonrpc: '2.0',
      method: 'collection_update',
      params: { msg: 'added', collection: 'pool.query', id: 1, fields: { name: 'tank' } },
    });
    server.emit('pool.query', 'REMOVED', { id: 1, fields: { ignored: true } });
    expect((await a.notification('collection_update')).params).toEqual({
      msg: 'removed',
      collection: 'pool.query',
      id: 1,
      extra: { fields: { ignored: true } },
    });
    await b.call('core.ping');
    expect(b.messages).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  test('behavior: "*" receives everything; unsubscribing a plain event sends nothing', async () => {
    const c = await client();
    const star = (await c.call('core.subscribe', '*')) as string;
    await c.call('test.emit', 'anything.here', 'CHANGED', { id: 'x', fields: { a: 1 }, extra: { b: 2 } });
    expect((await c.notification('collection_update')).params).toEqual({
      msg: 'changed',
      collection: 'anything.here',
      id: 'x',
      fields: { a: 1 },
      extra: { b: 2 },
    });
    expect(await c.call('core.unsubscribe', star)).toBeNull();
    await c.call('test.emit', 'anything.here');
    await c.call('core.ping');
    expect(c.messages).toEqual([]);
    await c.close();
  });

  test('error: subscribing needs a login (207)', async () => {
    const c = await RawClient.connect(server.url);
    expect((await c.request('core.subscribe', ['pool.query'])).error?.data?.error).toBe(207);
    await c.close();
  });

  test('behavior: logout drops subscriptions', async () => {
    const c = await client();
    await c.call('core.subscribe', 'pool.query');
    await c.call('auth.logout');
    await c.login();
    server.emit('pool.query', 'CHANGED', { id: 1 });
    await c.call('core.ping');
    expect(c.messages).toEqual([]);
    await c.close();
  });

  test('behavior: test.mutate emits test.mutations events', async () => {
    const c = await client();
    await c.call('core.subscribe', 'test.mutations');
    expect(await c.call('test.mutate', 'k')).toBe(1);
    expect((await c.notification('collection_update')).params).toMatchObject({
      id: 'k',
      fields: { key: 'k', count: 1 },
    });
    await c.close();
  });
});

describe('event sources', () => {
  test('default: test.ticker sends its events then notify_unsubscribed with error null', async () => {
    const c = await client();
    const name = 'test.ticker:{"interval": 5, "count": 2}';
    await c.call('core.subscribe', name);
    const first = await c.notification('collection_update');
    expect(first.params).toEqual({ msg: 'added', collection: name, fields: { tick: 1 } });
    expect((await c.notification('collection_update')).params?.fields).toEqual({ tick: 2 });
    expect(await c.notification('notify_unsubscribed')).toEqual({
      jsonrpc: '2.0',
      method: 'notify_unsubscribed',
      params: { collection: name, error: null },
    });
    await c.close();
  });

  test('error: a bad argument ends the subscription with a validation error before the reply', async () => {
    const c = await client();
    c.send({ jsonrpc: '2.0', id: 'sub', method: 'core.subscribe', params: ['test.ticker:not json'] });
    const first = await c.next(() => true);
    expect(first.method).toBe('notify_unsubscribed');
    expect(first.params).toEqual({
      collection: 'test.ticker:not json',
      error: {
        error: 22,
        errname: 'EINVAL',
        reason: '[EINVAL] test.ticker: Invalid JSON argument\n',
        trace: null,
        extra: [['test.ticker', 'Invalid JSON argument', 22]],
      },
    });
    expect((await c.next((m) => m.id === 'sub')).result).toMatch(/^[0-9a-f-]{36}$/);
    await c.call('core.subscribe', 'demo.fail:validation');
    expect((await c.notification('notify_unsubscribed')).params?.error).toMatchObject({
      error: 22,
      extra: [['demo.fail', 'bad arg', 22]],
    });
    await c.call('core.subscribe', 'demo.fail');
    expect((await c.notification('notify_unsubscribed')).params).toEqual({
      collection: 'demo.fail',
      error: { error: 5, errname: 'EIO', reason: '[EIO] source broke', trace: null, extra: null },
    });
    await c.close();
  });

  test('behavior: unsubscribing or logging out of an event source sends notify_unsubscribed (error null)', async () => {
    const c = await client();
    const id = (await c.call('core.subscribe', 'test.ticker:{"interval": 1000}')) as string;
    await c.call('core.unsubscribe', id);
    expect((await c.notification('notify_unsubscribed')).params).toEqual({
      collection: 'test.ticker:{"interval": 1000}',
      error: null,
    });
    await c.call('core.subscribe', 'test.ticker:{"interval": 1000}');
    await c.call('auth.logout');
    expect((await c.notification('notify_unsubscribed')).params?.error).toBeNull();
    await c.close();
  });
});
