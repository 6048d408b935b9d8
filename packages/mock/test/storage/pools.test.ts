import { describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, checked, runJob, useStorageServer, waitJob } from './storageClient.js';

type Row = Record<string, unknown>;
type Vdev = { guid: string; type: string; status: string; disk?: string; children: Vdev[] };

let server: MockServer;
let client: RawClient;
useStorageServer((s, c) => {
  server = s;
  client = c;
});

async function tank(): Promise<Row & { topology: { data: Vdev[] } }> {
  return (await client.call('pool.get_instance', 1)) as Row & { topology: { data: Vdev[] } };
}

describe('pool.query', () => {
  test('default: the seeded pool, healthy mirror of two 1 TiB disks', async () => {
    const [pool] = (await checked(client, '25.10', 'pool.query')) as Row[];
    expect(pool).toMatchObject({
      id: 1,
      name: 'tank',
      status: 'ONLINE',
      healthy: true,
      warning: false,
      status_code: 'OK',
      path: '/mnt/tank',
      size: 1024 ** 4,
      size_str: String(1024 ** 4),
      scan: { function: 'SCRUB', state: 'FINISHED', percentage: 100 },
      autotrim: { parsed: 'off', rawvalue: 'off', source: 'DEFAULT', value: 'off' },
    });
    const topology = (pool as { topology: { data: Vdev[]; log: unknown[] } }).topology;
    expect(topology.log).toEqual([]);
    expect(topology.data).toHaveLength(1);
    expect(topology.data[0]).toMatchObject({ name: 'mirror-0', type: 'MIRROR', status: 'ONLINE', path: null });
    expect(topology.data[0]?.children.map((c) => c.disk)).toEqual(['sda', 'sdb']);
    expect(topology.data[0]?.children[0]).toMatchObject({ type: 'DISK', device: 'sda1', unavail_disk: null });
    expect((pool?.allocated as number) + (pool?.free as number)).toBe(pool?.size);
  });

  test('behavior: filters and options run through the query engine', async () => {
    expect(await client.call('pool.query', [['name', '^', 'ta']], { select: ['id', 'name'] })).toEqual([
      { id: 1, name: 'tank' },
    ]);
    expect(await client.call('pool.query', [], { count: true })).toBe(1);
    expect(await client.call('pool.query', [['status', 'C=', 'online']], { get: true, select: ['name'] })).toEqual({
      name: 'tank',
    });
    expect(await client.call('pool.query', [], { extra: { is_upgraded: true }, select: ['is_upgraded'] })).toEqual([
      { is_upgraded: true },
    ]);
  });

  test('error: invalid filters/options are -32602 with the engine entries; get without match is MatchNotFound()', async () => {
    const invalid = await callError(client, 'pool.query', [['name', '==', 'x']]);
    expect(invalid).toMatchObject({
      code: -32602,
      data: { extra: [['filters', 'Value error, Invalid operation: ==', 22]] },
    });
    const extra = await callError(client, 'pool.query', [], { extend: 'x' });
    expect(extra.data?.extra).toEqual([['options.extend', 'Extra inputs are not permitted', 22]]);
    const miss = await callError(client, 'pool.query', [['id', '=', 9]], { get: true });
    expect(miss).toMatchObject({ code: -32001, data: { error: 22, reason: 'MatchNotFound()' } });
    const evaluation = await callError(client, 'pool.query', [['scan.pause', '>', 1]]);
    expect(evaluation).toMatchObject({ code: -32001, data: { error: 22 } });
    expect(String(evaluation.data?.reason)).toContain("'>' not supported between instances of 'NoneType' and 'int'");
  });

  test('error: get_instance miss is the InstanceNotFound -32602 shape', async () => {
    const error = await callError(client, 'pool.get_instance', 5);
    expect(error).toEqual({
      code: -32602,
      message: 'Invalid params',
      data: {
        error: 22,
        errname: 'EINVAL',
        reason: '[ENOENT] None: Pool 5 does not exist',
        trace: null,
        extra: [[null, 'Pool 5 does not exist', 2]],
      },
    });
    const wrongType = await callError(client, 'pool.get_instance', '1');
    expect(wrongType.data?.extra).toEqual([['id', 'Input should be a valid integer', 22]]);
  });

  test('default: is_upgraded', async () => {
    expect(await checked(client, '25.10', 'pool.is_upgraded', 1)).toBe(true);
    expect((await callError(client, 'pool.is_upgraded', 2)).data?.reason).toBe('[ENOENT] None: Pool 2 does not exist');
  });
});

