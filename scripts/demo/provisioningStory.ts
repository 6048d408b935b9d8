// The provisioning part of `npm run demo`: what a CSI or Proxmox driver does through the @tn/api workflows —
// provision an iSCSI and an NVMe-oF volume, snapshot and clone, a failure mid-provisioning and its rollback, then an
// orphan left behind, detected and cleaned in a dry run. Every step checks its own result.
import {
  type ApiClient,
  type AuditRecord,
  capacityReport,
  cleanupOrphans,
  cloneVolume,
  deprovisionVolume,
  detectOrphans,
  preflightVolume,
  provisionVolume,
  snapshotVolume,
  WorkflowStepError,
} from '@tn/api';
import type { MockServer } from '@tn/mock';
import { check, heading, paint, table } from './print.js';

const OWNER = 'demo/cluster-a';
const GiB = 1024 ** 3;

/** Prints the audit trail a workflow produced. */
function auditTable(records: AuditRecord[]): void {
  table([
    ['result', 'step', 'method', 'target'],
    ...records.map((r) => [
      r.result === 'failed' || r.result === 'undo-failed' ? paint('red', r.result) : r.result,
      r.step,
      r.method,
      r.target,
    ]),
  ]);
}

async function provisionBoth(api: ApiClient): Promise<void> {
  heading('Preflight, then an iSCSI volume');
  const preflight = await preflightVolume(api, { parent: 'tank/vms', sizeBytes: 2 * GiB, protocol: 'iscsi' });
  table(
    preflight.checks.map((c) => [
      c.status === 'passed' ? paint('green', '✓') : c.status === 'failed' ? paint('red', '✗') : '-',
      c.name,
      c.message,
    ]),
  );
  const records: AuditRecord[] = [];
  const request = {
    name: 'pvc-iscsi',
    parent: 'tank/vms',
    owner: OWNER,
    sizeBytes: 2 * GiB,
    sparse: true,
    expose: { protocol: 'iscsi' as const },
  };
  const iscsi = await provisionVolume(api, request, { audit: (r) => void records.push(r) });
  auditTable(records);
  check(iscsi.created && iscsi.iscsi !== undefined, 'the iSCSI volume was created');
  table([
    ['volume', 'target IQN', 'LUN', 'markers'],
    [iscsi.volume, iscsi.iscsi.iqn, String(iscsi.iscsi.lun), Object.keys(iscsi.markers).join(', ')],
  ]);
  const again = await provisionVolume(api, request);
  check(!again.created && again.calls.length === 0, 'the same request again changes nothing');
  console.log(paint('green', '  ✓ idempotent: the same request returned the same volume with no calls'));

  if ((await api.version()) !== '25.10') return;
  heading('An NVMe-oF volume (one subsystem, a host allow-list with DH-CHAP)');
  await api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '0.0.0.0' });
  const nvme = await provisionVolume(api, {
    name: 'pvc-nvme',
    parent: 'tank/vms',
    owner: OWNER,
    sizeBytes: GiB,
    expose: {
      protocol: 'nvmet',
      hosts: [
        { nqn: 'nqn.2014-08.org.nvmexpress:uuid:demo-host-1', dhchapKey: 'DHHC-1:00:ZGVtby1rZXktZGVtby1rZXktMDEy:' },
      ],
    },
  });
  check(nvme.nvmet !== undefined && !nvme.nvmet.allowAnyHost, 'the subsystem only admits the listed host');
  table([
    ['volume', 'subsystem NQN', 'nsid', 'hosts'],
    [nvme.volume, nvme.nvmet.subnqn, String(nvme.nvmet.nsid), String(nvme.nvmet.hostIds.length)],
  ]);
}

async function capacity(api: ApiClient): Promise<void> {
  heading('Capacity and thin provisioning');
  const report = await capacityReport(api, { parents: ['tank/vms'] });
  const gib = (n: number) => `${(n / GiB).toFixed(1)} GiB`;
  table([
    ['where', 'zvols', 'allocated', 'physical', 'thin ratio'],
    ...[...report.pools, ...report.parents].map((e) => [
      e.name,
      String(e.zvols),
      gib(e.allocatedBytes),
      gib(e.physicalBytes),
      `${e.thinRatio.toFixed(3)}${e.overcommitted ? paint('red', ' over-committed') : ''}`,
    ]),
  ]);
  check(
    report.parents.some((p) => p.name === 'tank/vms' && p.zvols >= 2),
    'the new zvols are counted under tank/vms',
  );
}

