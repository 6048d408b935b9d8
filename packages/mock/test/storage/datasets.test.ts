import { describe, expect, test } from 'vitest';
import type { MockServer } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, checked, useStorageServer } from './storageClient.js';

type Row = Record<string, unknown>;
type Prop = { parsed: unknown; rawvalue: string; value: string | null; source: string; source_info: string | null };

let server: MockServer;
let client: RawClient;
useStorageServer((s, c) => {
  server = s;
  client = c;
});

async function dataset(id: string): Promise<Row> {
  return (await client.call('pool.dataset.get_instance', id)) as Row;
}

function prop(row: Row, key: string): Prop {
  return row[key] as Prop;
}

describe('hierarchy', () => {
  test('default: every dataset (pool roots included) in ZFS order, with nested children', async () => {
    const rows = (await checked(client, '25.10', 'pool.dataset.query')) as Row[];
    expect(rows.map((r) => r.id)).toEqual([
      'tank',
      'tank/home',
      'tank/home/alice',
      'tank/media',
      'tank/vms',
      'tank/vms/vm0',
    ]);
    const home = rows[1] as Row & { children: Row[] };
    expect(home).toMatchObject({ type: 'FILESYSTEM', name: 'tank/home', pool: 'tank', mountpoint: '/mnt/tank/home' });
    expect(home.children.map((c) => c.id)).toEqual(['tank/home/alice']);
    expect(rows[5]).toMatchObject({ type: 'VOLUME', mountpoint: null, encrypted: false, locked: false });
  });

  test('behavior: extra.flat false nests under the top-most matches; retrieve_children false empties children', async () => {
    const tree = (await client.call('pool.dataset.query', [], { extra: { flat: false } })) as (Row & {
      children: (Row & { children: Row[] })[];
    })[];
    expect(tree.map((r) => r.id)).toEqual(['tank']);
    expect(tree[0]?.children.map((c) => c.id)).toEqual(['tank/home', 'tank/media', 'tank/vms']);
    expect(tree[0]?.children[2]?.children.map((c) => c.id)).toEqual(['tank/vms/vm0']);
    const flat = (await client.call('pool.dataset.query', [['id', '=', 'tank']], {
      extra: { retrieve_children: false },
    })) as Row[];
    expect(flat[0]?.children).toEqual([]);
  });

  test('behavior: extra.properties limits the property objects; user props can be skipped', async () => {
    const [row] = (await client.call('pool.dataset.query', [['id', '=', 'tank/home/alice']], {
      extra: { properties: ['used', 'quota', 'referenced'], retrieve_user_props: false },
    })) as Row[];
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'children',
        'encrypted',
        'encryption_root',
        'id',
        'key_loaded',
        'locked',
        'mountpoint',
        'name',
        'pool',
        'quota',
        'referenced',
        'type',
        'used',
      ].sort(),
    );
  });

  test('behavior: filters on nested property objects and order_by through the engine', async () => {
    const rows = (await client.call('pool.dataset.query', [['used.parsed', '>', 1024 ** 3]], {
      select: ['id', 'used.parsed'],
      order_by: ['-used.parsed'],
    })) as Row[];
    expect(rows.map((r) => r.id)).toEqual([
      'tank',
      'tank/media',
      'tank/vms',
      'tank/vms/vm0',
      'tank/home',
      'tank/home/alice',
    ]);
    expect(await client.call('pool.dataset.query', [['type', '=', 'VOLUME']], { count: true })).toBe(1);
    // select runs before order_by, as in the middleware: ordering by a field that was not selected compares None
    const quirk = await callError(client, 'pool.dataset.query', [], { select: ['id'], order_by: ['used.parsed'] });
    expect(quirk).toMatchObject({ code: -32001, data: { error: 22 } });
  });

  test('error: get_instance miss names the PoolDataset', async () => {
    const error = await callError(client, 'pool.dataset.get_instance', 'tank/nope');
    expect(error).toMatchObject({
      code: -32602,
      data: {
        reason: '[ENOENT] None: PoolDataset tank/nope does not exist',
        extra: [[null, 'PoolDataset tank/nope does not exist', 2]],
      },
    });
  });
});

