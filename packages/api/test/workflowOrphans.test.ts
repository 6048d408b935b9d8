import { CallError, Errno } from '@tn/mock';
import { describe, expect, test } from 'vitest';
import {
  type ApiClient,
  type AuditRecord,
  cleanupOrphans,
  detectOrphans,
  exposureNames,
  type OrphanFinding,
  OrphanInputError,
  OrphanReportSchema,
  type VolumeMarkers,
  volumeMarkerUpdates,
} from '../src/index.js';
import { useMockApi } from './apiHarness.js';

const GiB = 1024 ** 3;

async function zvol(api: ApiClient, name: string): Promise<void> {
  await api.datasets.create({ name, type: 'VOLUME', volsize: GiB });
}

async function mark(api: ApiClient, name: string, markers: Partial<VolumeMarkers>): Promise<void> {
  await api.datasets.update(name, { user_properties_update: volumeMarkerUpdates(markers) });
}

/** zvol + extent + target + LUN 0 link, named after the zvol's last component. */
async function iscsiStack(api: ApiClient, dataset: string) {
  const name = dataset.split('/').at(-1) ?? dataset;
  await zvol(api, dataset);
  const extent = await api.iscsi.extents.create({ name, type: 'DISK', disk: `zvol/${dataset}` });
  const target = await api.iscsi.targets.create({ name: `tgt-${name}` });
  const link = await api.iscsi.targetextents.create({ target: target.id, extent: extent.id });
  return { extent: extent.id, target: target.id, link: link.id };
}

/** zvol + subsystem + namespace. */
async function nvmetStack(api: ApiClient, dataset: string) {
  const name = dataset.split('/').at(-1) ?? dataset;
  await zvol(api, dataset);
  const subsys = await api.nvmet.subsystems.create({ name: `sub-${name}` });
  const ns = await api.nvmet.namespaces.create({
    device_type: 'ZVOL',
    device_path: `zvol/${dataset}`,
    subsys_id: subsys.id,
  });
  return { subsys: subsys.id, namespace: ns.id };
}

/** The delete calls of cleaning the orphans of `seedOrphans`, in their safe order. */
const CLEANUP_CALLS = [
  'nvmet.port_subsys.delete',
  'iscsi.targetextent.delete',
  'iscsi.target.delete',
  'iscsi.target.delete',
  'iscsi.extent.delete',
  'nvmet.namespace.delete',
  'nvmet.subsys.delete',
  'nvmet.subsys.delete',
  'sharing.nfs.delete',
];

const summary = (findings: readonly OrphanFinding[]) => findings.map((f) => `${f.kind}:${f.name}:${f.cause}`);

