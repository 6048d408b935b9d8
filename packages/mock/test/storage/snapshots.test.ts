import { describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, checked, runJob, useStorageServer } from './storageClient.js';

type Row = Record<string, unknown>;
type Prop = { parsed: unknown };

let server: MockServer;
let client: RawClient;
useStorageServer((s, c) => {
  server = s;
  client = c;
});

async function ids(filters: unknown[] = []): Promise<string[]> {
  return ((await client.call('pool.snapshot.query', filters, { select: ['id'] })) as { id: string }[]).map((r) => r.id);
}

async function origin(dataset: string): Promise<unknown> {
  const row = (await client.call('pool.dataset.get_instance', dataset, { extra: { properties: ['origin'] } })) as Row;
  return (row.origin as Prop).parsed;
}

describe('create and query', () => {
  test('default: a snapshot row has the real fields; createtxg is a string; holds only on request', async () => {
    const created = (await checked(client, '25.10', 'pool.snapshot.create', {
      dataset: 'tank/media',
      name: 'one',
    })) as Row;
    expect(created).toMatchObject({
      id: 'tank/media@one',
      name: 'tank/media@one',
      pool: 'tank',
      type: 'SNAPSHOT',
      snapshot_name: 'one',
      dataset: 'tank/media',
      createtxg: expect.stringMatching(/^\d+$/),
    });
    expect(created).not.toHaveProperty('holds');
    expect((created.properties as Record<string, Prop>).referenced?.parsed).toBe(20 * 1024 ** 3);
    const [row] = (await checked(client, '25.10', 'pool.snapshot.query', [['id', '=', 'tank/media@one']], {
      extra: { holds: true },
    })) as Row[];
    expect(row?.holds).toEqual({});
    expect(await checked(client, '25.10', 'pool.snapshot.get_instance', 'tank/media@one')).toMatchObject({
      id: 'tank/media@one',
    });
  });

  test('behavior: recursive create snapshots every descendant (minus exclude); naming_schema expands', async () => {
    await client.call('pool.snapshot.create', {
      dataset: 'tank',
      name: 'all',
      recursive: true,
      exclude: ['tank/vms/vm0'],
    });
    expect(await ids([['snapshot_name', '=', 'all']])).toEqual([
      'tank@all',
      'tank/home@all',
      'tank/home/alice@all',
      'tank/media@all',
      'tank/vms@all',
    ]);
    const auto = (await client.call('pool.snapshot.create', {
      dataset: 'tank/home',
      naming_schema: 'auto-%Y-%m-%d',
    })) as Row;
    expect(auto.snapshot_name).toMatch(/^auto-\d{4}-\d{2}-\d{2}$/);
  });

  test('error: duplicates, missing datasets, union member paths, get_instance misses', async () => {
    expect(
      await callError(client, 'pool.snapshot.create', { dataset: 'tank/home/alice', name: 'daily-2025-01-01' }),
    ).toMatchObject({
      code: -32602,
      data: { extra: [['pool.snapshot.create', 'daily-2025-01-01 already exists.', 17]] },
    });
    expect((await callError(client, 'pool.snapshot.create', { dataset: 'tank/x', name: 'a' })).data?.reason).toBe(
      '[EFAULT] Failed to snapshot tank/x@a: dataset does not exist',
    );
    expect((await callError(client, 'pool.snapshot.create', { dataset: 'tank' })).data?.extra).toEqual([
      ['data.PoolSnapshotCreateWithName.name', 'Field required', 22],
    ]);
    expect((await callError(client, 'pool.snapshot.get_instance', 'tank@none')).data?.extra).toEqual([
      [null, 'PoolSnapshot tank@none does not exist', 2],
    ]);
    expect((await callError(client, 'pool.snapshot.delete', 'tank')).data?.extra).toEqual([
      ['pool.snapshot.delete', "Invalid snapshot name: 'tank'", 22],
    ]);
  });

  test('behavior: min_txg/max_txg and properties extras', async () => {
    const [first] = (await client.call('pool.snapshot.query')) as Row[];
    await client.call('pool.snapshot.create', { dataset: 'tank', name: 'later', properties: { 'org.x:y': 'z' } });
    const txg = Number(first?.createtxg);
    expect(await client.call('pool.snapshot.query', [], { extra: { min_txg: txg + 1 }, select: ['id'] })).toEqual([
      { id: 'tank@later' },
    ]);
    const [later] = (await client.call('pool.snapshot.query', [['id', '=', 'tank@later']], {
      extra: { properties: ['org.x:y', 'userrefs'] },
    })) as Row[];
    expect(Object.keys(later?.properties as Row)).toEqual(['org.x:y', 'userrefs']);
  });
});