describe('properties and inheritance', () => {
  test('default: local, inherited (with source_info) and default sources, shaped like the middleware', async () => {
    const alice = await dataset('tank/home/alice');
    expect(prop(alice, 'compression')).toEqual({
      parsed: 'zstd',
      rawvalue: 'zstd',
      value: 'ZSTD',
      source: 'INHERITED',
      source_info: 'tank/home',
    });
    expect(prop(alice, 'quota')).toEqual({
      parsed: 107374182400,
      rawvalue: '107374182400',
      value: '100 GiB',
      source: 'LOCAL',
      source_info: null,
    });
    expect(prop(alice, 'refquota')).toEqual({
      parsed: null,
      rawvalue: '0',
      value: null,
      source: 'DEFAULT',
      source_info: null,
    });
    expect(prop(alice, 'atime')).toMatchObject({ parsed: true, rawvalue: 'on', value: 'ON', source: 'DEFAULT' });
    expect(prop(alice, 'acltype')).toMatchObject({
      parsed: 'posix',
      value: 'POSIX',
      source: 'INHERITED',
      source_info: 'tank',
    });
    expect(prop(alice, 'recordsize')).toMatchObject({ parsed: 131072, value: '128K' });
    expect(prop(alice, 'origin')).toEqual({ parsed: '', rawvalue: '', value: '', source: 'NONE', source_info: null });
    expect(prop(alice, 'creation').parsed).toEqual({ $date: expect.any(Number) });
    expect(alice.user_properties).toEqual({
      'org.example:owner': { parsed: 'alice', rawvalue: 'alice', value: 'alice', source: 'LOCAL', source_info: null },
    });
    const media = await dataset('tank/media');
    expect(prop(media, 'recordsize')).toMatchObject({ parsed: 1048576, value: '1M', source: 'LOCAL' });
    expect(media.comments).toMatchObject({ value: 'Media library' });
  });

  test('behavior: update sets locally, INHERIT reverts to the inherited value, user props inherit to children', async () => {
    const updated = (await checked(client, '25.10', 'pool.dataset.update', 'tank/home', {
      compression: 'LZ4',
      comments: 'homes',
      user_properties_update: [{ key: 'org.example:team', value: 'ops' }],
    })) as Row;
    expect(prop(updated, 'compression')).toMatchObject({ rawvalue: 'lz4', source: 'LOCAL' });
    expect(updated.comments).toMatchObject({ value: 'homes' });
    const alice = await dataset('tank/home/alice');
    expect(prop(alice, 'compression')).toMatchObject({
      rawvalue: 'lz4',
      source: 'INHERITED',
      source_info: 'tank/home',
    });
    expect(Object.keys(alice.user_properties as Row).sort()).toEqual(['org.example:owner', 'org.example:team']);
    await client.call('pool.dataset.update', 'tank/home', { compression: 'INHERIT' });
    expect(prop(await dataset('tank/home/alice'), 'compression')).toMatchObject({
      rawvalue: 'lz4',
      source_info: 'tank',
    });
    await client.call('pool.dataset.update', 'tank/home', {
      user_properties_update: [{ key: 'org.example:team', remove: true }],
    });
    expect(Object.keys((await dataset('tank/home/alice')).user_properties as Row)).toEqual(['org.example:owner']);
  });

  test('error: update validation: unknown id, shrinking a zvol, user property rules, schema paths', async () => {
    expect((await callError(client, 'pool.dataset.update', 'tank/x', {})).data?.extra).toEqual([
      ['id', 'tank/x does not exist', 2],
    ]);
    expect(
      (await callError(client, 'pool.dataset.update', 'tank/vms/vm0', { volsize: 1024 ** 3 })).data?.extra,
    ).toEqual([['pool_dataset_update.volsize', 'You cannot shrink a zvol from GUI, this may lead to data loss.', 22]]);
    expect(
      (await callError(client, 'pool.dataset.update', 'tank/home', { user_properties_update: [{ key: 'a:b' }] })).data
        ?.extra,
    ).toEqual([
      ['pool_dataset_update.user_properties_update.0.value', 'Either "value" or "remove" must be specified', 22],
    ]);
    expect((await callError(client, 'pool.dataset.update', 'tank/home', { atime: 'MAYBE' })).data?.extra).toEqual([
      ['data.atime', "Input should be 'ON', 'OFF' or 'INHERIT'", 22],
    ]);
  });
});

