import type { JobProgress } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { createApiClient, MethodNotSupportedError, NotFoundError, where } from '../src/index.js';
import { useMockApi } from './apiHarness.js';

const mock = useMockApi({ version: '25.10' });

describe('datasets', () => {
  test('default: create, get, update, delete recursive', async () => {
    const created = await mock.api.datasets.create({ name: 'tank/wrap', comments: 'first' });
    expect(created.id).toBe('tank/wrap');
    await mock.api.datasets.create({ name: 'tank/wrap/child' });
    const got = await mock.api.datasets.get('tank/wrap');
    expect(got.name).toBe('tank/wrap');
    await mock.api.datasets.update('tank/wrap', { comments: 'second' });
    await mock.api.datasets.delete('tank/wrap', { recursive: true, force: true });
    await expect(mock.api.datasets.get('tank/wrap/child')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('behavior: where() output is accepted as filters', async () => {
    type Row = { name: string; pool: string };
    const q = where<Row>();
    const rows = await mock.api.datasets.query(
      q.and(q.startsWith('name', 'tank/vms')),
      q.options({ orderBy: ['name'] }),
    );
    expect(rows.map((r) => r.name)).toEqual(['tank/vms', 'tank/vms/vm0']);
  });

  test('behavior: rename (25.10) and attachments', async () => {
    await mock.api.datasets.create({ name: 'tank/old' });
    await mock.api.datasets.rename('tank/old', { new_name: 'tank/new', force: true });
    expect((await mock.api.datasets.get('tank/new')).name).toBe('tank/new');
    expect(Array.isArray(await mock.api.datasets.attachments('tank/new'))).toBe(true);
  });

  test('behavior: destroySnapshots runs as a job', async () => {
    await mock.api.snapshots.create({ dataset: 'tank/media', name: 's1' });
    await mock.api.snapshots.create({ dataset: 'tank/media', name: 's2' });
    const destroyed = await mock.api.datasets.destroySnapshots('tank/media', { all: true });
    expect(destroyed).toEqual(expect.arrayContaining(['tank/media@s1', 'tank/media@s2']));
    expect(await mock.api.snapshots.query([['dataset', '=', 'tank/media']])).toEqual([]);
  });
});

describe('snapshots', () => {
  test('default: hold, release, clone, rollback, rename', async () => {
    await mock.api.snapshots.create({ dataset: 'tank/media', name: 'keep' });
    await mock.api.snapshots.hold('tank/media@keep');
    await mock.api.snapshots.release('tank/media@keep');
    await mock.api.snapshots.clone({ snapshot: 'tank/media@keep', dataset_dst: 'tank/media-clone' });
    expect((await mock.api.datasets.get('tank/media-clone')).name).toBe('tank/media-clone');
    await mock.api.snapshots.rollback('tank/media@keep');
    await mock.api.snapshots.rename('tank/media@keep', { new_name: 'tank/media@kept', force: true });
    expect((await mock.api.snapshots.get('tank/media@kept')).name).toBe('tank/media@kept');
  });
});

describe('pools, disks, alerts, jobs', () => {
  test('default: pool lookups', async () => {
    const tank = await mock.api.pools.find([['name', '=', 'tank']]);
    expect(tank.name).toBe('tank');
    expect((await mock.api.pools.get(tank.id)).name).toBe('tank');
    expect(typeof (await mock.api.pools.isUpgraded(tank.id))).toBe('boolean');
    expect(await mock.api.pools.runScrub('tank', 0)).toBeDefined();
  });

  test('behavior: export with progress, then import', async () => {
    const tank = await mock.api.pools.find([['name', '=', 'tank']]);
    const progress: JobProgress[] = [];
    await mock.api.pools.export(tank.id, {}, { onProgress: (p) => progress.push(p) });
    expect(progress.length).toBeGreaterThan(0);
    const found = await mock.api.pools.importFind();
    const candidate = found.find((p) => p.name === 'tank');
    if (!candidate) throw new Error('tank is importable');
    await mock.api.pools.import({ guid: candidate.guid });
    expect((await mock.api.pools.find([['name', '=', 'tank']])).name).toBe('tank');
  });

  test('default: disks and alerts', async () => {
    const disks = await mock.api.disks.query([], { order_by: ['name'] });
    expect(disks.map((d) => d.name)).toEqual(expect.arrayContaining(['sda', 'sdb']));
    expect(Array.isArray(await mock.api.alerts.list())).toBe(true);
    expect(Array.isArray(await mock.api.alerts.categories())).toBe(true);
  });

  test('behavior: jobs.query and jobs.wait', async () => {
    const tank = await mock.api.pools.find([['name', '=', 'tank']]);
    await mock.api.pools.scrub(tank.id, 'START');
    const [job] = await mock.api.jobs.query([['method', '=', 'pool.scrub']], { order_by: ['-id'], limit: 1 });
    if (typeof job?.id !== 'number') throw new Error('the scrub job is listed');
    expect(job.state).toBe('SUCCESS');
    expect(await mock.api.jobs.wait(job.id)).toEqual(job.result);
  });
});

describe('createApiClient', () => {
  test('behavior: a pinned version is never asked for', async () => {
    const pinned = createApiClient(mock.rpc, { version: '25.04' });
    const before = mock.server.executions('system.version');
    expect(await pinned.version()).toBe('25.04');
    await expect(pinned.nvmet.subsystems.query()).rejects.toBeInstanceOf(MethodNotSupportedError);
    expect(mock.server.executions('system.version')).toBe(before);
  });

  test('error: an unmodelled release line is refused', async () => {
    mock.server.use({ 'system.version': () => 'TrueNAS-SCALE-24.10.2' });
    const fresh = createApiClient(mock.rpc);
    await expect(fresh.version()).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });

  test('behavior: nvmet wrappers work on 25.10 (handlers registered for the test)', async () => {
    const host = { id: 1, hostnqn: 'nqn.2014-08.org.nvmexpress:uuid:0', dhchap_key: null, dhchap_hash: 'SHA-256' };
    mock.server.register('nvmet.host', { query: () => [host], get_instance: () => host });
    expect(await mock.api.nvmet.hosts.query()).toEqual([host]);
    expect(await mock.api.nvmet.hosts.get(1)).toEqual(host);
  });
});
