import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, checked, login, runJob, startServer } from './storageClient.js';

const STORAGE_2510 = [
  'alert.dismiss',
  'alert.list',
  'alert.list_categories',
  'alert.restore',
  'disk.get_instance',
  'disk.query',
  'pool.attach',
  'pool.dataset.attachments',
  'pool.dataset.create',
  'pool.dataset.delete',
  'pool.dataset.destroy_snapshots',
  'pool.dataset.get_instance',
  'pool.dataset.promote',
  'pool.dataset.query',
  'pool.dataset.rename',
  'pool.dataset.update',
  'pool.detach',
  'pool.expand',
  'pool.export',
  'pool.get_instance',
  'pool.import_find',
  'pool.import_pool',
  'pool.is_upgraded',
  'pool.query',
  'pool.remove',
  'pool.replace',
  'pool.scrub',
  'pool.scrub.run',
  'pool.scrub.scrub',
  'pool.snapshot.clone',
  'pool.snapshot.create',
  'pool.snapshot.delete',
  'pool.snapshot.get_instance',
  'pool.snapshot.hold',
  'pool.snapshot.query',
  'pool.snapshot.release',
  'pool.snapshot.rename',
  'pool.snapshot.rollback',
];

function storageMethods(server: MockServer): string[] {
  return server.methods().filter((m) => /^(pool|zfs|disk|alert)\./.test(m));
}

type Row = Record<string, unknown>;

/** A clone of `tank/media@Daily-1` named `tank/Clone` (mixed case), and its `origin` property object. */
async function cloneOrigin(client: RawClient, version: '25.04' | '25.10'): Promise<Row> {
  const snap = version === '25.10' ? 'pool.snapshot' : 'zfs.snapshot';
  await client.call(`${snap}.create`, { dataset: 'tank/media', name: 'Daily-1' });
  await client.call(`${snap}.clone`, { snapshot: 'tank/media@Daily-1', dataset_dst: 'tank/Clone' });
  const clone = (await checked(client, version, 'pool.dataset.get_instance', 'tank/Clone')) as Row;
  const plain = (await client.call('pool.dataset.get_instance', 'tank/media')) as Row;
  expect(plain.origin).toMatchObject({ parsed: '', rawvalue: '', value: '' });
  return clone.origin as Row;
}

describe('25.10', () => {
  test('default: the storage methods of 25.10 (pool.snapshot.*, pool.dataset.rename)', async () => {
    const server = await startServer();
    expect(storageMethods(server)).toEqual(STORAGE_2510);
    await server.stop();
  });

  test('behavior: origin.value is upper-cased like the other string properties (normalize_zfs_properties)', async () => {
    const server = await startServer();
    const client = await login(server);
    expect(await cloneOrigin(client, '25.10')).toMatchObject({
      parsed: 'tank/media@Daily-1',
      rawvalue: 'tank/media@Daily-1',
      value: 'TANK/MEDIA@DAILY-1',
    });
    await client.close();
    await server.stop();
  });
});