describe('create', () => {
  test('default: a filesystem inherits; ADDED row has the real shape', async () => {
    const row = (await checked(client, '25.10', 'pool.dataset.create', {
      name: 'tank/home/bob',
      comments: 'Bob',
      atime: 'OFF',
      user_properties: [{ key: 'org.example:owner', value: 'bob' }],
    })) as Row;
    expect(row).toMatchObject({ id: 'tank/home/bob', type: 'FILESYSTEM', mountpoint: '/mnt/tank/home/bob' });
    expect(prop(row, 'compression')).toMatchObject({ rawvalue: 'zstd', source: 'INHERITED' });
    expect(prop(row, 'atime')).toMatchObject({ parsed: false, source: 'LOCAL' });
    expect(prop(row, 'xattr')).toMatchObject({ rawvalue: 'sa', source: 'LOCAL' });
    expect(prop(row, 'used').parsed).toBe(98304);
  });

  test('behavior: share_type SMB sets case-insensitive NFSv4 ACLs; create_ancestors creates parents', async () => {
    const smb = (await client.call('pool.dataset.create', { name: 'tank/smb', share_type: 'SMB' })) as Row;
    expect(prop(smb, 'casesensitivity').rawvalue).toBe('insensitive');
    expect(prop(smb, 'acltype').rawvalue).toBe('nfsv4');
    await client.call('pool.dataset.create', { name: 'tank/a/b/c', create_ancestors: true });
    expect(server.storage.datasetNames()).toEqual(expect.arrayContaining(['tank/a', 'tank/a/b', 'tank/a/b/c']));
  });

  test('error: the middleware validation messages', async () => {
    const cases: [Row, unknown][] = [
      [{ name: 'tank' }, [['pool_dataset_create.name', 'You need a full name, e.g. pool/newdataset', 22]]],
      [{ name: 'tank/x/y' }, [['pool_dataset_create.name', 'Parent dataset (tank/x) does not exist.', 22]]],
      [{ name: 'nopool/x' }, [['pool_dataset_create.name', 'zpool (nopool) does not exist.', 22]]],
      [{ name: 'tank/home' }, [['pool_dataset_create.name', 'Path /mnt/tank/home already exists', 22]]],
      [{ name: 'tank/vms/vm0/x' }, [['pool_dataset_create.name', 'tank/vms/vm0: parent may not be a ZFS volume', 22]]],
      [
        { name: 'tank/r', recordsize: '3K' },
        [['pool_dataset_create.recordsize', "'3K' is an invalid recordsize.", 22]],
      ],
      [
        { name: 'tank/p', acltype: 'POSIX', aclmode: 'PASSTHROUGH' },
        [['pool_dataset_create.aclmode', 'Must be set to DISCARD when acltype is POSIX or OFF', 22]],
      ],
      [
        { name: 'tank/v', type: 'VOLUME', volsize: 1000 },
        [['pool_dataset_create.volsize', 'Volume size should be a multiple of volume block size', 22]],
      ],
      [{ name: 'tank/v', type: 'VOLUME' }, [['data.PoolDatasetCreateVolume.volsize', 'Field required', 22]]],
      [
        { name: 'tank/v', volsize: 1024 },
        [['data.PoolDatasetCreateFilesystem.volsize', 'Extra inputs are not permitted', 22]],
      ],
    ];
    for (const [data, extra] of cases) {
      const error = await callError(client, 'pool.dataset.create', data);
      expect({ data, code: error.code, extra: error.data?.extra }).toEqual({ data, code: -32602, extra });
    }
    const zvolName = await callError(client, 'pool.dataset.create', {
      name: 'tank/vms/vm0',
      type: 'VOLUME',
      volsize: 16384,
    });
    expect(zvolName).toMatchObject({
      code: -32001,
      data: { error: 17, reason: '[EEXIST] Failed to create dataset tank/vms/vm0: dataset already exists' },
    });
  });
});