describe('scrub', () => {
  test('default: pool.scrub START is a job that runs the scrub to the end with progress', async () => {
    await client.call('core.subscribe', 'zfs.pool.scan');
    const id = (await client.call('pool.scrub', 1, 'START')) as number;
    const job = await waitJob(client, id);
    expect(job).toMatchObject({ state: 'SUCCESS', result: null, progress: { percent: 100 } });
    const scan = (await tank()).scan as Row;
    expect(scan).toMatchObject({ function: 'SCRUB', state: 'FINISHED', percentage: 100 });
    const event = await client.notification('collection_update', (p) => p.collection === 'zfs.pool.scan');
    expect(event.params).toMatchObject({ msg: 'changed', fields: { name: 'tank', scan: { function: 'SCRUB' } } });
  });

  test('behavior: new-style jobs (legacy_jobs false) reply with the result', async () => {
    await client.call('core.set_options', { legacy_jobs: false });
    try {
      expect(await checked(client, '25.10', 'pool.scrub', 1, 'START')).toBeNull();
    } finally {
      await client.call('core.set_options', { legacy_jobs: true });
    }
  });

  test('behavior: pause and stop a running scrub; stopping nothing fails', async () => {
    await client.call('pool.scrub.run', 'tank', 0);
    expect(((await tank()).scan as Row).state).toBe('SCANNING');
    await runJob(client, 'pool.scrub', 1, 'PAUSE');
    expect(((await tank()).scan as Row).pause).not.toBeNull();
    await runJob(client, 'pool.scrub', 1, 'STOP');
    expect(((await tank()).scan as Row).state).toBe('CANCELED');
    const id = (await client.call('pool.scrub', 1, 'STOP')) as number;
    expect(await waitJob(client, id)).toMatchObject({
      state: 'FAILED',
      exc_info: { type: 'CallError' },
      error: '[ENOENT] cannot cancel scrubbing tank: there is no active scrub',
    });
  });

  test('behavior: pool.scrub.run honours the threshold; a bad action fails the job with VALIDATION', async () => {
    expect(await client.call('pool.scrub.run', 'tank', 100_000)).toBeNull();
    expect(((await tank()).scan as Row).state).toBe('FINISHED');
    expect(await checked(client, '25.10', 'pool.scrub.run', 'tank', 0)).toBeNull();
    expect(((await tank()).scan as Row).state).toBe('SCANNING');
    expect(await runJob(client, 'pool.scrub.scrub', 'tank', 'STOP')).toBeNull();
    const id = (await client.call('pool.scrub', 1, 'GO')) as number;
    expect(await waitJob(client, id)).toMatchObject({
      state: 'FAILED',
      exc_info: { type: 'VALIDATION', extra: [['action', "Input should be 'START', 'STOP' or 'PAUSE'", 22]] },
    });
  });
});

