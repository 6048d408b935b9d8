import { beforeEach, describe, expect, test } from 'vitest';
import {
  type AuditRecord,
  ConflictError,
  exposureNames,
  type ProvisionVolumeRequest,
  provisionVolume,
  readVolumeMarkers,
  VolumeRequestError,
} from '../src/index.js';
import { useMockApi } from './apiHarness.js';
import { rejection } from './workflowHarness.js';
import { failEveryStep, inventory, mutations, userProperties } from './workflowProvisioningFixtures.js';

const mock = useMockApi({ version: '25.10' });
beforeEach(async () => {
  await mock.api.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] });
});

const request = (overrides: Partial<ProvisionVolumeRequest> = {}): ProvisionVolumeRequest => ({
  name: 'pvc-1',
  parent: 'tank/vms',
  owner: 'csi/cluster-a',
  sizeBytes: 1024 ** 3,
  sparse: true,
  expose: { protocol: 'iscsi' },
  ...overrides,
});
const VOLUME = 'tank/vms/pvc-1';

describe('provisionVolume over iSCSI, one target per volume', () => {
  test('default: creates zvol, extent, target and LUN link that point at the volume, and marks them', async () => {
    const result = await provisionVolume(mock.api, request());
    const names = exposureNames(VOLUME);
    expect(result).toMatchObject({ volume: VOLUME, created: true, kind: 'zvol', dryRun: false });
    expect(result.calls.map((call) => call.method)).toEqual([
      'pool.dataset.create',
      'iscsi.extent.create',
      'pool.dataset.update',
      'iscsi.target.create',
      'pool.dataset.update',
      'iscsi.targetextent.create',
      'pool.dataset.update',
    ]);
    const zvol = mock.server.storage.dataset(VOLUME);
    expect(zvol?.type).toBe('VOLUME');
    const extent = await mock.api.iscsi.extents.get(result.iscsi?.extentId as number);
    expect(extent).toMatchObject({ name: names.extent, disk: `zvol/${VOLUME}` });
    const target = await mock.api.iscsi.targets.get(result.iscsi?.targetId as number);
    expect(target.name).toBe(names.target);
    expect(target.name).toMatch(/^[-a-z0-9.:]{1,64}$/);
    expect(target.groups).toEqual([expect.objectContaining({ portal: 1 })]);
    const link = await mock.api.iscsi.targetextents.get(result.iscsi?.targetExtentId as number);
    expect(link).toMatchObject({ target: target.id, extent: extent.id, lunid: 0 });
    expect(result.iscsi).toMatchObject({ lun: 0, shared: false, iqn: `iqn.2005-10.org.freenas.ctl:${names.target}` });

    const markers = readVolumeMarkers((await mock.api.datasets.get(VOLUME)).user_properties);
    expect(markers).toEqual(result.markers);
    expect(markers).toMatchObject({
      owner: 'csi/cluster-a',
      protocol: 'iscsi',
      iscsiExtent: extent.id,
      iscsiTarget: target.id,
      iscsiTargetShared: false,
      iscsiTargetExtent: link.id,
    });
  });

  test('behavior: the same request twice returns the same volume and makes no call', async () => {
    const first = await provisionVolume(mock.api, request());
    const before = mutations(mock.server);
    const second = await provisionVolume(mock.api, request());
    expect(mutations(mock.server)).toEqual(before);
    expect(second.calls).toEqual([]);
    expect(second.created).toBe(false);
    expect({ ...second, created: true, calls: first.calls }).toEqual(first);
  });

  test('behavior: a run that stopped half way is completed, adopting the unrecorded extent', async () => {
    const plan = await provisionVolume(mock.api, request(), { dryRun: true });
    for (const call of plan.calls.slice(0, 2))
      await mock.api.invoke(call.method as 'iscsi.extent.create', call.params as never);
    const extent = (await mock.api.iscsi.extents.query())[0];
    const result = await provisionVolume(mock.api, request());
    expect(result.created).toBe(false);
    expect(result.iscsi?.extentId).toBe(extent?.id);
    expect(result.calls.map((call) => call.step)).toEqual(plan.calls.slice(2).map((call) => call.step));
    expect((await mock.api.iscsi.extents.query()).length).toBe(1);
  });

  test('behavior: a different spec, another owner or an unmarked dataset is a ConflictError before any call', async () => {
    await provisionVolume(mock.api, request());
    const before = mutations(mock.server);
    const bigger = await rejection(provisionVolume(mock.api, request({ sizeBytes: 2 * 1024 ** 3 })));
    expect(bigger).toBeInstanceOf(ConflictError);
    expect((bigger as ConflictError).code).toBe('CONFLICT');
    expect((bigger as ConflictError).conflicts).toEqual(['sizeBytes: existing 1073741824, requested 2147483648']);
    const stranger = await rejection(provisionVolume(mock.api, request({ owner: 'csi/cluster-b' })));
    expect((stranger as ConflictError).conflicts).toEqual([
      'owner: existing "csi/cluster-a", requested "csi/cluster-b"',
    ]);
    const unmarked = await rejection(provisionVolume(mock.api, request({ name: 'vm0' })));
    expect(unmarked).toBeInstanceOf(ConflictError);
    expect((unmarked as ConflictError).shortMessage).toContain('was not provisioned by @tn');
    expect(mutations(mock.server)).toEqual(before);
  });

  test('behavior: invalid combinations are refused before anything is sent', async () => {
    const before = { ...mock.server.executions() };
    const baseline = mutations(mock.server);
    const wrongKind = await rejection(provisionVolume(mock.api, request({ kind: 'filesystem', sparse: undefined })));
    expect(wrongKind).toBeInstanceOf(VolumeRequestError);
    expect((wrongKind as VolumeRequestError).code).toBe('INVALID_REQUEST');
    expect((wrongKind as VolumeRequestError).shortMessage).toContain('kind: iscsi exposes block devices');
    const extra = await rejection(provisionVolume(mock.api, { ...request(), color: 'blue' } as ProvisionVolumeRequest));
    expect(extra).toBeInstanceOf(VolumeRequestError);
    const chap = await rejection(
      provisionVolume(mock.api, request({ expose: { protocol: 'iscsi', authMethod: 'CHAP' } })),
    );
    expect((chap as VolumeRequestError).shortMessage).toContain('expose.authGroup: required by CHAP');
    expect(mock.server.executions()).toEqual(before);
    const noParent = await rejection(provisionVolume(mock.api, request({ parent: 'tank/nope' })));
    expect((noParent as VolumeRequestError).shortMessage).toContain('parent: dataset tank/nope does not exist');
    const noPortal = await rejection(provisionVolume(mock.api, request({ expose: { protocol: 'iscsi', portal: 9 } })));
    expect((noPortal as VolumeRequestError).shortMessage).toContain('iSCSI portal 9 does not exist');
    expect(mutations(mock.server)).toEqual(baseline);
  });

  test('behavior: dry run lists the calls and creates nothing', async () => {
    const before = await inventory(mock.api);
    const baseline = mutations(mock.server);
    const records: AuditRecord[] = [];
    const result = await provisionVolume(mock.api, request(), { dryRun: true, audit: (r) => void records.push(r) });
    expect(result.dryRun).toBe(true);
    expect(result.calls.map((call) => call.step)).toEqual([
      'create zvol',
      'create iSCSI extent',
      'record iSCSI extent on volume',
      'create iSCSI target',
      'record iSCSI target on volume',
      'link extent to target as LUN 0',
      'record LUN link on volume',
    ]);
    expect(result.calls[5]?.params).toEqual([{ target: -2, extent: -1, lunid: 0 }]);
    expect(records.map((r) => r.result)).toEqual(Array(7).fill('planned'));
    expect(await inventory(mock.api)).toEqual(before);
    expect(mutations(mock.server)).toEqual(baseline);
  });

  test('edge: a failure at every step rolls back everything and names the step', async () => {
    const steps = await failEveryStep(mock.server, mock.api, request());
    expect(steps).toHaveLength(7);
  });

  test('edge: an audit sink that throws does not stop the workflow', async () => {
    const result = await provisionVolume(mock.api, request(), {
      audit: () => {
        throw new Error('log down');
      },
    });
    expect(result.auditFailures).toBe(7);
    expect(await userProperties(mock.api, VOLUME)).toHaveProperty(['tn:iscsi-targetextent']);
  });
});

