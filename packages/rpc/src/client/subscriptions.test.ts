import { describe, expect, test } from 'vitest';
import { FakeServer, sleep, until } from '../../test/fakeServer.js';
import { createClient } from './createClient.js';
import type { CollectionEvent } from './subscriptions.js';

const fastReconnect = { retries: 5, minDelay: 1, maxDelay: 5, factor: 1 };

describe('subscriptions', () => {
  test('default: events for the name and for * reach their handlers; unsubscribe stops them', async () => {
    const server = new FakeServer();
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    const pools: CollectionEvent[] = [];
    const all: CollectionEvent[] = [];
    const sub = client.subscribe('pool.query', (e) => pools.push(e));
    client.subscribe('*', (e) => all.push(e));
    await until(() => server.methods().filter((m) => m === 'core.subscribe').length === 2);
    server.emit('pool.query', 'changed', { status: 'DEGRADED' }, 1);
    server.emit('disk.query', 'removed', {}, 'sda');
    await until(() => all.length === 2);
    expect(pools).toEqual([{ msg: 'changed', collection: 'pool.query', id: 1, fields: { status: 'DEGRADED' } }]);
    sub.unsubscribe();
    await until(() => server.methods().includes('core.unsubscribe'));
    server.emit('pool.query', 'changed', {}, 1);
    await until(() => all.length === 3);
    expect(pools).toHaveLength(1);
    await client.close();
  });

  test('behavior: subscriptions survive a reconnect and deliver again', async () => {
    const server = new FakeServer();
    const client = createClient({
      url: 'wss://nas/api/current',
      socketFactory: server.factory,
      keepAlive: false,
      reconnect: fastReconnect,
    });
    const seen: unknown[] = [];
    client.subscribe('alert.list', (e) => seen.push(e.id));
    await client.connect();
    server.current?.drop();
    await new Promise((resolve) => client.once('reconnect', resolve));
    expect(server.requests.filter((r) => r.method === 'core.subscribe').map((r) => r.socket)).toEqual([0, 1]);
    server.emit('alert.list', 'added', {}, 'a1');
    await until(() => seen.length === 1);
    expect(seen).toEqual(['a1']);
    await client.close();
  });

  test('behavior: async iterator form, ended by its signal; a throwing handler does not break others', async () => {
    const server = new FakeServer();
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    client.subscribe('pool.query', () => {
      throw new Error('handler bug');
    });
    const controller = new AbortController();
    const received: unknown[] = [];
    const consumer = (async () => {
      for await (const event of client.events('pool.query', { signal: controller.signal })) {
        received.push(event.id);
        if (received.length === 2) controller.abort();
      }
    })();
    await until(() => server.methods().includes('core.subscribe'));
    await sleep(5);
    server.emit('pool.query', 'added', {}, 1);
    server.emit('pool.query', 'added', {}, 2);
    server.emit('pool.query', 'added', {}, 3);
    await consumer;
    expect(received).toEqual([1, 2]);
    await client.close();
  });

  test('error: a slow consumer gets a typed overflow error instead of silent loss', async () => {
    const server = new FakeServer();
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    const stream = client.events('pool.query', { bufferSize: 2 });
    await until(() => server.methods().includes('core.subscribe'));
    for (const id of [1, 2, 3]) server.emit('pool.query', 'added', {}, id);
    await sleep(20);
    await expect(stream.next()).resolves.toMatchObject({ value: { id: 1 } });
    await expect(stream.next()).resolves.toMatchObject({ value: { id: 2 } });
    await expect(stream.next()).rejects.toMatchObject({ code: 'EVENT_OVERFLOW' });
    await client.close();
  });
});
