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

async function target(name: string): Promise<number> {
  return ((await checked(client, V, 'iscsi.target.create', { name })) as Row).id as number;
}

async function extent(name: string, disk = 'zvol/tank/vms/vm0'): Promise<number> {
  return ((await checked(client, V, 'iscsi.extent.create', { name, disk })) as Row).id as number;
}

describe('iscsi.global', () => {
  test('default: config and update', async () => {
    expect(await checked(client, V, 'iscsi.global.config')).toMatchObject({ id: 1, listen_port: 3260, alua: false });
    expect(await checked(client, V, 'iscsi.global.update', { basename: 'iqn.2000-01.test' })).toMatchObject({
      basename: 'iqn.2000-01.test',
    });
    expect(await client.call('iscsi.global.config')).toMatchObject({ basename: 'iqn.2000-01.test' });
    server.reset();
    expect(await client.call('iscsi.global.config')).toMatchObject({ basename: 'iqn.2005-10.org.freenas.ctl' });
  });
});

describe('portal, initiator, auth, target CRUD', () => {
  test('default: create/query/get_instance/update/delete with integer ids', async () => {
    const portal = (await checked(client, V, 'iscsi.portal.create', { listen: [{ ip: '0.0.0.0' }] })) as Row;
    expect(portal).toMatchObject({ id: 1, tag: 1, listen: [{ ip: '0.0.0.0', port: 3260 }], comment: '' });
    expect(await checked(client, V, 'iscsi.portal.update', 1, { comment: 'p' })).toMatchObject({ comment: 'p' });
    const initiator = (await checked(client, V, 'iscsi.initiator.create', { initiators: ['iqn.x'] })) as Row;
    expect(initiator).toMatchObject({ id: 1, initiators: ['iqn.x'], comment: '' });
    const auth = (await checked(client, V, 'iscsi.auth.create', {
      tag: 1,
      user: 'u',
      secret: 'secretsecret1',
    })) as Row;
    expect(auth).toMatchObject({ id: 1, peeruser: '', discovery_auth: 'NONE' });
    const t = (await checked(client, V, 'iscsi.target.create', {
      name: 't0',
      groups: [{ portal: 1, initiator: 1, authmethod: 'NONE', auth: null }],
    })) as Row;
    expect(t).toMatchObject({ id: 1, name: 't0', mode: 'ISCSI', rel_tgt_id: 1 });
    const dup = await callError(client, 'iscsi.target.create', { name: 't0' });
    expect(attrOf(dup)).toBe('iscsi_target_create.name');
    expect(await checked(client, V, 'iscsi.target.update', 1, { alias: 'a' })).toMatchObject({ alias: 'a' });
    for (const ns of ['iscsi.portal', 'iscsi.initiator', 'iscsi.auth', 'iscsi.target']) {
      expect(await checked(client, V, `${ns}.query`)).toHaveLength(1);
      expect(await checked(client, V, `${ns}.get_instance`, 1)).toMatchObject({ id: 1 });
      expect(await checked(client, V, `${ns}.delete`, 1)).toBe(true);
      expect(await client.call(`${ns}.query`)).toEqual([]);
    }
  });

  test('behavior: ids are re-used after deleting the highest row', async () => {
    await target('a');
    await target('b');
    await client.call('iscsi.target.delete', 2);
    expect(await target('c')).toBe(2);
  });
});