describe('topology changes', () => {
  test('behavior: replace a faulted disk: DEGRADED → resilver → ONLINE, alert raised then cleared', async () => {
    const failed = server.storage.degradePool('tank');
    expect(failed).toBe('sda');
    let pool = await tank();
    expect(pool).toMatchObject({ status: 'DEGRADED', healthy: false, status_code: 'FAULTED_DEV_R' });
    const mirror = pool.topology.data[0] as Vdev;
    expect(mirror.status).toBe('DEGRADED');
    const alerts = (await client.call('alert.list')) as Row[];
    expect(alerts.map((a) => a.klass)).toEqual(['VolumeStatus']);
    const label = mirror.children[0]?.guid as string;
    expect(await runJob(client, 'pool.replace', 1, { label, disk: 'sdc' })).toBe(true);
    pool = await tank();
    expect(pool).toMatchObject({ status: 'ONLINE', healthy: true, scan: { function: 'RESILVER', state: 'FINISHED' } });
    expect((pool.topology.data[0] as Vdev).children.map((c) => c.disk)).toEqual(['sdc', 'sdb']);
    expect(await client.call('alert.list')).toEqual([]);
    const disks = (await client.call('disk.query', [], { select: ['name', 'pool'] })) as Row[];
    expect(disks).toEqual([
      { name: 'sda', pool: null },
      { name: 'sdb', pool: 'tank' },
      { name: 'sdc', pool: 'tank' },
      { name: 'sdd', pool: null },
    ]);
  });

  test('behavior: attach to a mirror, detach again; bad labels and used disks are validation errors', async () => {
    const mirror = (await tank()).topology.data[0] as Vdev;
    await runJob(client, 'pool.attach', 1, { target_vdev: mirror.guid, new_disk: 'sdc' });
    expect(((await tank()).topology.data[0] as Vdev).children).toHaveLength(3);
    const busy = (await client.call('pool.attach', 1, { target_vdev: mirror.guid, new_disk: 'sdb' })) as number;
    expect((await waitJob(client, busy)).exc_info).toMatchObject({
      type: 'VALIDATION',
      extra: [['options.new_disk', "Disk 'sdb' is in use.", 22]],
    });
    const third = ((await tank()).topology.data[0] as Vdev).children[2] as Vdev;
    expect(await checked(client, '25.10', 'pool.detach', 1, { label: third.guid })).toBe(true);
    expect(((await tank()).topology.data[0] as Vdev).children).toHaveLength(2);
    const missing = await callError(client, 'pool.detach', 1, { label: '123' });
    expect(missing.data?.extra).toEqual([['options.label', 'Label 123 not found on this pool.', 22]]);
  });

  test('behavior: detaching from a two-way mirror leaves a stripe; remove needs more than one data vdev', async () => {
    const mirror = (await tank()).topology.data[0] as Vdev;
    await client.call('pool.detach', 1, { label: mirror.children[1]?.guid });
    const stripe = (await tank()).topology.data[0] as Vdev;
    expect(stripe).toMatchObject({ type: 'DISK', disk: 'sda' });
    const id = (await client.call('pool.remove', 1, { label: stripe.guid })) as number;
    expect((await waitJob(client, id)).error).toContain('operation not supported on this type of pool');
    await runJob(client, 'pool.attach', 1, { target_vdev: stripe.guid, new_disk: 'sdd' });
    expect(((await tank()).topology.data[0] as Vdev).type).toBe('MIRROR');
  });

  test('default: pool.expand is a job returning null', async () => {
    expect(await runJob(client, 'pool.expand', 1)).toBeNull();
  });
});

describe('export and import', () => {
  test('behavior: export keeps the pool importable; import gives it the next free id', async () => {
    server.storage.addPool({ name: 'fast', disks: ['sdc'] });
    expect(await client.call('pool.query', [], { select: ['id', 'name'] })).toEqual([
      { id: 1, name: 'tank' },
      { id: 2, name: 'fast' },
    ]);
    await runJob(client, 'pool.export', 2);
    expect(await client.call('pool.query', [], { count: true })).toBe(1);
    expect(await client.call('pool.dataset.query', [['pool', '=', 'fast']])).toEqual([]);
    const found = (await runJob(client, 'pool.import_find')) as Row[];
    expect(found).toEqual([expect.objectContaining({ name: 'fast', status: 'ONLINE', hostname: 'truenas' })]);
    await runJob(client, 'pool.export', 1);
    expect(await runJob(client, 'pool.import_pool', { guid: found[0]?.guid, name: 'quick' })).toBe(true);
    expect(await client.call('pool.query', [], { select: ['id', 'name'] })).toEqual([{ id: 1, name: 'quick' }]);
    expect(await client.call('pool.dataset.query', [], { select: ['id'] })).toEqual([{ id: 'quick' }]);
  });

  test('behavior: export with destroy frees the disks', async () => {
    await runJob(client, 'pool.export', 1, { destroy: true });
    expect(await runJob(client, 'pool.import_find')).toEqual([]);
    expect(await client.call('disk.query', [['pool', '!=', null]])).toEqual([]);
    expect(await client.call('pool.dataset.query')).toEqual([]);
  });
});

describe('disk.query', () => {
  test('default: real fields; get_instance by identifier; misses are InstanceNotFound', async () => {
    const disks = (await checked(client, '25.10', 'disk.query')) as Row[];
    expect(disks.map((d) => d.name)).toEqual(['sda', 'sdb', 'sdc', 'sdd']);
    expect(disks[0]).toMatchObject({ devname: 'sda', size: 1024 ** 4, pool: 'tank', type: 'HDD', number: 2048 });
    expect(disks[0]).not.toHaveProperty('togglesmart');
    const one = await checked(client, '25.10', 'disk.get_instance', disks[2]?.identifier);
    expect(one).toMatchObject({ name: 'sdc', pool: null, zfs_guid: null });
    expect((await callError(client, 'disk.get_instance', '{serial}NOPE')).data?.extra).toEqual([
      [null, 'Disk {serial}NOPE does not exist', 2],
    ]);
  });
});