async function snapshotAndClone(api: ApiClient): Promise<void> {
  heading('Snapshot and clone a volume');
  const snap = await snapshotVolume(api, { volume: 'tank/vms/pvc-iscsi', name: 'golden' });
  const clone = await cloneVolume(api, { snapshot: snap.snapshot, target: 'tank/vms/pvc-iscsi-clone' });
  const [row] = await api.datasets.query([['id', '=', 'tank/vms/pvc-iscsi-clone']]);
  check(row !== undefined, 'the clone exists');
  table([
    ['snapshot', 'clone', 'origin'],
    [snap.snapshot, clone.target, String((row.origin as { parsed?: unknown } | undefined)?.parsed ?? '')],
  ]);
}

async function failureAndRollback(api: ApiClient, server: MockServer): Promise<void> {
  heading('A failure mid-provisioning, rolled back');
  server.faults.failOnce('iscsi.target.create');
  const records: AuditRecord[] = [];
  const error = await provisionVolume(
    api,
    { name: 'pvc-doomed', parent: 'tank/vms', owner: OWNER, sizeBytes: GiB, expose: { protocol: 'iscsi' } },
    { audit: (r) => void records.push(r) },
  ).catch((e: unknown) => e);
  check(error instanceof WorkflowStepError, 'the failure is a WorkflowStepError');
  console.log(`  ${paint('yellow', error.shortMessage)}`);
  auditTable(records);
  const left = await api.datasets.query([['id', '=', 'tank/vms/pvc-doomed']]);
  const extents = await api.iscsi.extents.query([['name', '~', 'pvc-doomed']]);
  check(left.length === 0 && extents.length === 0, 'nothing of the failed volume is left');
  console.log(paint('green', `  ✓ rolled back: ${error.rollback.undone.join(', ')}`));
}

async function orphans(api: ApiClient): Promise<void> {
  heading('An orphan: a zvol deleted behind the driver’s back');
  await api.datasets.delete('tank/vms/pvc-iscsi-clone');
  await api.datasets.delete('tank/vms/pvc-iscsi', { recursive: true, force: true });
  const report = await detectOrphans(api, { parents: ['tank/vms'] });
  table([['kind', 'id', 'why'], ...report.findings.map((f) => [f.kind, String(f.id), f.reason])]);
  check(
    report.findings.some((f) => f.kind === 'iscsi-extent'),
    'the extent without a zvol is found',
  );
  const plan = await cleanupOrphans(api, report);
  check(plan.dryRun && plan.calls.length > 0, 'the default cleanup is a dry run with planned calls');
  table([['would call', 'target'], ...plan.calls.map((c) => [c.method, c.target])]);
  const after = await detectOrphans(api, { parents: ['tank/vms'] });
  check(after.findings.length === report.findings.length, 'the dry run deleted nothing');
  const done = await cleanupOrphans(api, report, { dryRun: false });
  check(
    done.failed.length === 0 && (await detectOrphans(api, { parents: ['tank/vms'] })).findings.length === 0,
    'cleaned',
  );
  console.log(paint('green', `  ✓ cleaned ${done.deleted.length} orphans`));
}

/** The provisioning story against @tn/mock: workflows through `api`, failures injected through `server`. */
export async function provisioningStory(api: ApiClient, server: MockServer): Promise<void> {
  await provisionBoth(api);
  await capacity(api);
  await snapshotAndClone(api);
  await failureAndRollback(api, server);
  await orphans(api);
  if ((await api.version()) === '25.10') {
    const gone = await deprovisionVolume(api, { volume: 'tank/vms/pvc-nvme', owner: OWNER });
    check(gone.calls.length > 0, 'the NVMe-oF volume was deprovisioned');
    console.log(paint('green', `  ✓ deprovisioned tank/vms/pvc-nvme in ${gone.calls.length} calls`));
  }
}