describe('extents and target/extent associations', () => {
  test('default: a DISK extent needs an existing zvol', async () => {
    const row = (await checked(client, V, 'iscsi.extent.create', { name: 'e0', disk: 'zvol/tank/vms/vm0' })) as Row;
    expect(row).toMatchObject({ id: 1, type: 'DISK', disk: 'zvol/tank/vms/vm0', vendor: 'TrueNAS', locked: false });
    expect(row.naa).toMatch(/^0x/);
    expect(await checked(client, V, 'iscsi.extent.get_instance', 1)).toMatchObject({ name: 'e0' });
    expect(await checked(client, V, 'iscsi.extent.update', 1, { comment: 'x' })).toMatchObject({ comment: 'x' });
    const missing = await callError(client, 'iscsi.extent.create', { name: 'e1', disk: 'zvol/tank/nope' });
    expect(missing.code).toBe(-32602);
    expect(missing.data?.extra).toEqual([['iscsi_extent_create.disk', 'Device zvol/tank/nope does not exist', 22]]);
    const fs = await callError(client, 'iscsi.extent.create', { name: 'e1', disk: 'zvol/tank/media' });
    expect(attrOf(fs)).toBe('iscsi_extent_create.disk');
    const upd = await callError(client, 'iscsi.extent.update', 1, { disk: 'zvol/x/y' });
    expect(attrOf(upd)).toBe('iscsi_extent_update.disk');
  });

  test('behavior: LUN ids are unique per target and auto-assigned lowest free', async () => {
    const t1 = await target('t1');
    const t2 = await target('t2');
    const [e1, e2, e3] = [await extent('e1'), await extent('e2'), await extent('e3')];
    const a = (await checked(client, V, 'iscsi.targetextent.create', { target: t1, extent: e1 })) as Row;
    expect(a).toMatchObject({ id: 1, target: t1, extent: e1, lunid: 0 });
    expect(await checked(client, V, 'iscsi.targetextent.create', { target: t1, extent: e2, lunid: 2 })).toMatchObject({
      lunid: 2,
    });
    expect(await client.call('iscsi.targetextent.create', { target: t1, extent: e3 })).toMatchObject({ lunid: 1 });
    const dup = await callError(client, 'iscsi.targetextent.create', {
      target: t1,
      extent: await extent('e4'),
      lunid: 0,
    });
    expect(dup.data?.extra).toEqual([
      ['iscsi_target_to_extent_create.lunid', 'LUN ID is already being used for this target.', 22],
    ]);
    expect(await client.call('iscsi.targetextent.create', { target: t2, extent: e1 })).toMatchObject({ lunid: 0 });
    const clash = await callError(client, 'iscsi.targetextent.update', 3, { lunid: 2 });
    expect(clash.data?.extra).toEqual([
      ['iscsi_target_to_extent_update.lunid', 'LUN ID is already being used for this target.', 22],
    ]);
    expect(await checked(client, V, 'iscsi.targetextent.get_instance', 1)).toMatchObject({ lunid: 0 });
    expect(await checked(client, V, 'iscsi.targetextent.query', [['target', '=', t1]])).toHaveLength(3);
  });

  test('behavior: the same LUN id on another target is fine; unknown target is rejected', async () => {
    const t1 = await target('t1');
    const t2 = await target('t2');
    const e1 = await extent('e1');
    const e2 = await extent('e2');
    await client.call('iscsi.targetextent.create', { target: t1, extent: e1, lunid: 0 });
    expect(await client.call('iscsi.targetextent.create', { target: t2, extent: e2, lunid: 0 })).toMatchObject({
      lunid: 0,
    });
    const bad = await callError(client, 'iscsi.targetextent.create', { target: 99, extent: e1 });
    expect(attrOf(bad)).toBe('iscsi_target_to_extent_create.target');
  });

  test('behavior: deleting an extent removes its associations', async () => {
    const t1 = await target('t1');
    const e1 = await extent('e1');
    const e2 = await extent('e2');
    await client.call('iscsi.targetextent.create', { target: t1, extent: e1 });
    await client.call('iscsi.targetextent.create', { target: t1, extent: e2 });
    expect(await checked(client, V, 'iscsi.extent.delete', e1)).toBe(true);
    expect(await client.call('iscsi.targetextent.query')).toEqual([
      expect.objectContaining({ target: t1, extent: e2, lunid: 1 }),
    ]);
  });

  test('behavior: a target with live sessions cannot be deleted (EBUSY) unless forced', async () => {
    const t1 = await target('busy');
    const e1 = await extent('e1');
    await client.call('iscsi.targetextent.create', { target: t1, extent: e1 });
    server.storage.setIscsiSessions('busy', 2);
    const err = await callError(client, 'iscsi.target.delete', t1);
    expect(err.code).toBe(-32001);
    expect(err.data).toMatchObject({ error: 16, errname: 'EBUSY' });
    expect(err.data?.reason).toContain('is in use');
    server.storage.setIscsiSessions('busy', 0);
    expect(await client.call('iscsi.target.delete', t1, false, true)).toBe(true);
    expect(await client.call('iscsi.targetextent.query')).toEqual([]);
    expect(await client.call('iscsi.extent.query')).toEqual([]);
  });

  test('behavior: force deletes a busy target', async () => {
    const t1 = await target('busy');
    server.storage.setIscsiSessions('busy', 1);
    expect(await client.call('iscsi.target.delete', t1, true)).toBe(true);
  });

  test('behavior: attachments list extents on zvols', async () => {
    await extent('vm-disk');
    expect(await checked(client, V, 'pool.dataset.attachments', 'tank/vms')).toEqual([
      { type: 'iSCSI Extent', service: 'iscsitarget', attachments: ['vm-disk'] },
    ]);
  });

  test('behavior: collection_update events', async () => {
    await client.call('core.subscribe', 'iscsi.extent.query');
    await client.call('core.subscribe', 'iscsi.targetextent.query');
    await client.call('core.ping');
    client.messages.length = 0;
    const t1 = await target('t1');
    const e1 = await extent('e1');
    await client.call('iscsi.targetextent.create', { target: t1, extent: e1 });
    await client.call('iscsi.extent.update', e1, { comment: 'x' });
    await client.call('iscsi.extent.delete', e1);
    await client.call('core.ping');
    const got = client.messages
      .filter((m: Msg) => m.method === 'collection_update')
      .map((m) => [m.params?.collection, m.params?.msg, m.params?.id]);
    expect(got).toEqual([
      ['iscsi.extent.query', 'added', 1],
      ['iscsi.targetextent.query', 'added', 1],
      ['iscsi.extent.query', 'changed', 1],
      ['iscsi.extent.query', 'removed', 1],
      ['iscsi.targetextent.query', 'removed', 1],
    ]);
    const added = client.messages.find((m) => m.params?.msg === 'added');
    expect(added?.params).toMatchObject({ fields: { name: 'e1' } });
  });
});
