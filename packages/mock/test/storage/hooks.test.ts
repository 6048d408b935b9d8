import { describe, expect, test } from 'vitest';
import {
  CallError,
  createMockServer,
  DEFAULT_STORAGE_SEED,
  Errno,
  type MockServer,
  MockServerError,
  type StorageSeed,
} from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, checked, login, startServer, useStorageServer, waitJob } from './storageClient.js';

type Row = Record<string, unknown>;
const TiB = 1024 ** 4;

describe('seeding', () => {
  test('default: a custom seed (raidz, spare, clone, alert) replaces the default one', async () => {
    const seed: StorageSeed = {
      disks: [{ name: 'sdz', size: 2 * TiB, type: 'SSD' }],
      pools: [
        {
          name: 'data',
          id: 7,
          topology: { data: [{ type: 'RAIDZ1', disks: ['sda', 'sdb', 'sdc'] }], spare: ['sdz'] },
          properties: { compression: 'zstd', 'org.example:site': 'lab' },
          scrubbed: false,
          upgraded: false,
        },
      ],
      datasets: [
        { name: 'data/src', used: 1024 ** 3 },
        { name: 'data/copy', origin: 'data/src@v1' },
      ],
      snapshots: [{ name: 'data/src@v1', holds: ['keep'] }],
      alerts: [{ klass: 'SMART', args: { message: 'sda is failing' }, level: 'CRITICAL' }],
    };
    const server = await startServer({ seed });
    const client = await login(server);
    const [pool] = (await client.call('pool.query')) as Row[];
    expect(pool).toMatchObject({
      id: 7,
      name: 'data',
      size: 3 * TiB,
      status_code: 'FEAT_DISABLED',
      healthy: true,
      warning: true,
      scan: { function: null, state: null },
    });
    const topology = pool?.topology as { data: Row[]; spare: Row[] };
    expect(topology.data[0]).toMatchObject({ name: 'raidz1-0', type: 'RAIDZ1' });
    expect(topology.spare[0]).toMatchObject({ type: 'DISK', disk: 'sdz', status: 'AVAIL' });
    const copy = (await client.call('pool.dataset.get_instance', 'data/copy')) as Row;
    expect(copy.origin).toMatchObject({ parsed: 'data/src@v1', value: 'DATA/SRC@V1' });
    expect(copy.user_properties).toMatchObject({ 'org.example:site': { value: 'lab' } });
    const [alert] = (await client.call('alert.list')) as Row[];
    expect(alert).toMatchObject({ klass: 'SMART', formatted: 'sda is failing', level: 'CRITICAL', dismissed: false });
    expect(await client.call('disk.query', [], { select: ['name'] })).toEqual([
      { name: 'sdz' },
      { name: 'sda' },
      { name: 'sdb' },
      { name: 'sdc' },
    ]);
    await client.close();
    await server.stop();
  });

  test('behavior: an empty seed has no storage; the default seed is exported', async () => {
    const server = await startServer({ seed: {} });
    const client = await login(server);
    expect(await client.call('pool.query')).toEqual([]);
    expect(await client.call('disk.query')).toEqual([]);
    await client.close();
    await server.stop();
    expect(DEFAULT_STORAGE_SEED.pools?.[0]?.name).toBe('tank');
  });

  test('error: invalid or inconsistent seeds throw MockServerError at creation', () => {
    expect(() => createMockServer({ seed: { pools: [{ name: 'x', disks: [] }] } })).toThrow(/has no data vdevs/);
    expect(() =>
      createMockServer({
        seed: {
          pools: [
            { name: 'x', disks: ['sda'] },
            { name: 'y', disks: ['sda'] },
          ],
        },
      }),
    ).toThrow(/already in use/);
    expect(() => createMockServer({ seed: { datasets: [{ name: 'x/y' }] } })).toThrow(/parent does not exist/);
    expect(() => createMockServer({ seed: { pools: [{ name: 'x', bogus: 1 } as never] } })).toThrow(MockServerError);
  });
});

