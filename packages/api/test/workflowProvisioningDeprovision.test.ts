import { beforeEach, describe, expect, test } from 'vitest';
import {
  type ApiClient,
  type AuditRecord,
  ConflictError,
  deprovisionVolume,
  exposureNames,
  OwnershipMismatchError,
  type ProvisionVolumeRequest,
  provisionVolume,
  VolumeBusyError,
  verifyOwned,
  WorkflowStepError,
} from '../src/index.js';
import { useMockApi } from './apiHarness.js';
import { rejection } from './workflowHarness.js';
import { inventory, mutations } from './workflowProvisioningFixtures.js';

const mock = useMockApi({ version: '25.10' });
beforeEach(async () => {
  await mock.api.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] });
  await mock.api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '0.0.0.0' });
});

const OWNER = 'csi/cluster-a';
const VOLUME = 'tank/vms/pvc-1';
const iscsi = (expose: Partial<Extract<ProvisionVolumeRequest['expose'], { protocol: 'iscsi' }>> = {}) =>
  ({
    name: 'pvc-1',
    parent: 'tank/vms',
    owner: OWNER,
    sizeBytes: 1024 ** 3,
    expose: { protocol: 'iscsi', ...expose },
  }) satisfies ProvisionVolumeRequest;
const deprovision = (snapshots?: 'refuse' | 'destroy' | 'promote-clones') => ({
  volume: VOLUME,
  owner: OWNER,
  snapshots,
});
const deletes = (records: AuditRecord[]) =>
  records.filter((r) => r.result === 'done' && r.method !== 'pool.dataset.update').map((r) => r.method);

