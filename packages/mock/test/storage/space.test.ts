import { describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, useStorageServer } from './storageClient.js';

type Row = Record<string, unknown>;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

let server: MockServer;
let client: RawClient;
useStorageServer((s, c) => {
  server = s;
  client = c;
});

const SPACE_PROPS = [
  'used',
  'usedbydataset',
  'usedbychildren',
  'usedbysnapshots',
  'usedbyrefreservation',
  'available',
  'referenced',
  'refreservation',
  'volsize',
] as const;

async function space(id: string): Promise<Record<(typeof SPACE_PROPS)[number], number>> {
  const row = (await client.call('pool.dataset.get_instance', id, {
    extra: { properties: [...SPACE_PROPS] },
  })) as Record<string, { parsed: number | null } | undefined>;
  const out = {} as Record<(typeof SPACE_PROPS)[number], number>;
  for (const key of SPACE_PROPS) out[key] = row[key]?.parsed ?? 0;
  return out;
}

async function pool(): Promise<Row> {
  return (await client.call('pool.get_instance', 1)) as Row;
}

describe('space accounting', () => {
  test('default: used = dataset + snapshots + children + refreservation; parents add children up', async () => {
    const vm0 = await space('tank/vms/vm0');
    expect(vm0).toMatchObject({
      volsize: 10 * GiB,
      refreservation: 10 * GiB,
      referenced: 2 * GiB,
      usedbydataset: 2 * GiB,
    });
    expect(vm0.usedbyrefreservation).toBe(8 * GiB);
    expect(vm0.used).toBe(10 * GiB);
    const vms = await space('tank/vms');
    expect(vms.usedbychildren).toBe(10 * GiB);
    expect(vms.used).toBe(vms.usedbydataset + 10 * GiB);
    const root = await space('tank');
    const children = ['tank/home', 'tank/media', 'tank/vms'];
    let sum = 0;
    for (const child of children) sum += (await space(child)).used;
    expect(root.usedbychildren).toBe(sum);
  });

  test('behavior: pool allocated counts written data, not reservations; root available = usable - used', async () => {
    const p = await pool();
    expect(p.size).toBe(TiB);
    const written = 98304 * 3 + 5 * GiB + 20 * GiB + 2 * GiB;
    expect(p.allocated).toBe(written);
    const root = await space('tank');
    const slop = 32 * GiB; // 1/32 of a 1 TiB pool
    expect(root.available).toBe(TiB - slop - root.used);
  });

  test('behavior: a quota bounds the child; a child sees its parent available plus its own unused reservation', async () => {
    const alice = await space('tank/home/alice');
    expect(alice.available).toBe(100 * GiB - 5 * GiB);
    const vm0 = await space('tank/vms/vm0');
    const vms = await space('tank/vms');
    expect(vm0.available).toBe(vms.available + 8 * GiB);
  });

  test('behavior: thick zvol reserves refreservation, sparse does not', async () => {
    const before = (await space('tank/vms')).used;
    await client.call('pool.dataset.create', { name: 'tank/vms/thick', type: 'VOLUME', volsize: 4 * GiB });
    await client.call('pool.dataset.create', {
      name: 'tank/vms/thin',
      type: 'VOLUME',
      volsize: 4 * GiB,
      sparse: true,
      volblocksize: '64K',
    });
    const thick = await space('tank/vms/thick');
    const thin = await space('tank/vms/thin');
    expect(thick.refreservation).toBe(4 * GiB);
    expect(thin.refreservation).toBe(0);
    expect((await space('tank/vms')).used).toBe(before + thick.used + thin.used);
    expect(thin.used).toBe(57344);
    const row = (await client.call('pool.dataset.get_instance', 'tank/vms/thin')) as Record<string, { value: unknown }>;
    expect(row.volblocksize?.value).toBe('64K');
  });

  test('behavior: growing a thick zvol grows its refreservation; quotas below used fail', async () => {
    await client.call('pool.dataset.update', 'tank/vms/vm0', { volsize: 20 * GiB });
    expect(await space('tank/vms/vm0')).toMatchObject({ volsize: 20 * GiB, refreservation: 20 * GiB });
    const quota = await callError(client, 'pool.dataset.update', 'tank/home/alice', { quota: GiB });
    expect(quota.data?.extra).toEqual([
      ['pool.dataset.update', 'Failed to update properties: size is less than current used or reserved space', 22],
    ]);
  });
});

describe('out of space', () => {
  test('behavior: fillPool → capacity alert; a thick zvol beyond free space fails like ZFS (ENOSPC)', async () => {
    const reached = server.storage.fillPool('tank', 95);
    expect(reached).toBeGreaterThan(94.9);
    const p = await pool();
    expect((p.allocated as number) / (p.size as number)).toBeGreaterThan(0.94);
    const alerts = (await client.call('alert.list')) as Row[];
    expect(alerts.map((a) => a.klass)).toEqual(['ZpoolCapacityCritical']);
    expect(alerts[0]?.formatted).toBe(
      'Space usage for pool "tank" is 95%. Keeping space usage below 80% is recommended for performance.',
    );
    const advice = await callError(client, 'pool.dataset.create', {
      name: 'tank/big',
      type: 'VOLUME',
      volsize: 100 * GiB,
    });
    expect(advice.data?.extra).toEqual([
      [
        'pool_dataset_create.volsize',
        'It is not recommended to use more than 80% of your available space for VOLUME',
        22,
      ],
    ]);
    const error = await callError(client, 'pool.dataset.create', {
      name: 'tank/big',
      type: 'VOLUME',
      volsize: 100 * GiB,
      force_size: true,
    });
    expect(error).toMatchObject({
      code: -32001,
      data: { error: 28, errname: 'ENOSPC', reason: '[ENOSPC] Failed to create dataset tank/big: out of space' },
    });
    await client.call('pool.dataset.create', {
      name: 'tank/thin',
      type: 'VOLUME',
      volsize: 100 * GiB,
      sparse: true,
      force_size: true,
    });
  });

  test('behavior: writes are bounded by quota and available; deleting data under a snapshot moves it to the snapshot', async () => {
    expect(() => server.storage.writeData('tank/home/alice', 96 * GiB)).toThrow(/out of space/);
    server.storage.writeData('tank/home/alice', -2 * GiB);
    const alice = await space('tank/home/alice');
    expect(alice).toMatchObject({ usedbydataset: 3 * GiB, usedbysnapshots: 2 * GiB, used: 5 * GiB });
    const [snap] = (await client.call('pool.snapshot.query', [], {
      extra: { properties: ['used', 'referenced'] },
    })) as {
      properties: Record<string, { parsed: number }>;
    }[];
    expect(snap?.properties.used?.parsed).toBe(2 * GiB);
    expect(snap?.properties.referenced?.parsed).toBe(5 * GiB);
  });
});
