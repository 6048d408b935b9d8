import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { checked, login, runJob, startServer, useStorageServer, waitJob } from './storageClient.js';

type Row = Record<string, unknown>;
type Prop = { parsed: unknown };

let server: MockServer;
let client: RawClient;
useStorageServer((s, c) => {
  server = s;
  client = c;
});

const GiB = 1024 ** 3;

function local(source: string, target: string, extra: Row = {}): Row {
  return {
    direction: 'PUSH',
    transport: 'LOCAL',
    source_datasets: [source],
    target_dataset: target,
    recursive: false,
    retention_policy: 'NONE',
    ...extra,
  };
}

async function failedJob(method: string, ...params: unknown[]): Promise<Row> {
  const id = (await client.call(method, ...params)) as number;
  const job = await waitJob(client, id);
  expect(job.state).toBe('FAILED');
  return job;
}

const prop = (row: Row | undefined, name: string) => (row?.[name] as Prop | undefined)?.parsed;

describe('replication.run_onetime (LOCAL)', () => {
  test('default: copies a zvol at a snapshot into an independent dataset', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/vms/vm0', name: 'base' });
    server.storage.writeData('tank/vms/vm0', GiB);
    expect(
      await runJob(client, 'replication.run_onetime', local('tank/vms/vm0', 'tank/copy', { name_regex: 'base' })),
    ).toBe(null);
    const copy = (await checked(client, '25.10', 'pool.dataset.get_instance', 'tank/copy', {
      extra: { properties: ['volsize', 'volblocksize', 'origin', 'referenced', 'used', 'readonly'] },
    })) as Row;
    expect(copy.type).toBe('VOLUME');
    expect(prop(copy, 'volsize')).toBe(10 * GiB);
    const plain = (await client.call('pool.dataset.get_instance', 'tank/vms', {
      extra: { properties: ['origin'] },
    })) as Row;
    expect(prop(copy, 'origin')).toBe(prop(plain, 'origin'));
    // the copy holds the data of the snapshot (2 GiB), not the head written after it (3 GiB)
    expect(prop(copy, 'referenced')).toBe(2 * GiB);
    expect(prop(copy, 'readonly')).toBe(true);
    const snaps = (await client.call('pool.snapshot.query', [['dataset', '=', 'tank/copy']])) as Row[];
    expect(snaps.map((s) => s.name)).toEqual(['tank/copy@base']);
  });

  test('behavior: the copy survives the origin snapshot and the source', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/media', name: 'base' });
    await runJob(
      client,
      'replication.run_onetime',
      local('tank/media', 'tank/media-copy', { name_regex: 'base', readonly: 'IGNORE' }),
    );
    await client.call('pool.snapshot.delete', 'tank/media@base');
    await client.call('pool.dataset.delete', 'tank/media', { recursive: true });
    const copy = server.storage.dataset('tank/media-copy');
    expect(prop(copy, 'used')).toBeGreaterThanOrEqual(20 * GiB);
    expect(copy?.readonly).toMatchObject({ source: expect.not.stringMatching(/LOCAL/) });
    expect(server.storage.snapshot('tank/media-copy@base')).toBeDefined();
  });

  test('behavior: only matching snapshots; a second run sends the newer ones', async () => {
    for (const name of ['auto-2025-01-01_00-00', 'manual', 'auto-2025-01-02_00-00']) {
      await client.call('pool.snapshot.create', { dataset: 'tank/home', name });
    }
    const data = local('tank/home', 'tank/home-copy', { also_include_naming_schema: ['auto-%Y-%m-%d_%H-%M'] });
    await runJob(client, 'replication.run_onetime', data);
    const names = async () =>
      ((await client.call('pool.snapshot.query', [['dataset', '=', 'tank/home-copy']])) as Row[]).map(
        (s) => s.snapshot_name,
      );
    expect(await names()).toEqual(['auto-2025-01-01_00-00', 'auto-2025-01-02_00-00']);
    await client.call('pool.snapshot.create', { dataset: 'tank/home', name: 'auto-2025-01-03_00-00' });
    await runJob(client, 'replication.run_onetime', data);
    expect(await names()).toEqual(['auto-2025-01-01_00-00', 'auto-2025-01-02_00-00', 'auto-2025-01-03_00-00']);
  });

  test('behavior: recursive copies descendants (minus exclude)', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/home', name: 'r', recursive: true });
    await runJob(
      client,
      'replication.run_onetime',
      local('tank/home', 'tank/h2', { name_regex: 'r', recursive: true }),
    );
    expect(server.storage.datasetNames().filter((n) => n.startsWith('tank/h2'))).toEqual(['tank/h2', 'tank/h2/alice']);
    expect(server.storage.dataset('tank/h2/alice')?.user_properties).toMatchObject({
      'org.example:owner': expect.objectContaining({ value: 'alice' }),
    });
  });

  test('error: other transports are not emulated', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/media', name: 's' });
    const job = await failedJob(
      'replication.run_onetime',
      local('tank/media', 'tank/x', { transport: 'SSH', name_regex: 's' }),
    );
    expect(String(job.error)).toContain('tn-mock emulates replication.run_onetime only with transport LOCAL (got SSH)');
  });

  test('error: a push needs a name regex or naming schema', async () => {
    const job = await failedJob('replication.run_onetime', local('tank/media', 'tank/x'));
    expect(String(job.error)).toContain('Name Regex');
  });

  test('error: nothing matches, parent missing, existing data, out of space', async () => {
    await client.call('pool.snapshot.create', { dataset: 'tank/media', name: 's' });
    expect(
      String((await failedJob('replication.run_onetime', local('tank/media', 'tank/x', { name_regex: 'zzz' }))).error),
    ).toContain('nothing to replicate');
    expect(
      String((await failedJob('replication.run_onetime', local('tank/media', 'tank/no/x', { name_regex: 's' }))).error),
    ).toContain('parent does not exist');
    expect(
      String((await failedJob('replication.run_onetime', local('tank/media', 'tank/vms', { name_regex: 's' }))).error),
    ).toContain('Refusing to overwrite existing data');
    server.storage.fillPool('tank', 97);
    expect(
      String((await failedJob('replication.run_onetime', local('tank/media', 'tank/x', { name_regex: 's' }))).error),
    ).toContain('out of space');
  });

  test('error: params are strict (a validation failure fails the job)', async () => {
    const job = await failedJob('replication.run_onetime', { transport: 'LOCAL' });
    expect(job.exc_info).toMatchObject({ type: 'VALIDATION' });
  });
});

describe('replication.run_onetime on 25.04', () => {
  let old: MockServer;
  let oldClient: RawClient;
  beforeAll(async () => {
    old = await startServer({ version: '25.04' });
    oldClient = await login(old);
  });
  afterAll(async () => {
    await oldClient.close();
    await old.stop();
  });

  test('default: works with zfs.snapshot.*; `mount` (25.10 only) is refused', async () => {
    await oldClient.call('zfs.snapshot.create', { dataset: 'tank/media', name: 's' });
    const data = local('tank/media', 'tank/copy', { name_regex: 's' });
    await expect(runJob(oldClient, 'replication.run_onetime', { ...data, mount: true })).rejects.toThrow(/mount/);
    await runJob(oldClient, 'replication.run_onetime', data);
    expect(old.storage.snapshot('tank/copy@s')).toBeDefined();
  });
});