describe('clones, promote, delete', () => {
  test('behavior: a snapshot with clones cannot be destroyed (EBUSY, names the clone); defer marks it', async () => {
    expect(
      await checked(client, '25.10', 'pool.snapshot.clone', {
        snapshot: 'tank/home/alice@daily-2025-01-01',
        dataset_dst: 'tank/alice-copy',
      }),
    ).toBe(true);
    expect(await origin('tank/alice-copy')).toBe('tank/home/alice@daily-2025-01-01');
    const busy = await callError(client, 'pool.snapshot.delete', 'tank/home/alice@daily-2025-01-01');
    expect(busy).toMatchObject({ code: -32001, data: { error: 16, errname: 'EBUSY' } });
    expect(busy.data?.reason).toContain('has dependent clones');
    expect(busy.data?.reason).toContain('tank/alice-copy');
    expect(await client.call('pool.snapshot.delete', 'tank/home/alice@daily-2025-01-01', { defer: true })).toBe(true);
    const [snap] = (await client.call('pool.snapshot.query', [], {
      extra: { properties: ['defer_destroy'] },
    })) as Row[];
    expect((snap?.properties as Record<string, Prop> | undefined)?.defer_destroy?.parsed).toBe(true);
    await client.call('pool.dataset.delete', 'tank/alice-copy');
    expect(await ids()).toEqual([]);
  });

  test('behavior: a clone uses no space until written; promote swaps the origin relationship', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/media', name: 'base' });
    await client.call('pool.snapshot.clone', { snapshot: 'tank/media@base', dataset_dst: 'tank/fork' });
    const fork = (await client.call('pool.dataset.get_instance', 'tank/fork', {
      extra: { properties: ['used', 'referenced'] },
    })) as Row;
    expect((fork.used as Prop).parsed).toBe(0);
    expect((fork.referenced as Prop).parsed).toBe(20 * 1024 ** 3);
    expect(await checked(client, '25.10', 'pool.dataset.promote', 'tank/fork')).toBeNull();
    expect(await origin('tank/fork')).toBe('');
    expect(await origin('tank/media')).toBe('tank/fork@base');
    expect(await ids()).toEqual(['tank/fork@base', 'tank/home/alice@daily-2025-01-01']);
    const error = await callError(client, 'pool.dataset.promote', 'tank/home');
    expect(error).toMatchObject({
      code: -32001,
      data: { error: 74, errname: 'EBADMSG', reason: '[EBADMSG] Only cloned datasets can be promoted' },
    });
  });

  test('behavior: holds block deletion until released; recursive delete', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/home', name: 'r', recursive: true });
    expect(await checked(client, '25.10', 'pool.snapshot.hold', 'tank/home@r', { recursive: true })).toBeNull();
    const [held] = (await client.call('pool.snapshot.query', [['id', '=', 'tank/home/alice@r']], {
      extra: { holds: true },
    })) as Row[];
    expect(held?.holds).toEqual({ truenas: 1 });
    expect((await callError(client, 'pool.snapshot.delete', 'tank/home@r')).data?.reason).toBe(
      '[EBUSY] cannot destroy snapshot tank/home@r: dataset is busy',
    );
    expect(await checked(client, '25.10', 'pool.snapshot.release', 'tank/home@r', { recursive: true })).toBeNull();
    expect(await checked(client, '25.10', 'pool.snapshot.delete', 'tank/home@r', { recursive: true })).toBe(true);
    expect(await ids([['snapshot_name', '=', 'r']])).toEqual([]);
  });

  test('behavior: rename needs force and stays in the dataset; destroy_snapshots is a job', async () => {
    expect(
      (
        await callError(client, 'pool.snapshot.rename', 'tank/home/alice@daily-2025-01-01', {
          new_name: 'tank/home/alice@x',
        })
      ).data?.extra,
    ).toEqual([
      [
        'pool.snapshot.rename.force',
        'No safety checks are performed when renaming ZFS resources; this may break existing usages. If you understand the risks, please set force and proceed.',
        22,
      ],
    ]);
    expect(
      await client.call('pool.snapshot.rename', 'tank/home/alice@daily-2025-01-01', {
        new_name: 'tank/home/alice@x',
        force: true,
      }),
    ).toBeNull();
    expect(await ids()).toEqual(['tank/home/alice@x']);
    for (const name of ['a', 'b', 'c']) await client.call('pool.snapshot.create', { dataset: 'tank/media', name });
    const destroyed = await runJob(client, 'pool.dataset.destroy_snapshots', 'tank/media', {
      snapshots: [{ start: 'a', end: 'b' }],
    });
    expect(destroyed).toEqual(['tank/media@a', 'tank/media@b']);
    expect(await runJob(client, 'pool.dataset.destroy_snapshots', 'tank', { all: true, recursive: true })).toEqual([
      'tank/home/alice@x',
      'tank/media@c',
    ]);
  });
});

