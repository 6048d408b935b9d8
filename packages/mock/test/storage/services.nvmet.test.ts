import { describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { Msg, RawClient } from '../rawClient.js';
import { callError, checked, useStorageServer } from './storageClient.js';

type Row = Record<string, unknown>;

/** Attribute of the first validation entry of an error. */
function attrOf(error: { data?: { extra?: unknown } }): unknown {
  const extra = error.data?.extra;
  return Array.isArray(extra) && Array.isArray(extra[0]) ? extra[0][0] : undefined;
}

let server: MockServer;
let client: RawClient;
useStorageServer((s, c) => {
  server = s;
  client = c;
});

const V = '25.10';
const HOSTNQN = 'nqn.2014-08.org.nvmexpress:uuid:host-1';

async function subsys(name: string, extra: Row = {}): Promise<Row> {
  return (await checked(client, V, 'nvmet.subsys.create', { name, ...extra })) as Row;
}

describe('nvmet.global', () => {
  test('default: config and update', async () => {
    expect(await checked(client, V, 'nvmet.global.config')).toMatchObject({
      id: 1,
      basenqn: 'nqn.2011-06.com.truenas',
    });
    expect(await checked(client, V, 'nvmet.global.update', { ana: true })).toMatchObject({ ana: true });
    expect(await client.call('nvmet.global.config')).toMatchObject({ ana: true });
  });
});

describe('hosts, subsystems, ports, namespaces', () => {
  test('default: CRUD with real shapes', async () => {
    const host = (await checked(client, V, 'nvmet.host.create', { hostnqn: HOSTNQN })) as Row;
    expect(host).toMatchObject({ id: 1, hostnqn: HOSTNQN, dhchap_key: null, dhchap_hash: 'SHA-256' });
    expect(await checked(client, V, 'nvmet.host.update', 1, { dhchap_hash: 'SHA-512' })).toMatchObject({
      dhchap_hash: 'SHA-512',
    });
    const s = await subsys('s0');
    expect(s).toMatchObject({
      id: 1,
      name: 's0',
      subnqn: 'nqn.2011-06.com.truenas:s0',
      allow_any_host: false,
      hosts: [],
      namespaces: [],
      ports: [],
    });
    expect(typeof s.serial).toBe('string');
    const port = (await checked(client, V, 'nvmet.port.create', { addr_trtype: 'TCP', addr_traddr: '0.0.0.0' })) as Row;
    expect(port).toMatchObject({ id: 1, index: 1, addr_trsvcid: 4420, addr_adrfam: 'IPV4', enabled: true });
    const ns = (await checked(client, V, 'nvmet.namespace.create', {
      device_type: 'ZVOL',
      device_path: 'zvol/tank/vms/vm0',
      subsys_id: 1,
    })) as Row;
    expect(ns).toMatchObject({ id: 1, nsid: 1, subsys: { id: 1, name: 's0', namespaces: [1] }, locked: false });
    expect(ns).not.toHaveProperty('subsys_id');
    expect(await checked(client, V, 'nvmet.namespace.update', 1, { enabled: false })).toMatchObject({ enabled: false });
    for (const ns of ['nvmet.host', 'nvmet.subsys', 'nvmet.port', 'nvmet.namespace']) {
      expect(await checked(client, V, `${ns}.query`)).toHaveLength(1);
      expect(await checked(client, V, `${ns}.get_instance`, 1)).toMatchObject({ id: 1 });
    }
    expect(await checked(client, V, 'nvmet.namespace.delete', 1)).toBe(true);
    expect(await checked(client, V, 'nvmet.port.delete', 1)).toBe(true);
    expect(await checked(client, V, 'nvmet.subsys.delete', 1)).toBe(true);
    expect(await checked(client, V, 'nvmet.host.delete', 1)).toBe(true);
  });

  test('behavior: namespace device must be an existing zvol; nsid unique per subsystem', async () => {
    await subsys('s0');
    const err = await callError(client, 'nvmet.namespace.create', {
      device_type: 'ZVOL',
      device_path: 'zvol/tank/none',
      subsys_id: 1,
    });
    expect(err.code).toBe(-32602);
    expect(err.data?.extra).toEqual([
      ['nvmet_namespace_create.device_path', 'Device zvol/tank/none does not exist', 22],
    ]);
    await client.call('nvmet.namespace.create', {
      device_type: 'ZVOL',
      device_path: 'zvol/tank/vms/vm0',
      subsys_id: 1,
    });
    const dup = await callError(client, 'nvmet.namespace.create', {
      device_type: 'ZVOL',
      device_path: 'zvol/tank/vms/vm0',
      subsys_id: 1,
      nsid: 1,
    });
    expect(attrOf(dup)).toBe('nvmet_namespace_create.nsid');
  });

  test('behavior: link rows nest host/port and subsys objects', async () => {
    await client.call('nvmet.host.create', { hostnqn: HOSTNQN });
    await subsys('s0');
    await client.call('nvmet.port.create', { addr_trtype: 'TCP', addr_traddr: '10.0.0.1', addr_trsvcid: 4421 });
    const hs = (await checked(client, V, 'nvmet.host_subsys.create', { host_id: 1, subsys_id: 1 })) as Row;
    expect(hs).toEqual({
      id: 1,
      host: expect.objectContaining({ id: 1, hostnqn: HOSTNQN }),
      subsys: expect.objectContaining({ id: 1, name: 's0', hosts: [1] }),
    });
    const ps = (await checked(client, V, 'nvmet.port_subsys.create', { port_id: 1, subsys_id: 1 })) as Row;
    expect(ps).toEqual({
      id: 1,
      port: expect.objectContaining({ id: 1, addr_traddr: '10.0.0.1', addr_trsvcid: 4421 }),
      subsys: expect.objectContaining({ id: 1, ports: [1] }),
    });
    expect(await checked(client, V, 'nvmet.host_subsys.query')).toHaveLength(1);
    expect(await checked(client, V, 'nvmet.port_subsys.get_instance', 1)).toMatchObject({ port: { id: 1 } });
    expect(await client.call('nvmet.host_subsys.query', [['host.hostnqn', '=', HOSTNQN]])).toHaveLength(1);
    const dup = await callError(client, 'nvmet.host_subsys.create', { host_id: 1, subsys_id: 1 });
    expect(dup.code).toBe(-32602);
    expect(await checked(client, V, 'nvmet.host_subsys.delete', 1)).toBe(true);
    expect(await checked(client, V, 'nvmet.port_subsys.delete', 1)).toBe(true);
    expect(await client.call('nvmet.subsys.get_instance', 1)).toMatchObject({ hosts: [], ports: [] });
  });

  test('behavior: allow_any_host is rejected while hosts are linked', async () => {
    await client.call('nvmet.host.create', { hostnqn: HOSTNQN });
    await subsys('s0');
    await client.call('nvmet.host_subsys.create', { host_id: 1, subsys_id: 1 });
    const err = await callError(client, 'nvmet.subsys.update', 1, { allow_any_host: true });
    expect(err.code).toBe(-32602);
    expect(attrOf(err)).toBe('nvmet_subsys_update.allow_any_host');
    await client.call('nvmet.host_subsys.delete', 1);
    expect(await client.call('nvmet.subsys.update', 1, { allow_any_host: true })).toMatchObject({
      allow_any_host: true,
    });
  });

  test('behavior: deleting a subsystem removes its namespaces and links; ids re-used', async () => {
    await client.call('nvmet.host.create', { hostnqn: HOSTNQN });
    await subsys('s0');
    await subsys('s1');
    await client.call('nvmet.namespace.create', {
      device_type: 'ZVOL',
      device_path: 'zvol/tank/vms/vm0',
      subsys_id: 2,
    });
    await client.call('nvmet.host_subsys.create', { host_id: 1, subsys_id: 2 });
    await client.call('core.subscribe', 'nvmet.namespace.query');
    await client.call('core.subscribe', 'nvmet.host_subsys.query');
    await client.call('core.subscribe', 'nvmet.subsys.query');
    await client.call('core.ping');
    client.messages.length = 0;
    await client.call('nvmet.subsys.delete', 2);
    await client.call('core.ping');
    expect(
      client.messages
        .filter((m: Msg) => m.method === 'collection_update')
        .map((m) => [m.params?.collection, m.params?.msg, m.params?.id]),
    ).toEqual([
      ['nvmet.subsys.query', 'removed', 2],
      ['nvmet.namespace.query', 'removed', 1],
      ['nvmet.host_subsys.query', 'removed', 1],
    ]);
    expect(await client.call('nvmet.namespace.query')).toEqual([]);
    expect(((await subsys('s2')) as Row).id).toBe(2);
  });

  test('behavior: attachments list zvol namespaces', async () => {
    await subsys('s0');
    await client.call('nvmet.namespace.create', {
      device_type: 'ZVOL',
      device_path: 'zvol/tank/vms/vm0',
      subsys_id: 1,
    });
    expect(await client.call('pool.dataset.attachments', 'tank/vms/vm0')).toEqual([
      { type: 'NVMe-oF Namespace', service: 'nvmet', attachments: ['zvol/tank/vms/vm0'] },
    ]);
    server.reset();
    expect(await client.call('nvmet.namespace.query')).toEqual([]);
  });
});
