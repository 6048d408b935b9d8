import type { MockServer } from '@tn/mock';
import type { RpcClient } from '@tn/rpc';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type ApiClient, NotFoundError } from '../src/index.js';
import { connect, startServer } from './apiHarness.js';

type Vdev = { guid: string; type: string; disk?: string | null; status: string; children: Vdev[] };

let server: MockServer;
let rpc: RpcClient;
let api: ApiClient;
beforeAll(async () => {
  server = await startServer({ version: '25.10', testMethods: true });
  ({ rpc, api } = connect(server));
});
afterEach(() => server.reset());
afterAll(async () => {
  await rpc.close();
  await server.stop();
});

async function dataVdevs(): Promise<Vdev[]> {
  const [pool] = await api.pools.query([['name', '=', 'tank']]);
  if (!pool) throw new Error('seed pool missing');
  return ((pool.topology as { data: Vdev[] } | null)?.data ?? []) as Vdev[];
}
const disksOf = (vdev: Vdev | undefined) => (vdev?.children ?? []).map((c) => c.disk);

describe('pool topology wrappers', () => {
  test('default: replace, attach, detach and expand change the emulated topology', async () => {
    const [pool] = await api.pools.query([['name', '=', 'tank']]);
    const id = pool?.id as number;
    const leaf = (name: string) => ((dataVdevs_[0] as Vdev).children.find((c) => c.disk === name) as Vdev).guid;
    let dataVdevs_ = await dataVdevs();
    await api.pools.replace(id, { label: leaf('sdb'), disk: 'sdc' });
    expect(disksOf((await dataVdevs())[0])).toEqual(['sda', 'sdc']);
    const mirror = (await dataVdevs())[0] as Vdev;
    await api.pools.attach(id, { target_vdev: mirror.guid, new_disk: 'sdd' });
    expect(disksOf((await dataVdevs())[0])).toEqual(['sda', 'sdc', 'sdd']);
    dataVdevs_ = await dataVdevs();
    await api.pools.detach(id, { label: leaf('sdd') });
    expect(disksOf((await dataVdevs())[0])).toEqual(['sda', 'sdc']);
    await api.pools.expand(id);
    expect((await api.pools.get(id)).status).toBe('ONLINE');
  });

  test('error: removing the only data vdev or an unknown label is refused with a typed error', async () => {
    const [pool] = await api.pools.query([['name', '=', 'tank']]);
    const mirror = (await dataVdevs())[0] as Vdev;
    const err = await api.pools.remove(pool?.id as number, { label: 'no-such-vdev' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: expect.stringMatching(/Error$/) });
    expect((err as { code?: string }).code).toBeDefined();
    expect(mirror.type).toBe('MIRROR');
  });
});

describe('other wrappers', () => {
  test('default: promote swaps a clone with its origin', async () => {
    await api.snapshots.create({ dataset: 'tank/media', name: 'p1' });
    await api.snapshots.clone({ snapshot: 'tank/media@p1', dataset_dst: 'tank/media-clone' });
    await api.datasets.promote('tank/media-clone');
    const original = await api.datasets.get('tank/media');
    expect((original.origin as { rawvalue?: string } | undefined)?.rawvalue).toBe('tank/media-clone@p1');
  });

  test('default: alerts dismiss and restore round trip', async () => {
    server.storage.degradePool('tank');
    const [alert] = await api.alerts.list();
    expect(alert).toBeDefined();
    const uuid = alert?.uuid as string;
    await api.alerts.dismiss(uuid);
    expect((await api.alerts.list()).find((a) => a.uuid === uuid)?.dismissed).toBe(true);
    await api.alerts.restore(uuid);
    expect((await api.alerts.list()).find((a) => a.uuid === uuid)?.dismissed).toBe(false);
  });

  test('default: system info/state, global configs, disks.get and jobs.abort', async () => {
    expect((await api.system.info()).version).toContain('25.10');
    expect(await api.system.ready()).toBe(true);
    expect(await api.system.state()).toBe('READY');
    const iscsi = await api.iscsi.global.config();
    expect(iscsi.basename).toEqual(expect.any(String));
    await api.iscsi.global.update({ basename: 'iqn.2026-11.test.tn' });
    expect((await api.iscsi.global.config()).basename).toBe('iqn.2026-11.test.tn');
    expect(typeof (await api.nvmet.global.config()).basenqn).toBe('string');
    const [disk] = await api.disks.query();
    const identifier = disk?.identifier as string;
    expect((await api.disks.get(identifier)).name).toBe(disk?.name);
    await expect(api.disks.get('{serial}nope')).rejects.toBeInstanceOf(NotFoundError);
    const running = rpc.job('test.job', [50, 20]).catch((e: unknown) => e);
    await expect.poll(async () => (await api.jobs.query([['method', '=', 'test.job']])).length).toBeGreaterThan(0);
    const [job] = await api.jobs.query([['method', '=', 'test.job']]);
    await api.jobs.abort(job?.id as number);
    expect(await running).toMatchObject({ code: expect.stringMatching(/ABORTED|JOB_ABORTED/) });
  });
});