describe('rollback', () => {
  test('behavior: only to the latest snapshot unless recursive; the head returns to the snapshot', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/media', name: 's1' });
    server.storage.writeData('tank/media', 1024 ** 3);
    await client.call('pool.snapshot.create', { dataset: 'tank/media', name: 's2' });
    const refused = await callError(client, 'pool.snapshot.rollback', 'tank/media@s1');
    expect(refused.data?.reason).toBe(
      "[EFAULT] Failed to rollback snapshot: cannot rollback to 'tank/media@s1': more recent snapshots or bookmarks exist\nuse '-r' to force deletion of the following snapshots and bookmarks:\ntank/media@s2",
    );
    expect(await checked(client, '25.10', 'pool.snapshot.rollback', 'tank/media@s2')).toBeNull();
    expect(await client.call('pool.snapshot.rollback', 'tank/media@s1', { recursive: true })).toBeNull();
    expect(await ids([['dataset', '=', 'tank/media']])).toEqual(['tank/media@s1']);
    const row = (await client.call('pool.dataset.get_instance', 'tank/media', {
      extra: { properties: ['referenced'] },
    })) as Row;
    expect((row.referenced as Prop).parsed).toBe(20 * 1024 ** 3);
  });

  test('behavior: newer snapshots with clones need recursive_clones; recursive_rollback covers children', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/home', name: 'old', recursive: true });
    await client.call('pool.snapshot.create', { dataset: 'tank/home', name: 'new', recursive: true });
    await client.call('pool.snapshot.clone', { snapshot: 'tank/home@new', dataset_dst: 'tank/c' });
    const blocked = await callError(client, 'pool.snapshot.rollback', 'tank/home@old', { recursive: true });
    expect(blocked.data?.reason).toContain('clones of previous snapshots exist');
    await client.call('pool.snapshot.rollback', 'tank/home@old', { recursive_clones: true, recursive_rollback: true });
    expect(server.storage.datasetNames()).not.toContain('tank/c');
    expect(await ids([['snapshot_name', '=', 'new']])).toEqual([]);
  });
});
