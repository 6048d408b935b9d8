import { InvalidParamsRpcError, MethodCallRpcError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { NotFoundError } from '../src/index.js';
import { useMockApi } from './apiHarness.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to be rejected');
}

function fieldAttributes(err: unknown): string[] {
  expect(err).toBeInstanceOf(InvalidParamsRpcError);
  return (err as InvalidParamsRpcError).fieldErrors.map((f) => f.attribute);
}

describe('sharing, iSCSI and NVMe-oF wrappers (25.10)', () => {
  const mock = useMockApi({ version: '25.10' });

  test('default: NFS share create, get, update, delete; path validation', async () => {
    const share = await mock.api.sharing.nfs.create({ path: '/mnt/tank/media', comment: 'media' });
    expect(share.path).toBe('/mnt/tank/media');
    expect((await mock.api.sharing.nfs.get(share.id)).comment).toBe('media');
    const updated = await mock.api.sharing.nfs.update(share.id, { ro: true });
    expect(updated.ro).toBe(true);

    const missing = await rejection(mock.api.sharing.nfs.create({ path: '/mnt/tank/nope' }));
    expect(fieldAttributes(missing).some((a) => a.endsWith('.path'))).toBe(true);
    const duplicate = await rejection(mock.api.sharing.nfs.create({ path: '/mnt/tank/media' }));
    expect(fieldAttributes(duplicate).some((a) => a.endsWith('.path'))).toBe(true);

    await mock.api.sharing.nfs.delete(share.id);
    await expect(mock.api.sharing.nfs.get(share.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await mock.api.sharing.nfs.query()).toEqual([]);
  });

  test('behavior: SMB create with the 25.10 purpose model', async () => {
    const share = await mock.api.sharing.smb.create({
      name: 'media',
      path: '/mnt/tank/media',
      purpose: 'DEFAULT_SHARE',
    });
    expect(share.name).toBe('media');
    expect(share.purpose).toBe('DEFAULT_SHARE');
    // the purpose's default options, without the purpose tag (the server never sends it)
    expect(share.options).toEqual({ aapl_name_mangling: false, hostsallow: [], hostsdeny: [] });
    const clash = await rejection(mock.api.sharing.smb.create({ name: 'MEDIA', path: '/mnt/tank/home' }));
    expect(fieldAttributes(clash).some((a) => a.endsWith('.name'))).toBe(true);
    await mock.api.sharing.smb.delete(Number(share.id));
    await expect(mock.api.sharing.smb.get(Number(share.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  test('behavior: iSCSI portal, initiator, target, extent, target-extent links', async () => {
    const portal = await mock.api.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] });
    expect(portal.listen[0]?.port).toBe(3260);
    const initiator = await mock.api.iscsi.initiators.create({ initiators: [], comment: 'any' });
    const target = await mock.api.iscsi.targets.create({
      name: 'target0',
      groups: [{ portal: portal.id, initiator: initiator.id }],
    });
    await mock.api.datasets.create({ name: 'tank/vms/lun0', type: 'VOLUME', volsize: 1024 ** 3 });
    const extent = await mock.api.iscsi.extents.create({ name: 'lun0', type: 'DISK', disk: 'zvol/tank/vms/lun0' });
    expect(extent.path).toBe('/dev/zvol/tank/vms/lun0');
    const extent2 = await mock.api.iscsi.extents.create({ name: 'vm0', type: 'DISK', disk: 'zvol/tank/vms/vm0' });

    const link = await mock.api.iscsi.targetextents.create({ target: target.id, extent: extent.id });
    expect(link.lunid).toBe(0);
    const conflict = await rejection(
      mock.api.iscsi.targetextents.create({ target: target.id, extent: extent2.id, lunid: 0 }),
    );
    expect(fieldAttributes(conflict).some((a) => a.endsWith('.lunid'))).toBe(true);
    const link2 = await mock.api.iscsi.targetextents.create({ target: target.id, extent: extent2.id });
    expect(link2.lunid).toBe(1);

    const missing = await rejection(
      mock.api.iscsi.extents.create({ name: 'gone', type: 'DISK', disk: 'zvol/tank/vms/gone' }),
    );
    expect(fieldAttributes(missing).some((a) => a.endsWith('.disk'))).toBe(true);

    mock.server.storage.setIscsiSessions('target0', 1);
    const busy = await rejection(mock.api.iscsi.targets.delete(target.id));
    expect(busy).toBeInstanceOf(MethodCallRpcError);
    expect((busy as MethodCallRpcError).errname).toBe('EBUSY');
    await mock.api.iscsi.targets.delete(target.id, true);
    await expect(mock.api.iscsi.targets.get(target.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await mock.api.iscsi.targetextents.query()).toEqual([]);
    expect((await mock.api.iscsi.extents.query()).map((e) => e.name)).toEqual(['lun0', 'vm0']);
  });

  test('behavior: NVMe-oF host, subsystem, namespace, port and links', async () => {
    const host = await mock.api.nvmet.hosts.create({ hostnqn: 'nqn.2014-08.org.nvmexpress:uuid:host1' });
    const subsys = await mock.api.nvmet.subsystems.create({ name: 'sub0' });
    expect(subsys.subnqn).toBe('nqn.2011-06.com.truenas:sub0');
    await mock.api.datasets.create({ name: 'tank/vms/ns0', type: 'VOLUME', volsize: 1024 ** 3 });
    const ns = await mock.api.nvmet.namespaces.create({
      device_type: 'ZVOL',
      device_path: 'zvol/tank/vms/ns0',
      subsys_id: subsys.id,
    });
    expect(ns.nsid).toBe(1);
    expect(ns.subsys.id).toBe(subsys.id);
    const port = await mock.api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '0.0.0.0' });
    expect(port.addr_trsvcid).toBe(4420);

    const hostLink = await mock.api.nvmet.hostSubsystems.create({ host_id: host.id, subsys_id: subsys.id });
    expect(hostLink.host.id).toBe(host.id);
    expect(hostLink.subsys.id).toBe(subsys.id);
    const portLink = await mock.api.nvmet.portSubsystems.create({ port_id: port.id, subsys_id: subsys.id });
    expect(portLink.port.id).toBe(port.id);

    const got = await mock.api.nvmet.subsystems.get(subsys.id);
    expect(got.hosts).toEqual([host.id]);
    expect(got.ports).toEqual([port.id]);
    expect(got.namespaces).toEqual([ns.id]);

    const anyHost = await rejection(mock.api.nvmet.subsystems.update(subsys.id, { allow_any_host: true }));
    expect(fieldAttributes(anyHost).some((a) => a.endsWith('.allow_any_host'))).toBe(true);
    await mock.api.nvmet.hostSubsystems.delete(hostLink.id);
    expect((await mock.api.nvmet.subsystems.update(subsys.id, { allow_any_host: true })).allow_any_host).toBe(true);

    await mock.api.nvmet.subsystems.delete(subsys.id);
    await expect(mock.api.nvmet.subsystems.get(subsys.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await mock.api.nvmet.namespaces.query()).toEqual([]);
    expect(await mock.api.nvmet.portSubsystems.query()).toEqual([]);
  });
});

describe('sharing wrappers (25.04)', () => {
  const mock = useMockApi({ version: '25.04' });

  test('behavior: SMB create with the flat 25.04 model', async () => {
    const share = await mock.api.sharing.smb.create({
      name: 'media',
      path: '/mnt/tank/media',
      ro: true,
      guestok: false,
    });
    expect(share.name).toBe('media');
    expect((share as { ro?: boolean }).ro).toBe(true);
    await mock.api.sharing.smb.delete(Number(share.id));
    await expect(mock.api.sharing.smb.get(Number(share.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  test('behavior: SMB update of one field (the 25.04 update model is partial)', async () => {
    const share = await mock.api.sharing.smb.create({ name: 'docs', path: '/mnt/tank/media' });
    const updated = await mock.api.sharing.smb.update(Number(share.id), { comment: 'x' });
    expect(updated).toMatchObject({ id: share.id, name: 'docs', path: '/mnt/tank/media', comment: 'x' });
    expect((await mock.api.sharing.smb.get(Number(share.id))).comment).toBe('x');
    await mock.api.sharing.smb.delete(Number(share.id));
  });

  test('behavior: iSCSI extent on the seeded zvol', async () => {
    const extent = await mock.api.iscsi.extents.create({ name: 'vm0', type: 'DISK', disk: 'zvol/tank/vms/vm0' });
    expect(extent.path).toBe('/dev/zvol/tank/vms/vm0');
    await mock.api.iscsi.extents.delete(extent.id);
    await expect(mock.api.iscsi.extents.get(extent.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
