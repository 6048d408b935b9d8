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

async function events(): Promise<[unknown, unknown, unknown][]> {
  await client.call('core.ping');
  const out = client.messages
    .filter((m: Msg) => m.method === 'collection_update')
    .map((m) => [m.params?.collection, m.params?.msg, m.params?.id] as [unknown, unknown, unknown]);
  client.messages.length = 0;
  return out;
}

describe('sharing.nfs', () => {
  test('default: CRUD with real shapes; ids re-used after delete', async () => {
    const a = (await checked(client, '25.10', 'sharing.nfs.create', { path: '/mnt/tank/media' })) as Row;
    expect(a).toMatchObject({ id: 1, path: '/mnt/tank/media', enabled: true, ro: false, locked: false });
    const b = (await checked(client, '25.10', 'sharing.nfs.create', { path: '/mnt/tank/home' })) as Row;
    expect(b.id).toBe(2);
    expect(await checked(client, '25.10', 'sharing.nfs.update', 2, { ro: true, comment: 'c' })).toMatchObject({
      id: 2,
      ro: true,
      comment: 'c',
    });
    expect(await checked(client, '25.10', 'sharing.nfs.get_instance', 2)).toMatchObject({ ro: true });
    expect(await checked(client, '25.10', 'sharing.nfs.query', [['ro', '=', true]])).toHaveLength(1);
    expect(await checked(client, '25.10', 'sharing.nfs.delete', 2)).toBe(true);
    const c = (await checked(client, '25.10', 'sharing.nfs.create', { path: '/mnt/tank/vms' })) as Row;
    expect(c.id).toBe(2);
    const missing = await callError(client, 'sharing.nfs.get_instance', 9);
    expect(missing.code).toBe(-32602);
    expect(missing.data?.reason).toContain('NFS share 9 does not exist');
  });

  test('behavior: path must be a dataset mountpoint; duplicate export rejected', async () => {
    const err = await callError(client, 'sharing.nfs.create', { path: '/mnt/tank/nope' });
    expect(err.code).toBe(-32602);
    expect(err.data?.extra).toEqual([['data.path', 'Path does not exist.', 22]]);
    expect((await callError(client, 'sharing.nfs.create', { path: '/etc' })).data?.extra).toEqual([
      ['data.path', 'Path does not exist.', 22],
    ]);
    await client.call('sharing.nfs.create', { path: '/mnt/tank/media' });
    const dup = await callError(client, 'sharing.nfs.create', { path: '/mnt/tank/media' });
    expect(attrOf(dup)).toBe('data.path');
    const bad = await callError(client, 'sharing.nfs.update', 1, { path: '/mnt/missing' });
    expect(bad.data?.extra).toEqual([['data.path', 'Path does not exist.', 22]]);
  });

  test('behavior: unknown fields are rejected by the params schema', async () => {
    const err = await callError(client, 'sharing.nfs.create', { path: '/mnt/tank/media', bogus: 1 });
    expect(err.code).toBe(-32602);
  });
});

