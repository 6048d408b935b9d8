import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { Msg, RawClient } from '../rawClient.js';
import { login, runJob, startServer } from './storageClient.js';

const COLLECTIONS = ['pool.query', 'pool.dataset.query', 'pool.snapshot.query', 'disk.query', 'alert.list'];

let server: MockServer;
let client: RawClient;
beforeAll(async () => {
  server = await startServer();
  client = await login(server);
  for (const collection of COLLECTIONS) await client.call('core.subscribe', collection);
});
afterEach(async () => {
  server.reset();
  await client.call('core.ping');
  client.messages.length = 0;
});
afterAll(async () => {
  await client.close();
  await server.stop();
});

/** Events received so far as `[collection, msg, id]`, after a round trip so everything sent has arrived. */
async function events(): Promise<[unknown, unknown, unknown][]> {
  await client.call('core.ping');
  const out = client.messages
    .filter((m: Msg) => m.method === 'collection_update')
    .map((m) => [m.params?.collection, m.params?.msg, m.params?.id] as [unknown, unknown, unknown]);
  client.messages.length = 0;
  return out;
}

describe('collection_update for every mutation', () => {
  test('default: dataset create/update/delete', async () => {
    await client.call('pool.dataset.create', { name: 'tank/e' });
    const added = client.messages.find((m) => m.params?.msg === 'added');
    expect(added?.params).toMatchObject({ collection: 'pool.dataset.query', id: 'tank/e', fields: { name: 'tank/e' } });
    expect(await events()).toEqual([['pool.dataset.query', 'added', 'tank/e']]);
    await client.call('pool.dataset.update', 'tank/e', { comments: 'x' });
    expect(await events()).toEqual([['pool.dataset.query', 'changed', 'tank/e']]);
    await client.call('pool.dataset.delete', 'tank/e');
    expect(await events()).toEqual([['pool.dataset.query', 'removed', 'tank/e']]);
  });

  test('behavior: snapshots (REMOVED carries extra.recursive), clones, promote', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/media', name: 's' });
    expect(await events()).toEqual([['pool.snapshot.query', 'added', 'tank/media@s']]);
    await client.call('pool.snapshot.clone', { snapshot: 'tank/media@s', dataset_dst: 'tank/m2' });
    expect(await events()).toEqual([
      ['pool.dataset.query', 'added', 'tank/m2'],
      ['pool.snapshot.query', 'changed', 'tank/media@s'],
    ]);
    await client.call('pool.dataset.promote', 'tank/m2');
    expect(await events()).toEqual([
      ['pool.snapshot.query', 'removed', 'tank/media@s'],
      ['pool.snapshot.query', 'added', 'tank/m2@s'],
      ['pool.dataset.query', 'changed', 'tank/m2'],
      ['pool.dataset.query', 'changed', 'tank/media'],
    ]);
    await client.call('pool.snapshot.hold', 'tank/m2@s');
    await client.call('pool.snapshot.release', 'tank/m2@s');
    expect(await events()).toEqual([
      ['pool.snapshot.query', 'changed', 'tank/m2@s'],
      ['pool.snapshot.query', 'changed', 'tank/m2@s'],
    ]);
    await client.call('pool.snapshot.delete', 'tank/home/alice@daily-2025-01-01', { recursive: true });
    const removed = client.messages.find((m) => m.params?.msg === 'removed');
    expect(removed?.params).toEqual({
      msg: 'removed',
      collection: 'pool.snapshot.query',
      id: 'tank/home/alice@daily-2025-01-01',
      extra: { recursive: true },
    });
    await events();
  });

  test('behavior: pool health changes send pool, disk and alert events', async () => {
    server.storage.failDisk('sdb');
    const seen = await events();
    expect(seen).toContainEqual(['pool.query', 'changed', 1]);
    expect(seen).toContainEqual(['disk.query', 'changed', 'sda']);
    expect(seen).toContainEqual(['disk.query', 'changed', 'sdb']);
    const alert = seen.find(([c]) => c === 'alert.list');
    expect(alert?.[1]).toBe('added');
    const [row] = (await client.call('alert.list')) as { uuid: string }[];
    expect(alert?.[2]).toBe(row?.uuid);
    await client.call('alert.dismiss', row?.uuid);
    await client.call('alert.restore', row?.uuid);
    expect(await events()).toEqual([
      ['alert.list', 'changed', row?.uuid],
      ['alert.list', 'changed', row?.uuid],
    ]);
  });

  test('behavior: export sends pool REMOVED; import sends ADDED', async () => {
    await runJob(client, 'pool.export', 1);
    const exported = await events();
    expect(exported.filter(([c]) => c === 'pool.query')).toEqual([['pool.query', 'removed', 1]]);
    const [found] = (await runJob(client, 'pool.import_find')) as { guid: string }[];
    await runJob(client, 'pool.import_pool', { guid: found?.guid });
    const imported = await events();
    expect(imported.filter(([c]) => c === 'pool.query')).toEqual([['pool.query', 'added', 1]]);
  });

  test('behavior: scrub progress is announced on zfs.pool.scan', async () => {
    await client.call('core.subscribe', 'zfs.pool.scan');
    await runJob(client, 'pool.scrub', 1, 'START');
    const scans = (await events()).filter(([c]) => c === 'zfs.pool.scan');
    expect(scans.length).toBeGreaterThan(2);
    expect(scans.every(([, msg, id]) => msg === 'changed' && id === 'tank')).toBe(true);
  });
});