describe('25.04', () => {
  let server: MockServer;
  let client: RawClient;
  beforeAll(async () => {
    server = await startServer({ version: '25.04' });
    client = await login(server);
  });
  afterAll(async () => {
    await client.close();
    await server.stop();
  });

  test('default: zfs.snapshot.* instead of pool.snapshot.*, no pool.dataset.rename', () => {
    const expected = STORAGE_2510.filter((m) => !m.startsWith('pool.snapshot.') && m !== 'pool.dataset.rename');
    const zfs = STORAGE_2510.filter((m) => m.startsWith('pool.snapshot.') && m !== 'pool.snapshot.rename').map((m) =>
      m.replace('pool.snapshot.', 'zfs.snapshot.'),
    );
    expect(storageMethods(server)).toEqual([...expected, ...zfs].sort());
  });

  test('behavior: origin.value keeps its case (the legacy mapping passes libzfs text through)', async () => {
    expect(await cloneOrigin(client, '25.04')).toMatchObject({
      parsed: 'tank/media@Daily-1',
      rawvalue: 'tank/media@Daily-1',
      value: 'tank/media@Daily-1',
    });
    server.reset();
  });

  test('behavior: unknown 25.10-only methods are -32601', async () => {
    expect((await callError(client, 'pool.snapshot.query')).code).toBe(-32601);
    expect((await callError(client, 'pool.dataset.rename', 'tank/home', { new_name: 'tank/x' })).code).toBe(-32601);
  });

  test('behavior: snapshot events go to zfs.snapshot.query; results match the 25.04 schemas', async () => {
    await client.call('core.subscribe', 'zfs.snapshot.query');
    const created = await checked(client, '25.04', 'zfs.snapshot.create', { dataset: 'tank/media', name: 'x' });
    expect(created).toMatchObject({ id: 'tank/media@x', type: 'SNAPSHOT' });
    const event = await client.notification('collection_update');
    expect(event.params).toMatchObject({ collection: 'zfs.snapshot.query', msg: 'added', id: 'tank/media@x' });
    await checked(client, '25.04', 'zfs.snapshot.query');
    await checked(client, '25.04', 'pool.dataset.query');
    await checked(client, '25.04', 'pool.query');
    const disks = (await checked(client, '25.04', 'disk.query')) as Record<string, unknown>[];
    expect(disks[0]).toMatchObject({ togglesmart: true, supports_smart: true });
    await checked(client, '25.04', 'zfs.snapshot.delete', 'tank/media@x');
  });

  test('error: 25.04 wording: legacy param names, duplicate snapshot CallError, clones need defer', async () => {
    expect((await callError(client, 'pool.dataset.create')).data?.extra).toEqual([
      ['pool_dataset_create.name', 'Field required', 22],
    ]);
    const legacy = await callError(client, 'pool.dataset.create', { name: 'tank/x', bogus: 1 });
    expect(legacy.data?.extra).toEqual([['pool_dataset_create.bogus', 'Extra inputs are not permitted', 22]]);
    const duplicate = await callError(client, 'zfs.snapshot.create', {
      dataset: 'tank/home/alice',
      name: 'daily-2025-01-01',
    });
    expect(duplicate).toMatchObject({
      code: -32001,
      data: {
        error: 17,
        reason: '[EEXIST] Failed to snapshot tank/home/alice@daily-2025-01-01: dataset already exists',
      },
    });
    const both = await callError(client, 'zfs.snapshot.create', { dataset: 'tank', name: 'a', naming_schema: 'b-%Y' });
    expect(both.data?.extra).toEqual([
      ['snapshot_create.naming_schema', "You can't specify name and naming schema at the same time", 22],
    ]);
    await client.call('zfs.snapshot.clone', { snapshot: 'tank/home/alice@daily-2025-01-01', dataset_dst: 'tank/c' });
    const clones = await callError(client, 'zfs.snapshot.delete', 'tank/home/alice@daily-2025-01-01');
    expect(clones).toMatchObject({
      code: -32602,
      data: {
        extra: [
          [
            'options.defer',
            "Please set this attribute as 'tank/home/alice@daily-2025-01-01' snapshot has dependent clones: tank/c",
            22,
          ],
        ],
      },
    });
    expect((await callError(client, 'zfs.snapshot.get_instance', 'tank@nope')).data?.extra).toEqual([
      [null, 'ZFSSnapshot tank@nope does not exist', 2],
    ]);
    expect((await callError(client, 'pool.query', [], { extend: 1 })).data?.extra).toEqual([
      ['options.extend', 'Input should be a valid string', 22],
    ]);
    expect(await client.call('pool.query', [], { extend: null, relationships: true, select: ['id'] })).toEqual([
      { id: 1 },
    ]);
    server.reset();
  });

  test('behavior: 25.04 jobs always return ids; release needs the truenas hold', async () => {
    expect(typeof (await client.call('pool.scrub', 1, 'START'))).toBe('number');
    expect(
      (await callError(client, 'zfs.snapshot.release', 'tank/home/alice@daily-2025-01-01')).data?.reason,
    ).toContain('no such tag on this dataset');
    expect(await runJob(client, 'pool.import_find')).toEqual([]);
    server.reset();
  });
});