describe('delete', () => {
  test('error: children block a non-recursive delete; a pool root cannot be deleted', async () => {
    const error = await callError(client, 'pool.dataset.delete', 'tank/home');
    expect(error.data?.reason).toBe(
      "[EFAULT] Failed to delete dataset: cannot destroy 'tank/home': filesystem has children\nuse '-r' to destroy the following datasets:\ntank/home/alice",
    );
    expect((await callError(client, 'pool.dataset.delete', 'tank')).data?.reason).toContain(
      'operation does not apply to pools',
    );
    expect((await callError(client, 'pool.dataset.delete', 'tank/none')).data?.extra).toEqual([
      [null, 'PoolDataset tank/none does not exist', 2],
    ]);
  });

  test('behavior: recursive delete removes descendants and snapshots; the root keeps itself', async () => {
    expect(await checked(client, '25.10', 'pool.dataset.delete', 'tank/home', { recursive: true })).toBe(true);
    expect(server.storage.datasetNames()).toEqual(['tank', 'tank/media', 'tank/vms', 'tank/vms/vm0']);
    expect(await client.call('pool.snapshot.query')).toEqual([]);
    await client.call('pool.dataset.delete', 'tank', { recursive: true });
    expect(server.storage.datasetNames()).toEqual(['tank']);
  });
});

describe('rename (25.10)', () => {
  test('behavior: needs force; moves the subtree and its snapshots', async () => {
    const refused = await callError(client, 'pool.dataset.rename', 'tank/home', { new_name: 'tank/users' });
    expect(refused.data?.extra).toEqual([
      [
        'pool.dataset.rename.force',
        'No safety checks are performed when renaming ZFS resources; this may break existing usages. If you understand the risks, please set force and proceed.',
        22,
      ],
    ]);
    expect(
      await checked(client, '25.10', 'pool.dataset.rename', 'tank/home', { new_name: 'tank/users', force: true }),
    ).toBeNull();
    expect(server.storage.datasetNames()).toContain('tank/users/alice');
    expect(await client.call('pool.snapshot.query', [], { select: ['id'] })).toEqual([
      { id: 'tank/users/alice@daily-2025-01-01' },
    ]);
    const other = await callError(client, 'pool.dataset.rename', 'tank/media', {
      new_name: 'other/media',
      force: true,
    });
    expect(other.data?.reason).toContain('datasets must be within same pool');
  });
});

describe('attachments', () => {
  test('behavior: [] unless a registered provider reports something on the dataset or below', async () => {
    expect(await checked(client, '25.10', 'pool.dataset.attachments', 'tank/media')).toEqual([]);
    const deleted: string[][] = [];
    server.storage.registerAttachmentProvider({
      type: 'SMB Share',
      service: 'cifs',
      attachments: (ds) => (ds === 'tank' || ds === 'tank/media' ? ['media'] : []),
      datasetsDeleted: (names) => deleted.push(names),
    });
    expect(await checked(client, '25.10', 'pool.dataset.attachments', 'tank/media')).toEqual([
      { type: 'SMB Share', service: 'cifs', attachments: ['media'] },
    ]);
    expect(await client.call('pool.dataset.attachments', 'tank/home')).toEqual([]);
    await client.call('pool.dataset.delete', 'tank/media');
    expect(deleted).toEqual([['tank/media']]);
  });
});
