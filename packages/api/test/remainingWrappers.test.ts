import { describe, expect, test } from 'vitest';
import { NotFoundError } from '../src/index.js';
import { useMockApi } from './apiHarness.js';

type Vdev = { guid: string; type: string; disk?: string | null; status: string; children: Vdev[] };

const mock = useMockApi({ version: '25.10', testMethods: true });

async function dataVdevs(): Promise<Vdev[]> {
  const [pool] = await mock.api.pools.query([['name', '=', 'tank']]);
  if (!pool) throw new Error('seed pool missing');
  return ((pool.topology as { data: Vdev[] } | null)?.data ?? []) as Vdev[];
}
const disksOf = (vdev: Vdev | undefined) => (vdev?.children ?? []).map((c) => c.disk);

describe('pool topology wrappers', () => {
  test('default: replace, attach, detach and expand change the emulated topology', async () => {
    const [pool] = await mock.api.pools.query([['name', '=', 'tank']]);
    const id = pool?.id as number;
    const leaf = (name: string) => ((dataVdevs_[0] as Vdev).children.find((c) => c.disk === name) as Vdev).guid;
    let dataVdevs_ = await dataVdevs();
    await mock.api.pools.replace(id, { label: leaf('sdb'), disk: 'sdc' });
    expect(disksOf((await dataVdevs())[0])).toEqual(['sda', 'sdc']);
    const mirror = (await dataVdevs())[0] as Vdev;
    await mock.api.pools.attach(id, { target_vdev: mirror.guid, new_disk: 'sdd' });
    expect(disksOf((await dataVdevs())[0])).toEqual(['sda', 'sdc', 'sdd']);
    dataVdevs_ = await dataVdevs();
    await mock.api.pools.detach(id, { label: leaf('sdd') });
    expect(disksOf((await dataVdevs())[0])).toEqual(['sda', 'sdc']);
    await mock.api.pools.expand(id);
    expect((await mock.api.pools.get(id)).status).toBe('ONLINE');
  });

  test('error: removing the only data vdev or an unknown label is refused with a typed error', async () => {
    const [pool] = await mock.api.pools.query([['name', '=', 'tank']]);
    const mirror = (await dataVdevs())[0] as Vdev;
    const err = await mock.api.pools.remove(pool?.id as number, { label: 'no-such-vdev' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: expect.stringMatching(/Error$/) });
    expect((err as { code?: string }).code).toBeDefined();
    expect(mirror.type).toBe('MIRROR');
  });
});

describe('other wrappers', () => {
  test('default: promote swaps a clone with its origin', async () => {
    await mock.api.snapshots.create({ dataset: 'tank/media', name: 'p1' });
    await mock.api.snapshots.clone({ snapshot: 'tank/media@p1', dataset_dst: 'tank/media-clone' });
    await mock.api.datasets.promote('tank/media-clone');
    const original = await mock.api.datasets.get('tank/media');
    expect((original.origin as { rawvalue?: string } | undefined)?.rawvalue).toBe('tank/media-clone@p1');
  });

  test('default: alerts dismiss and restore round trip', async () => {
    mock.server.storage.degradePool('tank');
    const [alert] = await mock.api.alerts.list();
    expect(alert).toBeDefined();
    const uuid = alert?.uuid as string;
    await mock.api.alerts.dismiss(uuid);
    expect((await mock.api.alerts.list()).find((a) => a.uuid === uuid)?.dismissed).toBe(true);
    await mock.api.alerts.restore(uuid);
    expect((await mock.api.alerts.list()).find((a) => a.uuid === uuid)?.dismissed).toBe(false);
  });

  test('default: system info/state, global configs, disks.get and jobs.abort', async () => {
    expect((await mock.api.system.info()).version).toContain('25.10');
    expect(await mock.api.system.ready()).toBe(true);
    expect(await mock.api.system.state()).toBe('READY');
    const iscsi = await mock.api.iscsi.global.config();
    expect(iscsi.basename).toEqual(expect.any(String));
    await mock.api.iscsi.global.update({ basename: 'iqn.2026-11.test.tn' });
    expect((await mock.api.iscsi.global.config()).basename).toBe('iqn.2026-11.test.tn');
    expect(typeof (await mock.api.nvmet.global.config()).basenqn).toBe('string');
    const [disk] = await mock.api.disks.query();
    const identifier = disk?.identifier as string;
    expect((await mock.api.disks.get(identifier)).name).toBe(disk?.name);
    await expect(mock.api.disks.get('{serial}nope')).rejects.toBeInstanceOf(NotFoundError);
    const running = mock.rpc.job('test.job', [50, 20]).catch((e: unknown) => e);
    await expect.poll(async () => (await mock.api.jobs.query([['method', '=', 'test.job']])).length).toBeGreaterThan(0);
    const [job] = await mock.api.jobs.query([['method', '=', 'test.job']]);
    await mock.api.jobs.abort(job?.id as number);
    expect(await running).toMatchObject({ code: expect.stringMatching(/ABORTED|JOB_ABORTED/) });
  });
});
