import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, checked, login, startServer } from './storageClient.js';

type Row = Record<string, unknown>;

/** Attribute of the first validation entry of an error. */
function attrOf(error: { data?: { extra?: unknown } }): unknown {
  const extra = error.data?.extra;
  return Array.isArray(extra) && Array.isArray(extra[0]) ? extra[0][0] : undefined;
}

let server: MockServer;
let client: RawClient;
beforeAll(async () => {
  server = await startServer({ version: '25.04' });
  client = await login(server);
});
afterAll(async () => {
  await client.close();
  await server.stop();
});

describe('25.04 profile', () => {
  test('default: no NVMe-oF methods (-32601)', async () => {
    for (const method of ['nvmet.global.config', 'nvmet.subsys.query', 'nvmet.host_subsys.create']) {
      const err = await callError(client, method);
      expect(err.code).toBe(-32601);
      expect(err.message).toBe('Method does not exist');
    }
  });

  test('behavior: SMB uses the flat model and the legacy argument name', async () => {
    const share = (await checked(client, '25.04', 'sharing.smb.create', {
      name: 'media',
      path: '/mnt/tank/media',
      ro: true,
    })) as Row;
    expect(share).toMatchObject({ id: 1, name: 'media', ro: true, guestok: false, purpose: 'DEFAULT_SHARE' });
    expect(share).not.toHaveProperty('readonly');
    const bad = await callError(client, 'sharing.smb.create', { name: 'x', path: '/mnt/tank/none' });
    expect(bad.data?.extra).toEqual([['sharingsmb_create.path', 'Path does not exist.', 22]]);
    const dup = await callError(client, 'sharing.smb.create', { name: 'MEDIA', path: '/mnt/tank/home' });
    expect(attrOf(dup)).toBe('sharingsmb_create.name');
    const upd = await callError(client, 'sharing.smb.update', 1, { name: 'media', path: '/mnt/nope' });
    expect(attrOf(upd)).toBe('sharingsmb_update.path');
    expect(
      await checked(client, '25.04', 'sharing.smb.update', 1, {
        name: 'media',
        path: '/mnt/tank/media',
        guestok: true,
      }),
    ).toMatchObject({ guestok: true });
    expect(await checked(client, '25.04', 'sharing.smb.query')).toHaveLength(1);
    expect(await checked(client, '25.04', 'sharing.smb.delete', 1)).toBe(true);
    expect(
      (await callError(client, 'sharing.smb.create', { name: 'y', path: '/mnt/tank/media', readonly: true })).code,
    ).toBe(-32602);
  });

  test('behavior: SMB update takes a partial of the flat model; audit merges over the old one', async () => {
    const share = (await checked(client, '25.04', 'sharing.smb.create', {
      name: 'docs',
      path: '/mnt/tank/media',
      audit: { enable: true, watch_list: ['staff'] },
    })) as Row;
    const updated = (await checked(client, '25.04', 'sharing.smb.update', share.id, { comment: 'x' })) as Row;
    expect(updated).toMatchObject({ name: 'docs', path: '/mnt/tank/media', comment: 'x' });
    const audited = (await checked(client, '25.04', 'sharing.smb.update', share.id, {
      audit: { ignore_list: ['bots'] },
    })) as Row;
    expect(audited.audit).toEqual({ enable: true, watch_list: ['staff'], ignore_list: ['bots'] });
    await client.call('sharing.smb.delete', share.id);
  });

  test('behavior: NFS and iSCSI work on 25.04 too', async () => {
    expect(await checked(client, '25.04', 'sharing.nfs.create', { path: '/mnt/tank/media' })).toMatchObject({ id: 1 });
    expect(await checked(client, '25.04', 'sharing.nfs.query')).toHaveLength(1);
    const extent = (await checked(client, '25.04', 'iscsi.extent.create', {
      name: 'e0',
      disk: 'zvol/tank/vms/vm0',
    })) as Row;
    expect(extent).not.toHaveProperty('product_id');
    const err = await callError(client, 'iscsi.extent.create', { name: 'e1', disk: 'zvol/tank/none' });
    expect(err.data?.extra).toEqual([['iscsi_extent_create.disk', 'Device zvol/tank/none does not exist', 22]]);
    const target = (await checked(client, '25.04', 'iscsi.target.create', { name: 't0' })) as Row;
    expect(
      await checked(client, '25.04', 'iscsi.targetextent.create', { target: target.id, extent: extent.id }),
    ).toMatchObject({ lunid: 0 });
    expect(await checked(client, '25.04', 'iscsi.global.config')).toMatchObject({ id: 1 });
    server.reset();
    expect(await client.call('iscsi.extent.query')).toEqual([]);
  });
});
