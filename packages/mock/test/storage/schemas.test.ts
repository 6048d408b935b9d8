import { methodSpec } from '@tn/api/schemas';
import { describe, expect, test } from 'vitest';
import type { VersionProfile } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { login, startServer, waitJob } from './storageClient.js';

type Call = [method: string, ...params: unknown[]];

/** Every storage method with params that succeed on the default seed, in an order that keeps them valid. */
function calls(version: VersionProfile, guids: { mirror: string; second: string }): Call[] {
  const snap = version === '25.10' ? 'pool.snapshot' : 'zfs.snapshot';
  const list: Call[] = [
    ['pool.query'],
    ['pool.query', [], { get: true }],
    ['pool.get_instance', 1],
    ['pool.is_upgraded', 1],
    ['pool.scrub', 1, 'START'],
    ['pool.scrub.run', 'tank', 100000],
    ['pool.scrub.scrub', 'tank', 'START'],
    ['pool.expand', 1],
    ['pool.attach', 1, { target_vdev: guids.mirror, new_disk: 'sdc' }],
    ['pool.replace', 1, { label: guids.second, disk: 'sdd' }],
    ['pool.dataset.query'],
    ['pool.dataset.query', [], { extra: { flat: false, properties: ['used'] } }],
    ['pool.dataset.get_instance', 'tank/home'],
    ['pool.dataset.create', { name: 'tank/s' }],
    ['pool.dataset.create', { name: 'tank/s/vol', type: 'VOLUME', volsize: 1024 ** 3 }],
    ['pool.dataset.update', 'tank/s', { comments: 'c', quota: 1024 ** 4 }],
    ['pool.dataset.attachments', 'tank/s'],
    [`${snap}.create`, { dataset: 'tank/s', name: 'a' }],
    [`${snap}.query`],
    [`${snap}.get_instance`, 'tank/s@a'],
    [`${snap}.hold`, 'tank/s@a'],
    [`${snap}.release`, 'tank/s@a'],
    [`${snap}.clone`, { snapshot: 'tank/s@a', dataset_dst: 'tank/s2' }],
    ['pool.dataset.promote', 'tank/s2'],
    [`${snap}.create`, { dataset: 'tank/s2', name: 'b' }],
    [`${snap}.rollback`, 'tank/s2@b'],
    [`${snap}.delete`, 'tank/s2@b'],
    ['pool.dataset.destroy_snapshots', 'tank/home/alice', { all: true }],
    ['pool.dataset.delete', 'tank/s', { recursive: true }],
    ['disk.query'],
    ['alert.list'],
    ['alert.list_categories'],
    ['pool.import_find'],
  ];
  if (version === '25.10') {
    list.push(['pool.dataset.rename', 'tank/s2', { new_name: 'tank/s3', force: true }]);
    list.push(['pool.snapshot.create', { dataset: 'tank/s3', name: 'c' }]);
    list.push(['pool.snapshot.rename', 'tank/s3@c', { new_name: 'tank/s3@d', force: true }]);
  }
  return list;
}

async function result(client: RawClient, version: VersionProfile, method: string, params: unknown[]): Promise<unknown> {
  const spec = methodSpec(method as Parameters<typeof methodSpec>[0], version);
  if (!spec.supported) throw new Error(`${method} missing on ${version}`);
  const value = await client.call(method, ...params);
  if (!spec.job || version === '25.10') return value;
  const job = await waitJob(client, value as number);
  if (job.state !== 'SUCCESS') throw new Error(`${method}: ${String(job.error)}`);
  return job.result;
}

describe.each(['25.10', '25.04'] as const)('results match methodSpec(method, %s).result', (version) => {
  test('default: every storage handler returns the real shape', async () => {
    const server = await startServer({ version });
    const client = await login(server);
    if (version === '25.10') await client.call('core.set_options', { legacy_jobs: false });
    const [pool] = (await client.call('pool.query')) as {
      topology: { data: { guid: string; children: { guid: string }[] }[] };
    }[];
    const mirror = pool?.topology.data[0];
    const guids = { mirror: mirror?.guid ?? '', second: mirror?.children[1]?.guid ?? '' };
    for (const [method, ...params] of calls(version, guids)) {
      const spec = methodSpec(method as Parameters<typeof methodSpec>[0], version);
      if (!spec.supported) throw new Error(`${method} missing on ${version}`);
      const value = await result(client, version, method, params);
      const parsed = (spec.result as { safeParse(v: unknown): { success: boolean; error?: unknown } }).safeParse(value);
      expect({ method, ok: parsed.success, error: parsed.success ? undefined : parsed.error }).toEqual({
        method,
        ok: true,
        error: undefined,
      });
    }
    const check = async (method: string, ...params: unknown[]) => {
      const spec = methodSpec(method as Parameters<typeof methodSpec>[0], version);
      if (!spec.supported) throw new Error(`${method} missing on ${version}`);
      const value = await result(client, version, method, params);
      expect((spec.result as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success, method).toBe(
        true,
      );
      return value;
    };
    server.storage.addPool({
      name: 'logs',
      topology: { data: [{ type: 'STRIPE', disks: ['sde'] }], log: [{ type: 'STRIPE', disks: ['sdf'] }] },
    });
    const logs = (await client.call('pool.query', [['name', '=', 'logs']], { get: true })) as {
      id: number;
      topology: { data: { guid: string }[]; log: { guid: string }[] };
    };
    await check('pool.remove', logs.id, { label: logs.topology.log[0]?.guid });
    await check('pool.attach', logs.id, { target_vdev: logs.topology.data[0]?.guid, new_disk: 'sdf' });
    await check('pool.detach', logs.id, { label: logs.topology.data[0]?.guid });
    await check('pool.export', logs.id);
    const [found] = (await check('pool.import_find')) as { guid: string }[];
    await check('pool.import_pool', { guid: found?.guid });
    await client.close();
    await server.stop();
  });
});