describe('sharing.smb (25.10 purpose/options model)', () => {
  test('default: CRUD; names unique case-insensitively', async () => {
    const share = (await checked(client, '25.10', 'sharing.smb.create', {
      name: 'Media',
      path: '/mnt/tank/media',
    })) as Row;
    expect(share).toMatchObject({ id: 1, name: 'Media', purpose: 'DEFAULT_SHARE', readonly: false, locked: false });
    expect(share).not.toHaveProperty('ro');
    const dup = await callError(client, 'sharing.smb.create', { name: 'MEDIA', path: '/mnt/tank/home' });
    expect(dup.data?.extra).toEqual([['data.name', 'Share with this name already exists.', 22]]);
    expect(
      await checked(client, '25.10', 'sharing.smb.update', 1, { purpose: 'TIMEMACHINE_SHARE', readonly: true }),
    ).toMatchObject({ purpose: 'TIMEMACHINE_SHARE', readonly: true });
    expect(await checked(client, '25.10', 'sharing.smb.query')).toHaveLength(1);
    expect(await checked(client, '25.10', 'sharing.smb.get_instance', 1)).toMatchObject({ name: 'Media' });
    expect(await checked(client, '25.10', 'sharing.smb.delete', 1)).toBe(true);
    expect(await client.call('sharing.smb.query')).toEqual([]);
  });

  test('behavior: options hold the purpose defaults (no purpose tag), given options merge over them', async () => {
    const plain = (await checked(client, '25.10', 'sharing.smb.create', { name: 'a', path: '/mnt/tank/media' })) as Row;
    expect(plain.options).toEqual({ aapl_name_mangling: false, hostsallow: [], hostsdeny: [] });
    const tm = (await checked(client, '25.10', 'sharing.smb.create', {
      name: 'b',
      path: '/mnt/tank/home',
      purpose: 'TIMEMACHINE_SHARE',
      options: { purpose: 'TIMEMACHINE_SHARE', auto_snapshot: true },
    })) as Row;
    expect(tm.options).toEqual({
      timemachine_quota: 0,
      auto_snapshot: true,
      auto_dataset_creation: false,
      dataset_naming_schema: null,
      vuid: null,
      hostsallow: [],
      hostsdeny: [],
    });
    // other fields leave the options alone; a new purpose brings its own defaults
    await client.call('sharing.smb.update', 2, { comment: 'backups' });
    expect(((await client.call('sharing.smb.get_instance', 2)) as Row).options).toEqual(tm.options);
    const locked = (await checked(client, '25.10', 'sharing.smb.update', 1, { purpose: 'TIME_LOCKED_SHARE' })) as Row;
    expect(locked.options).toEqual({ grace_period: 900, aapl_name_mangling: false, hostsallow: [], hostsdeny: [] });
  });

  test('error: options need a purpose; foreign option keys; external shares need options', async () => {
    await client.call('sharing.smb.create', { name: 'a', path: '/mnt/tank/media' });
    const noPurpose = await callError(client, 'sharing.smb.update', 1, {
      options: { purpose: 'DEFAULT_SHARE', hostsallow: ['10.0.0.0/8'] },
    });
    expect(noPurpose.data?.extra).toEqual([['data', 'Value error, You must set `purpose` if you set `options`.', 22]]);
    const foreign = await callError(client, 'sharing.smb.update', 1, {
      purpose: 'DEFAULT_SHARE',
      options: { purpose: 'TIMEMACHINE_SHARE', auto_snapshot: true },
    });
    expect(foreign.data?.extra).toEqual([
      ['data.options.DEFAULT_SHARE.auto_snapshot', 'Extra inputs are not permitted', 22],
    ]);
    const external = await callError(client, 'sharing.smb.create', {
      name: 'ext',
      path: 'EXTERNAL',
      purpose: 'EXTERNAL_SHARE',
    });
    expect(external.data?.extra).toEqual([
      ['data', 'Value error, External shares require explicit options configuration', 22],
    ]);
    const ok = (await checked(client, '25.10', 'sharing.smb.create', {
      name: 'ext',
      path: 'EXTERNAL',
      purpose: 'EXTERNAL_SHARE',
      options: { purpose: 'EXTERNAL_SHARE', remote_path: ['server\\share'] },
    })) as Row;
    expect(ok.options).toEqual({ remote_path: ['server\\share'] });
  });

  test('behavior: path validation; 25.04 flat fields are rejected on 25.10', async () => {
    const err = await callError(client, 'sharing.smb.create', { name: 'x', path: '/mnt/tank/none' });
    expect(err.data?.extra).toEqual([['data.path', 'Path does not exist.', 22]]);
    expect((await callError(client, 'sharing.smb.create', { name: 'x', path: '/mnt/tank/media', ro: true })).code).toBe(
      -32602,
    );
  });
});

describe('attachments and events', () => {
  test('behavior: pool.dataset.attachments lists shares; deleted datasets leave orphan shares', async () => {
    await client.call('sharing.nfs.create', { path: '/mnt/tank/home/alice' });
    await client.call('sharing.smb.create', { name: 'alice', path: '/mnt/tank/home/alice' });
    const attachments = (await checked(client, '25.10', 'pool.dataset.attachments', 'tank/home')) as Row[];
    expect(attachments).toEqual(
      expect.arrayContaining([
        { type: 'NFS Share', service: 'nfs', attachments: ['/mnt/tank/home/alice'] },
        { type: 'SMB Share', service: 'cifs', attachments: ['alice'] },
      ]),
    );
    expect(await client.call('pool.dataset.attachments', 'tank/media')).toEqual([]);
    await client.call('pool.dataset.delete', 'tank/home/alice', { recursive: true });
    expect(await client.call('sharing.nfs.query')).toHaveLength(1);
    expect(await client.call('sharing.smb.query')).toHaveLength(1);
    expect(server.storage.dataset('tank/home/alice')).toBeUndefined();
  });

  test('behavior: collection_update for create/update/delete', async () => {
    await client.call('core.subscribe', 'sharing.nfs.query');
    await client.call('core.subscribe', 'sharing.smb.query');
    await events();
    await client.call('sharing.nfs.create', { path: '/mnt/tank/media' });
    const added = client.messages.find((m) => m.params?.collection === 'sharing.nfs.query');
    expect(added?.params).toMatchObject({ msg: 'added', id: 1, fields: { path: '/mnt/tank/media' } });
    await client.call('sharing.nfs.update', 1, { ro: true });
    await client.call('sharing.nfs.delete', 1);
    await client.call('sharing.smb.create', { name: 's', path: '/mnt/tank/media' });
    expect(await events()).toEqual([
      ['sharing.nfs.query', 'added', 1],
      ['sharing.nfs.query', 'changed', 1],
      ['sharing.nfs.query', 'removed', 1],
      ['sharing.smb.query', 'added', 1],
    ]);
    await client.call('core.unsubscribe', 'sharing.nfs.query').catch(() => undefined);
  });

  test('behavior: reset empties the share tables', async () => {
    await client.call('sharing.nfs.create', { path: '/mnt/tank/media' });
    server.reset();
    expect(await client.call('sharing.nfs.query')).toEqual([]);
  });
});