describe('deprovisionVolume', () => {
  test('default: iSCSI volume removed in order: LUN link, target, extent, dataset', async () => {
    const before = await inventory(mock.api);
    await provisionVolume(mock.api, iscsi());
    const records: AuditRecord[] = [];
    const result = await deprovisionVolume(mock.api, deprovision(), { audit: (r) => void records.push(r) });
    expect(deletes(records)).toEqual([
      'iscsi.targetextent.delete',
      'iscsi.target.delete',
      'iscsi.extent.delete',
      'pool.dataset.delete',
    ]);
    expect(result).toMatchObject({ volume: VOLUME, removed: true, kept: [], promoted: [] });
    expect(result.deleted).toEqual(['iscsi.targetextent 1', 'iscsi.target 1', 'iscsi.extent 1']);
    expect(await inventory(mock.api)).toEqual(before);
  });

  test('default: NVMe-oF volume removed in order: port links, host links, namespace, subsystem, hosts', async () => {
    const before = await inventory(mock.api);
    const hosts = [{ nqn: 'nqn.2014-08.org.nvmexpress:uuid:1', dhchapKey: 'DHHC-1:00:c2VjcmV0c2VjcmV0:' }];
    await provisionVolume(mock.api, { ...iscsi(), expose: { protocol: 'nvmet', hosts } });
    const records: AuditRecord[] = [];
    await deprovisionVolume(mock.api, deprovision(), { audit: (r) => void records.push(r) });
    expect(deletes(records)).toEqual([
      'nvmet.port_subsys.delete',
      'nvmet.host_subsys.delete',
      'nvmet.namespace.delete',
      'nvmet.subsys.delete',
      'nvmet.host.delete',
      'pool.dataset.delete',
    ]);
    expect(await inventory(mock.api)).toEqual(before);
  });

  test('behavior: a shared target keeps its other LUNs, a host used elsewhere is kept', async () => {
    const target = await mock.api.iscsi.targets.create({ name: 'k8s' });
    await provisionVolume(mock.api, iscsi({ sharedTarget: 'k8s' }));
    await provisionVolume(mock.api, { ...iscsi({ sharedTarget: 'k8s' }), name: 'pvc-2' });
    await deprovisionVolume(mock.api, deprovision());
    expect((await mock.api.iscsi.targets.query()).map((t) => t.id)).toEqual([target.id]);
    expect((await mock.api.iscsi.targetextents.query()).map((l) => l.lunid)).toEqual([1]);
    expect((await mock.api.iscsi.extents.query()).map((e) => e.disk)).toEqual(['zvol/tank/vms/pvc-2']);

    const nqn = 'nqn.2014-08.org.nvmexpress:uuid:shared';
    const nvme = (name: string) => ({ ...iscsi(), name, expose: { protocol: 'nvmet' as const, hosts: [{ nqn }] } });
    await provisionVolume(mock.api, nvme('ns-1'));
    await provisionVolume(mock.api, nvme('ns-2'));
    const result = await deprovisionVolume(mock.api, { volume: 'tank/vms/ns-1', owner: OWNER });
    expect(result.kept).toEqual([{ object: 'nvmet.host 1', reason: expect.stringContaining('still allow it') }]);
    expect((await mock.api.nvmet.hosts.query()).map((h) => h.hostnqn)).toEqual([nqn]);
  });

  test('behavior: NFS and SMB shares are deleted with their filesystem', async () => {
    const base = { parent: 'tank', owner: OWNER, sizeBytes: 1024 ** 3 };
    await provisionVolume(mock.api, { ...base, name: 'a', expose: { protocol: 'nfs' } });
    await provisionVolume(mock.api, { ...base, name: 'b', expose: { protocol: 'smb' } });
    expect((await deprovisionVolume(mock.api, { volume: 'tank/a', owner: OWNER })).deleted).toEqual(['sharing.nfs 1']);
    expect((await deprovisionVolume(mock.api, { volume: 'tank/b', owner: OWNER })).deleted).toEqual(['sharing.smb 1']);
    expect(await mock.api.sharing.nfs.query()).toEqual([]);
    expect(await mock.api.sharing.smb.query()).toEqual([]);
  });

  test('behavior: a re-used extent id is refused and nothing of the other owner (or ours) is deleted', async () => {
    const { iscsi: exposure } = await provisionVolume(mock.api, iscsi());
    await mock.api.iscsi.extents.delete(exposure?.extentId as number); // removed out of band (its LUN link goes with it)
    await mock.api.datasets.create({ name: 'tank/vms/theirs', type: 'VOLUME', volsize: 1024 ** 3 });
    const theirs = await mock.api.iscsi.extents.create({ name: 'theirs', type: 'DISK', disk: 'zvol/tank/vms/theirs' });
    expect(theirs.id).toBe(exposure?.extentId); // TrueNAS re-uses the freed id
    const before = await inventory(mock.api);
    const deletesBefore = mutations(mock.server);
    const err = await rejection(deprovisionVolume(mock.api, deprovision()));
    expect(err).toBeInstanceOf(OwnershipMismatchError);
    expect(err).toMatchObject({ code: 'OWNERSHIP_MISMATCH', object: 'iscsi.extent', id: theirs.id, volume: VOLUME });
    expect((err as OwnershipMismatchError).shortMessage).toBe(
      `iscsi.extent ${theirs.id} (recorded on ${VOLUME}) no longer belongs to it: expected an extent on zvol/${VOLUME}, found extent "theirs" on zvol/tank/vms/theirs`,
    );
    expect(await inventory(mock.api)).toEqual(before);
    expect(mutations(mock.server)).toEqual(deletesBefore);
    await expect(verifyOwned(mock.api, VOLUME, { kind: 'iscsi.extent', id: theirs.id })).rejects.toBeInstanceOf(
      OwnershipMismatchError,
    );
    expect(
      await verifyOwned(mock.api, VOLUME, { kind: 'iscsi.targetextent', id: 1, target: 1, extent: 1 }),
    ).toBeUndefined();
  });

  test('behavior: target in use is retried a bounded number of times, then a VolumeBusyError with the attempts', async () => {
    await provisionVolume(mock.api, iscsi());
    mock.server.storage.setIscsiSessions(exposureNames(VOLUME).target, 1);
    const err = await rejection(deprovisionVolume(mock.api, deprovision(), { retry: { attempts: 3, minDelayMs: 10 } }));
    expect(err).toBeInstanceOf(WorkflowStepError);
    expect((err as WorkflowStepError).step).toBe('delete iSCSI target');
    const busy = (err as WorkflowStepError).cause as VolumeBusyError;
    expect(busy).toBeInstanceOf(VolumeBusyError);
    expect(busy).toMatchObject({
      attempts: 3,
      method: 'iscsi.target.delete',
      reason: expect.stringContaining('is in use'),
    });
    expect((err as WorkflowStepError).shortMessage).toContain('still busy after 3 attempts');
    expect(mock.server.executions('iscsi.target.delete')).toBe(3);
    expect(mock.server.storage.dataset(VOLUME)).toBeDefined();

    mock.server.storage.setIscsiSessions(exposureNames(VOLUME).target, 0);
    const resumed = await deprovisionVolume(mock.api, deprovision());
    expect(resumed.deleted).toEqual(['iscsi.target 1', 'iscsi.extent 1']);
    expect(mock.server.storage.dataset(VOLUME)).toBeUndefined();
  });

  test('behavior: succeeds when the sessions drop during the retries', async () => {
    await provisionVolume(mock.api, iscsi());
    const target = exposureNames(VOLUME).target;
    mock.server.storage.setIscsiSessions(target, 1);
    let attempts = 0;
    const flaky: ApiClient = {
      ...mock.api,
      invoke: ((method: string, params: unknown, call: unknown) => {
        if (method === 'iscsi.target.delete' && ++attempts === 2) mock.server.storage.setIscsiSessions(target, 0);
        return (mock.api.invoke as (m: string, p: unknown, c: unknown) => Promise<unknown>)(method, params, call);
      }) as ApiClient['invoke'],
    };
    const records: AuditRecord[] = [];
    const result = await deprovisionVolume(flaky, deprovision(), {
      retry: { attempts: 3, minDelayMs: 10 },
      audit: (r) => void records.push(r),
    });
    expect(result.removed).toBe(true);
    expect(records.find((r) => r.method === 'iscsi.target.delete')?.attempts).toBe(2);
  });

  test('behavior: snapshots are refused by default, clones outside refused by destroy, promoted on request', async () => {
    await provisionVolume(mock.api, iscsi());
    await mock.api.snapshots.create({ dataset: VOLUME, name: 's1' });
    await mock.api.snapshots.create({ dataset: VOLUME, name: 's2' });
    await mock.api.snapshots.clone({ snapshot: `${VOLUME}@s1`, dataset_dst: 'tank/vms/clone1' });
    const before = await inventory(mock.api);
    const refused = await rejection(deprovisionVolume(mock.api, deprovision()));
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).conflicts).toEqual([
      `snapshot ${VOLUME}@s1 (clones: tank/vms/clone1)`,
      `snapshot ${VOLUME}@s2`,
    ]);
    const destroy = await rejection(deprovisionVolume(mock.api, deprovision('destroy')));
    expect((destroy as ConflictError).shortMessage).toContain('clones outside the volume depend on its snapshots');
    expect(await inventory(mock.api)).toEqual(before);

    const result = await deprovisionVolume(mock.api, deprovision('promote-clones'));
    expect(result.promoted).toEqual(['tank/vms/clone1']);
    expect(mock.server.storage.dataset(VOLUME)).toBeUndefined();
    expect(mock.server.storage.dataset('tank/vms/clone1')).toBeDefined();
    expect((await mock.api.datasets.get('tank/vms/clone1')).origin?.value).toBe('');
    expect(mock.server.storage.snapshot('tank/vms/clone1@s1')).toBeDefined();
  });

  test('behavior: destroy takes snapshots without outside clones, but not held ones', async () => {
    await provisionVolume(mock.api, iscsi());
    await mock.api.snapshots.create({ dataset: VOLUME, name: 's1' });
    await mock.api.snapshots.hold(`${VOLUME}@s1`);
    const held = await rejection(deprovisionVolume(mock.api, deprovision('destroy')));
    expect((held as ConflictError).shortMessage).toContain('snapshots that would be destroyed are held');
    await mock.api.snapshots.release(`${VOLUME}@s1`);
    const result = await deprovisionVolume(mock.api, deprovision('destroy'));
    expect(result.calls.at(-1)).toMatchObject({ method: 'pool.dataset.delete', params: [VOLUME, { recursive: true }] });
    expect(mock.server.storage.snapshot(`${VOLUME}@s1`)).toBeUndefined();
  });

  test("behavior: someone else's volume or an unmarked dataset is refused; a gone volume is a no-op", async () => {
    await provisionVolume(mock.api, iscsi());
    const stranger = await rejection(deprovisionVolume(mock.api, { volume: VOLUME, owner: 'csi/cluster-b' }));
    expect(stranger).toMatchObject({ code: 'OWNERSHIP_MISMATCH', object: 'pool.dataset' });
    const unmarked = await rejection(deprovisionVolume(mock.api, { volume: 'tank/vms/vm0', owner: OWNER }));
    expect((unmarked as OwnershipMismatchError).found).toBe('no tn:owner (not provisioned by @tn)');
    expect(mock.server.storage.dataset('tank/vms/vm0')).toBeDefined();
    await deprovisionVolume(mock.api, deprovision());
    const before = mutations(mock.server);
    const again = await deprovisionVolume(mock.api, deprovision());
    expect(again).toMatchObject({ removed: false, deleted: [], calls: [] });
    expect(mutations(mock.server)).toEqual(before);
  });

  test('behavior: dry run lists the calls and deletes nothing; a failed run resumes', async () => {
    await provisionVolume(mock.api, iscsi());
    const before = await inventory(mock.api);
    const dry = await deprovisionVolume(mock.api, deprovision(), { dryRun: true });
    expect(dry.calls.map((c) => c.step)).toEqual([
      'delete iSCSI LUN link',
      'forget iscsi.targetextent 1',
      'delete iSCSI target',
      'forget iscsi.target 1',
      'delete iSCSI extent',
      'forget iscsi.extent 1',
      'destroy volume',
    ]);
    expect(await inventory(mock.api)).toEqual(before);

    mock.server.faults.failOnce('iscsi.extent.delete');
    const err = await rejection(deprovisionVolume(mock.api, deprovision()));
    expect(err).toMatchObject({ step: 'delete iSCSI extent', method: 'iscsi.extent.delete' });
    expect((err as WorkflowStepError).rollback.undone).toEqual([]);
    const resumed = await deprovisionVolume(mock.api, deprovision());
    expect(resumed.deleted).toEqual(['iscsi.extent 1']);
    expect(mock.server.storage.dataset(VOLUME)).toBeUndefined();
  });
});