describe('orphans (25.10)', () => {
  const mock = useMockApi({ version: '25.10' });

  /** Healthy objects of every kind, plus one orphan (or orphan chain) of every kind. */
  async function seedOrphans() {
    mock.server.storage.addDataset({ name: 'tank/k8s' });
    const ok = await iscsiStack(mock.api, 'tank/k8s/pvc-ok');
    await mark(mock.api, 'tank/k8s/pvc-ok', { owner: 'csi/a', protocol: 'iscsi', iscsiExtent: ok.extent });
    await nvmetStack(mock.api, 'tank/k8s/nvme-ok');
    mock.server.storage.addDataset({ name: 'tank/k8s/share-ok' });
    await mock.api.sharing.nfs.create({ path: '/mnt/tank/k8s/share-ok' });
    await mock.api.sharing.smb.create({ name: 'media', path: '/mnt/tank/media' });

    const iscsi = await iscsiStack(mock.api, 'tank/k8s/pvc-1');
    await mock.api.datasets.delete('tank/k8s/pvc-1');
    const emptyTarget = await mock.api.iscsi.targets.create({ name: 'tgt-empty' });
    const nvmet = await nvmetStack(mock.api, 'tank/k8s/pvc-2');
    const port = await mock.api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '0.0.0.0' });
    await mock.api.nvmet.portSubsystems.create({ port_id: port.id, subsys_id: nvmet.subsys });
    await mock.api.datasets.delete('tank/k8s/pvc-2');
    await mock.api.nvmet.subsystems.create({ name: 'sub-empty' });

    mock.server.storage.addDataset({ name: 'tank/k8s/share-1' });
    await mock.api.sharing.nfs.create({ path: '/mnt/tank/k8s/share-1' });
    await mock.api.sharing.smb.create({ name: 'share1', path: '/mnt/tank/k8s/share-1' });
    await mock.api.datasets.delete('tank/k8s/share-1');

    const pool = mock.server.storage.addPool({ name: 'scratch', disks: ['sdc'] });
    mock.server.storage.addDataset({ name: 'scratch/data' });
    await mock.api.sharing.nfs.create({ path: '/mnt/scratch/data' });
    await mock.api.pools.export(Number(pool.id), { destroy: true });
    return { iscsi, emptyTarget: emptyTarget.id, nvmet };
  }

  test('default: finds exactly the orphans of each kind, and not the healthy objects', async () => {
    const { iscsi } = await seedOrphans();
    const report = await detectOrphans(mock.api, { now: () => new Date('2026-12-06T10:00:00Z') });
    expect(OrphanReportSchema.parse(report)).toEqual(report);
    expect(summary(report.findings)).toEqual([
      "iscsi-targetextent:LUN 0 of target 'tgt-pvc-1':orphan-extent",
      'iscsi-target:tgt-pvc-1:orphan-extents',
      'iscsi-target:tgt-empty:no-extents',
      'iscsi-extent:pvc-1:missing-zvol',
      "nvmet-namespace:namespace 1 of subsystem 'sub-pvc-2':missing-zvol",
      'nvmet-subsystem:sub-pvc-2:orphan-namespaces',
      'nvmet-subsystem:sub-empty:no-namespaces',
      'nfs-share:/mnt/scratch/data:missing-path',
    ]);
    const extent = report.findings.find((f) => f.kind === 'iscsi-extent');
    expect(extent).toMatchObject({
      id: iscsi.extent,
      reason: "extent 'pvc-1' points at zvol/tank/k8s/pvc-1, which does not exist",
      managed: false,
      path: 'zvol/tank/k8s/pvc-1',
      dataset: 'tank/k8s/pvc-1',
    });
    expect(report.findings.find((f) => f.kind === 'iscsi-targetextent')).toMatchObject({
      target: iscsi.target,
      extent: iscsi.extent,
    });
    expect(report.counts).toMatchObject({ total: 8, managed: 0 });
    expect(report.counts.byKind).toMatchObject({ 'iscsi-target': 2, 'nvmet-subsystem': 2, 'smb-share': 0, volume: 0 });
    expect(report).toMatchObject({
      version: '25.10',
      checkedAt: '2026-12-06T10:00:00.000Z',
      scope: { inventoryChecked: false, nvmetChecked: true },
    });
  });

  test('behavior: with parents, shares of destroyed volumes count and unplaceable objects do not', async () => {
    await seedOrphans();
    const report = await detectOrphans(mock.api, { parents: ['tank/k8s/'] });
    expect(report.scope.parents).toEqual(['tank/k8s']);
    expect(summary(report.findings)).toEqual([
      "iscsi-targetextent:LUN 0 of target 'tgt-pvc-1':orphan-extent",
      'iscsi-target:tgt-pvc-1:orphan-extents',
      'iscsi-extent:pvc-1:missing-zvol',
      "nvmet-namespace:namespace 1 of subsystem 'sub-pvc-2':missing-zvol",
      'nvmet-subsystem:sub-pvc-2:orphan-namespaces',
      'nfs-share:/mnt/tank/k8s/share-1:missing-dataset',
      'smb-share:share1:missing-dataset',
    ]);
    expect(report.findings.find((f) => f.kind === 'smb-share')?.reason).toBe(
      "SMB share 'share1' shares /mnt/tank/k8s/share-1, whose dataset tank/k8s/share-1 does not exist",
    );
  });

  test('behavior: a dry run (the default) deletes nothing and lists the planned deletions', async () => {
    await seedOrphans();
    const report = await detectOrphans(mock.api);
    const before = mock.server.executions();
    const refused = await cleanupOrphans(mock.api, report);
    expect(refused.planned).toEqual([]);
    expect(refused.calls).toEqual([]);
    expect(refused.skipped.map((s) => s.reason)).toEqual(
      Array(8).fill('unmanaged: the SDK did not make it (see includeUnmanaged)'),
    );

    const records: AuditRecord[] = [];
    const plan = await cleanupOrphans(mock.api, report, { includeUnmanaged: true, audit: (r) => void records.push(r) });
    expect(plan.dryRun).toBe(true);
    expect(plan.deleted).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(plan.failed).toEqual([]);
    expect(plan.planned.map((p) => `${p.kind}:${p.name}`)).toEqual(
      summary(report.findings).map((s) => s.replace(/:[a-z-]+$/, '')),
    );
    expect(plan.calls.map((c) => c.method)).toEqual(CLEANUP_CALLS);
    expect(records.map((r) => r.result)).toEqual(Array(9).fill('planned'));
    expect(records.every((r) => r.workflow === 'cleanupOrphans')).toBe(true);
    const after = mock.server.executions();
    const deletes = Object.keys(after).filter((m) => m.endsWith('.delete') && after[m] !== before[m]);
    expect(deletes).toEqual([]);
    expect((await detectOrphans(mock.api)).counts.total).toBe(8);
  });

  test('behavior: cleanup deletes the orphans in a safe order and keeps the healthy objects', async () => {
    await seedOrphans();
    const report = await detectOrphans(mock.api);
    const records: AuditRecord[] = [];
    const done = await cleanupOrphans(mock.api, report, {
      dryRun: false,
      includeUnmanaged: true,
      audit: (r) => void records.push(r),
    });
    expect(done.failed).toEqual([]);
    expect(done.skipped).toEqual([]);
    expect(done.deleted).toHaveLength(8);
    expect(done.calls.map((c) => c.method)).toEqual(CLEANUP_CALLS);
    expect(records.map((r) => r.result)).toEqual(Array(9).fill('done'));
    expect((await detectOrphans(mock.api)).findings).toEqual([]);
    expect((await mock.api.iscsi.extents.query()).map((e) => e.name)).toEqual(['pvc-ok']);
    expect((await mock.api.iscsi.targets.query()).map((t) => t.name)).toEqual(['tgt-pvc-ok']);
    expect((await mock.api.nvmet.subsystems.query()).map((s) => s.name)).toEqual(['sub-nvme-ok']);
    expect((await mock.api.sharing.nfs.query()).map((s) => s.path)).toEqual([
      '/mnt/tank/k8s/share-ok',
      '/mnt/tank/k8s/share-1',
    ]);
  });

  test('behavior: objects named by the SDK convention are managed and cleaned without includeUnmanaged', async () => {
    const names = exposureNames('tank/k8s/pvc-9');
    mock.server.storage.addDataset({ name: 'tank/k8s' });
    await zvol(mock.api, 'tank/k8s/pvc-9');
    const extent = await mock.api.iscsi.extents.create({
      name: names.extent,
      type: 'DISK',
      disk: 'zvol/tank/k8s/pvc-9',
    });
    const target = await mock.api.iscsi.targets.create({ name: names.target });
    await mock.api.iscsi.targetextents.create({ target: target.id, extent: extent.id });
    const subsys = await mock.api.nvmet.subsystems.create({ name: names.subsystem });
    await mock.api.nvmet.namespaces.create({
      device_type: 'ZVOL',
      device_path: 'zvol/tank/k8s/pvc-9',
      subsys_id: subsys.id,
    });
    await mock.api.datasets.delete('tank/k8s/pvc-9');
    await iscsiStack(mock.api, 'tank/k8s/foreign');
    await mock.api.datasets.delete('tank/k8s/foreign');

    const report = await detectOrphans(mock.api, { owner: 'csi/a' });
    expect(report.findings.map((f) => `${f.kind}:${f.name}:${f.managed}:${f.owner ?? '-'}`)).toEqual([
      `iscsi-targetextent:LUN 0 of target '${names.target}':true:-`,
      "iscsi-targetextent:LUN 0 of target 'tgt-foreign':false:-",
      `iscsi-target:${names.target}:true:-`,
      'iscsi-target:tgt-foreign:false:-',
      `iscsi-extent:${names.extent}:true:-`,
      'iscsi-extent:foreign:false:-',
      `nvmet-namespace:namespace 1 of subsystem '${names.subsystem}':true:-`,
      `nvmet-subsystem:${names.subsystem}:true:-`,
    ]);
    expect(report.counts.managed).toBe(5);
    const done = await cleanupOrphans(mock.api, report, { dryRun: false });
    expect(done.deleted).toHaveLength(5);
    expect(done.skipped.map((s) => s.name)).toEqual(["LUN 0 of target 'tgt-foreign'", 'tgt-foreign', 'foreign']);
    expect((await mock.api.iscsi.extents.query()).map((e) => e.name)).toEqual(['foreign']);
    expect(await mock.api.nvmet.subsystems.query()).toEqual([]);
  });

  test('behavior: the re-check skips a finding whose id now names a healthy object', async () => {
    mock.server.storage.addDataset({ name: 'tank/k8s' });
    await zvol(mock.api, 'tank/k8s/pvc-1');
    const orphan = await mock.api.iscsi.extents.create({ name: 'pvc-1', type: 'DISK', disk: 'zvol/tank/k8s/pvc-1' });
    await mock.api.datasets.delete('tank/k8s/pvc-1');
    const report = await detectOrphans(mock.api);
    expect(summary(report.findings)).toEqual(['iscsi-extent:pvc-1:missing-zvol']);

    await mock.api.iscsi.extents.delete(orphan.id);
    await zvol(mock.api, 'tank/k8s/pvc-new');
    const reused = await mock.api.iscsi.extents.create({
      name: 'pvc-new',
      type: 'DISK',
      disk: 'zvol/tank/k8s/pvc-new',
    });
    expect(reused.id).toBe(orphan.id);

    const done = await cleanupOrphans(mock.api, report, { dryRun: false, includeUnmanaged: true });
    expect(done.deleted).toEqual([]);
    expect(done.calls).toEqual([]);
    expect(done.skipped).toEqual([
      {
        kind: 'iscsi-extent',
        id: orphan.id,
        name: 'pvc-1',
        reason: "its id now names a different extent ('pvc-new' on zvol/tank/k8s/pvc-new)",
      },
    ]);
    expect((await mock.api.iscsi.extents.get(reused.id)).name).toBe('pvc-new');
  });

  test('behavior: an orphan fixed since the report is skipped', async () => {
    await zvol(mock.api, 'tank/vms/lun1');
    await mock.api.iscsi.extents.create({ name: 'lun1', type: 'DISK', disk: 'zvol/tank/vms/lun1' });
    await mock.api.datasets.delete('tank/vms/lun1');
    const report = await detectOrphans(mock.api);
    await zvol(mock.api, 'tank/vms/lun1');
    const done = await cleanupOrphans(mock.api, report, { dryRun: false, includeUnmanaged: true });
    expect(done.skipped.map((s) => s.reason)).toEqual(['zvol tank/vms/lun1 exists again']);
    expect(await mock.api.iscsi.extents.query()).toHaveLength(1);
  });

  test('error: a failed deletion is reported and the rest is cleaned; busy refusals are retried', async () => {
    const first = await iscsiStack(mock.api, 'tank/vms/a');
    const second = await iscsiStack(mock.api, 'tank/vms/b');
    await mock.api.datasets.delete('tank/vms/a');
    await mock.api.datasets.delete('tank/vms/b');
    const report = await detectOrphans(mock.api);
    expect(report.counts.total).toBe(6);

    mock.server.faults.failOnce('iscsi.extent.delete');
    mock.server.faults.failOnce('iscsi.target.delete', new CallError('Target tgt-a is in use.', Errno.EBUSY));
    const records: AuditRecord[] = [];
    const done = await cleanupOrphans(mock.api, report, {
      dryRun: false,
      includeUnmanaged: true,
      retry: { attempts: 3, minDelayMs: 1, maxDelayMs: 2 },
      audit: (r) => void records.push(r),
    });
    expect(done.failed).toEqual([
      { kind: 'iscsi-extent', id: first.extent, name: 'a', error: expect.stringContaining('Injected failure') },
    ]);
    expect(done.deleted.map((d) => `${d.kind}:${d.id}`)).toEqual([
      `iscsi-targetextent:${first.link}`,
      `iscsi-targetextent:${second.link}`,
      `iscsi-target:${first.target}`,
      `iscsi-target:${second.target}`,
      `iscsi-extent:${second.extent}`,
    ]);
    expect(records.find((r) => r.method === 'iscsi.target.delete')?.attempts).toBe(2);
    expect(records.filter((r) => r.result === 'failed').map((r) => r.target)).toEqual([
      `iscsi-extent ${first.extent} (a)`,
    ]);
    expect(summary((await detectOrphans(mock.api)).findings)).toEqual(['iscsi-extent:a:missing-zvol']);
  });

  test('behavior: volumes with the owner marker that the inventory no longer lists', async () => {
    mock.server.storage.addDataset({ name: 'tank/k8s' });
    for (const name of ['pvc-a', 'pvc-c', 'pvc-d', 'plain']) await zvol(mock.api, `tank/k8s/${name}`);
    await mark(mock.api, 'tank/k8s/pvc-a', { owner: 'csi/a', protocol: 'none' });
    await mark(mock.api, 'tank/k8s/pvc-c', { owner: 'csi/b', protocol: 'none' });
    await mark(mock.api, 'tank/k8s/pvc-d', { owner: 'csi/a', protocol: 'none' });
    mock.server.storage.addSnapshot({ name: 'tank/k8s/pvc-d@base' });
    mock.server.storage.addDataset({
      name: 'tank/clone-d',
      type: 'VOLUME',
      volsize: GiB,
      origin: 'tank/k8s/pvc-d@base',
    });
    const b = await iscsiStack(mock.api, 'tank/k8s/pvc-b');
    await mark(mock.api, 'tank/k8s/pvc-b', {
      owner: 'csi/a',
      protocol: 'iscsi',
      iscsiExtent: b.extent,
      iscsiTarget: b.target,
      iscsiTargetExtent: b.link,
    });
    mock.server.storage.addSnapshot({ name: 'tank/k8s/pvc-b@s1' });

    expect((await detectOrphans(mock.api, { owner: 'csi/a' })).findings).toEqual([]);
    const inventory = ['tank/k8s/pvc-a'];
    const report = await detectOrphans(mock.api, { owner: 'csi/a', inventory, parents: ['tank/k8s'] });
    expect(summary(report.findings)).toEqual([
      "iscsi-targetextent:LUN 0 of target 'tgt-pvc-b':orphan-extent",
      'iscsi-target:tgt-pvc-b:orphan-extents',
      'iscsi-extent:pvc-b:orphan-volume',
      'volume:tank/k8s/pvc-b:not-in-inventory',
      'volume:tank/k8s/pvc-d:not-in-inventory',
    ]);
    expect(report.findings.every((f) => f.managed && f.owner === 'csi/a')).toBe(true);
    expect(report.findings.find((f) => f.kind === 'iscsi-extent')?.reason).toBe(
      "extent 'pvc-b' exposes volume tank/k8s/pvc-b, which is an orphan (not in the inventory)",
    );
    expect(report.scope).toEqual({ owner: 'csi/a', parents: ['tank/k8s'], inventoryChecked: true, nvmetChecked: true });

    const done = await cleanupOrphans(mock.api, report, { dryRun: false });
    expect(done.failed).toEqual([]);
    expect(done.deleted.map((d) => `${d.kind}:${d.name}`)).toEqual([
      "iscsi-targetextent:LUN 0 of target 'tgt-pvc-b'",
      'iscsi-target:tgt-pvc-b',
      'iscsi-extent:pvc-b',
      'volume:tank/k8s/pvc-b',
    ]);
    expect(done.skipped).toEqual([
      {
        kind: 'volume',
        id: 'tank/k8s/pvc-d',
        name: 'tank/k8s/pvc-d',
        reason: 'its snapshots have clones (tank/clone-d); a recursive delete is refused',
      },
    ]);
    expect(done.calls.at(-1)).toMatchObject({
      method: 'pool.dataset.delete',
      params: ['tank/k8s/pvc-b', { recursive: true }],
    });
    expect(mock.server.storage.datasetNames().filter((n) => n.startsWith('tank/k8s/'))).toEqual([
      'tank/k8s/plain',
      'tank/k8s/pvc-a',
      'tank/k8s/pvc-c',
      'tank/k8s/pvc-d',
    ]);
    expect(mock.server.storage.snapshot('tank/k8s/pvc-b@s1')).toBeUndefined();
  });

  test('behavior: exposures of a volume that is kept are not deleted', async () => {
    mock.server.storage.addDataset({ name: 'tank/k8s' });
    const b = await iscsiStack(mock.api, 'tank/k8s/pvc-b');
    await mark(mock.api, 'tank/k8s/pvc-b', { owner: 'csi/a', protocol: 'iscsi', iscsiExtent: b.extent });
    const report = await detectOrphans(mock.api, { owner: 'csi/a', inventory: [] });
    expect(report.findings.map((f) => f.kind)).toEqual([
      'iscsi-targetextent',
      'iscsi-target',
      'iscsi-extent',
      'volume',
    ]);
    const done = await cleanupOrphans(mock.api, report, {
      dryRun: false,
      kinds: ['iscsi-targetextent', 'iscsi-target', 'iscsi-extent'],
    });
    expect(done.deleted).toEqual([]);
    expect(done.skipped.map((s) => `${s.kind}: ${s.reason}`)).toEqual([
      'iscsi-extent: volume tank/k8s/pvc-b is not being deleted',
      `iscsi-targetextent: extent #${b.extent} is not being deleted`,
      `iscsi-target: it still has LUN links #${b.link}`,
    ]);
    expect(await mock.api.iscsi.targetextents.query()).toHaveLength(1);
  });

  test('error: refused input reads and deletes nothing', async () => {
    const before = mock.server.executions('iscsi.extent.query');
    await expect(detectOrphans(mock.api, { parents: [] })).rejects.toBeInstanceOf(OrphanInputError);
    await expect(detectOrphans(mock.api, { inventory: ['/mnt/tank/x'] })).rejects.toThrow(
      /inventory\.0: expected a dataset name/,
    );
    const bad = [{ kind: 'lun', id: 1 }] as unknown as OrphanFinding[];
    await expect(cleanupOrphans(mock.api, bad)).rejects.toMatchObject({
      name: 'OrphanInputError',
      subject: 'findings',
    });
    await expect(cleanupOrphans(mock.api, [], { kinds: ['lun' as 'volume'] })).rejects.toMatchObject({
      subject: 'options',
    });
    expect(mock.server.executions('iscsi.extent.query')).toBe(before);
  });
});

describe('orphans (25.04)', () => {
  const mock = useMockApi({ version: '25.04' });

  test('behavior: NVMe-oF checks are skipped; iSCSI orphans are found and cleaned', async () => {
    await iscsiStack(mock.api, 'tank/vms/lun0');
    await mock.api.datasets.delete('tank/vms/lun0');
    const report = await detectOrphans(mock.api);
    expect(report.scope.nvmetChecked).toBe(false);
    expect(report.version).toBe('25.04');
    expect(report.findings.map((f) => f.kind)).toEqual(['iscsi-targetextent', 'iscsi-target', 'iscsi-extent']);
    expect(mock.server.unhandled().filter((m) => m.startsWith('nvmet.'))).toEqual([]);
    const done = await cleanupOrphans(mock.api, report, { dryRun: false, includeUnmanaged: true });
    expect(done.deleted).toHaveLength(3);
    expect((await detectOrphans(mock.api)).findings).toEqual([]);
  });
});