describe('builders, hooks and reset', () => {
  let server: MockServer;
  let client: RawClient;
  useStorageServer((s, c) => {
    server = s;
    client = c;
  });

  test('behavior: builders add pools, datasets, snapshots; reset restores the seed', async () => {
    const pool = server.storage.addPool({ name: 'fast', disks: [{ name: 'nvme0n1', size: TiB, type: 'SSD' }] });
    expect(pool).toMatchObject({ id: 2, name: 'fast', status: 'ONLINE' });
    server.storage.addDataset({ name: 'fast/db', properties: { recordsize: '16K' } });
    server.storage.addSnapshot({ name: 'fast/db@base' });
    expect(server.storage.dataset('fast/db')).toMatchObject({ recordsize: { parsed: 16384, value: '16K' } });
    expect(server.storage.snapshot('fast/db@base')).toMatchObject({ dataset: 'fast/db' });
    expect(() => server.storage.addDataset({ name: 'nope/db' })).toThrow(MockServerError);
    server.reset();
    expect(server.storage.pool('fast')).toBeUndefined();
    expect(server.storage.datasetNames()).toEqual([
      'tank',
      'tank/home',
      'tank/home/alice',
      'tank/media',
      'tank/vms',
      'tank/vms/vm0',
    ]);
    expect(await client.call('disk.query', [['name', '=', 'nvme0n1']])).toEqual([]);
  });

  test('behavior: datastore ids are reused after deletes (max + 1)', async () => {
    server.storage.addPool({ name: 'p2', disks: ['sdc'] });
    server.storage.addPool({ name: 'p3', disks: ['sdd'] });
    const exportJob = (await client.call('pool.export', 3, { destroy: true })) as number;
    await waitJob(client, exportJob);
    expect(server.storage.addPool({ name: 'p4', disks: ['sdd'] }).id).toBe(3);
  });

  test('behavior: raiseAlert, dismiss/restore, one-shot alerts vanish when dismissed; categories', async () => {
    const uuid = server.storage.raiseAlert({ klass: 'Custom', text: 'Hello %(who)s', args: { who: 'ops' } });
    const oneShot = server.storage.raiseAlert({ klass: 'Once', oneShot: true });
    const alerts = (await checked(client, '25.10', 'alert.list')) as Row[];
    expect(alerts.map((a) => a.uuid).sort()).toEqual([uuid, oneShot].sort());
    expect(alerts.find((a) => a.uuid === uuid)).toMatchObject({
      formatted: 'Hello ops',
      level: 'WARNING',
      key: '{"who": "ops"}',
    });
    expect(await checked(client, '25.10', 'alert.dismiss', uuid)).toBeNull();
    expect(((await client.call('alert.list')) as Row[]).find((a) => a.uuid === uuid)?.dismissed).toBe(true);
    expect(await checked(client, '25.10', 'alert.restore', uuid)).toBeNull();
    await client.call('alert.dismiss', oneShot);
    expect(((await client.call('alert.list')) as Row[]).map((a) => a.uuid)).toEqual([uuid]);
    expect(await client.call('alert.dismiss', 'unknown-uuid')).toBeNull();
    const categories = (await checked(client, '25.10', 'alert.list_categories')) as { id: string; classes: Row[] }[];
    const storage = categories.find((c) => c.id === 'STORAGE');
    expect(storage?.classes.map((c) => c.id)).toContain('VolumeStatus');
    expect(categories.find((c) => c.id === 'SYSTEM')?.classes.map((c) => c.id)).toContain('Custom');
  });

  test('behavior: faults.failOnce fails one call (plain or job) with a CallError, then the method works', async () => {
    server.faults.failOnce('pool.dataset.create');
    const error = await callError(client, 'pool.dataset.create', { name: 'tank/f' });
    expect(error).toMatchObject({ code: -32001, data: { error: 14, reason: '[EFAULT] Injected failure' } });
    expect(server.storage.datasetNames()).not.toContain('tank/f');
    await client.call('pool.dataset.create', { name: 'tank/f' });
    server.faults.failOnce('pool.scrub', new CallError('Pool is busy', Errno.EBUSY));
    const job = await waitJob(client, (await client.call('pool.scrub', 1, 'START')) as number);
    expect(job).toMatchObject({
      state: 'FAILED',
      error: '[EBUSY] Pool is busy',
      exc_info: { type: 'CallError', errno: 16 },
    });
  });

  test('behavior: core.get_jobs goes through the same query engine', async () => {
    const id = (await client.call('pool.expand', 1)) as number;
    await waitJob(client, id);
    expect(await client.call('core.get_jobs', [['method', '=', 'pool.expand']], { select: ['id', 'state'] })).toEqual([
      { id, state: 'SUCCESS' },
    ]);
    const invalid = await callError(client, 'core.get_jobs', [['OR', []]]);
    expect(invalid.data?.extra).toEqual([['filters', 'Value error, OR filter requires at least one branch.', 22]]);
  });
});