describe('provisionVolume over iSCSI on a shared target', () => {
  async function sharedTarget() {
    const target = await mock.api.iscsi.targets.create({ name: 'k8s', groups: [{ portal: 1 }] });
    await mock.api.datasets.create({ name: 'tank/vms/other', type: 'VOLUME', volsize: 1024 ** 3 });
    const other = await mock.api.iscsi.extents.create({ name: 'other', type: 'DISK', disk: 'zvol/tank/vms/other' });
    await mock.api.iscsi.targetextents.create({ target: target.id, extent: other.id, lunid: 0 });
    return target;
  }
  const shared = (lun?: number) => request({ expose: { protocol: 'iscsi', sharedTarget: 'k8s', lun } });

  test('default: takes the lowest free LUN of the shared target and records it as shared', async () => {
    const target = await sharedTarget();
    const result = await provisionVolume(mock.api, shared());
    expect(result.iscsi).toMatchObject({ target: 'k8s', targetId: target.id, shared: true, lun: 1 });
    expect(result.markers).toMatchObject({ iscsiTarget: target.id, iscsiTargetShared: true });
    expect(result.calls.map((call) => call.method)).not.toContain('iscsi.target.create');
    expect((await mock.api.iscsi.targets.query()).length).toBe(1);
  });

  test('behavior: a taken LUN is a ConflictError naming its holder, before anything is created', async () => {
    await sharedTarget();
    const before = mutations(mock.server);
    const records: AuditRecord[] = [];
    const err = await rejection(provisionVolume(mock.api, shared(0), { audit: (r) => void records.push(r) }));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).shortMessage).toBe(
      'LUN 0 of iSCSI target "k8s": it is taken by extent "other" (zvol/tank/vms/other)',
    );
    expect(mutations(mock.server)).toEqual(before);
    expect(records).toEqual([]);
    expect(mock.server.storage.dataset(VOLUME)).toBeUndefined();
    const free = await provisionVolume(mock.api, shared(5));
    expect(free.iscsi?.lun).toBe(5);
  });

  test('behavior: a shared target that does not exist is refused', async () => {
    const baseline = mutations(mock.server);
    const err = await rejection(provisionVolume(mock.api, shared()));
    expect(err).toBeInstanceOf(VolumeRequestError);
    expect((err as VolumeRequestError).shortMessage).toContain('iSCSI target "k8s" does not exist');
    expect(mutations(mock.server)).toEqual(baseline);
  });

  test('edge: a failure at every step rolls back and leaves the shared target and its LUNs alone', async () => {
    await sharedTarget();
    const steps = await failEveryStep(mock.server, mock.api, shared(3));
    expect(steps).toEqual([
      'create zvol',
      'create iSCSI extent',
      'record iSCSI extent on volume',
      'record iSCSI target on volume',
      'link extent to target as LUN 3',
      'record LUN link on volume',
    ]);
    expect((await mock.api.iscsi.targetextents.query()).map((link) => link.lunid)).toEqual([0]);
  });
});
