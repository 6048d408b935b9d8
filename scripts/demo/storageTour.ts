// The storage part of `npm run demo`: pools, the dataset tree, snapshot → clone → rollback, shares and block
// targets (when the mock emulates them), then a failing disk. Every step checks its own result.
import { type ApiClient, checkStorageHealth } from '@tn/api';
import type { MockServer } from '@tn/mock';
import { MethodNotFoundRpcError } from '@tn/rpc';
import { check, heading, paint, table } from './print.js';

type Prop = { parsed?: unknown; value?: unknown } | undefined;
type Row = Record<string, unknown>;

/** Bytes as B/KiB/MiB/GiB/TiB with one decimal. */
export function bytes(n: unknown): string {
  let value = Number(n ?? 0);
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

const parsed = (row: Row, key: string): unknown => (row[key] as Prop)?.parsed;

async function poolsTable(api: ApiClient): Promise<Row[]> {
  const pools = (await api.pools.query()) as Row[];
  table([
    ['pool', 'status', 'healthy', 'size', 'used', 'free'],
    ...pools.map((p) => [
      String(p.name),
      String(p.status),
      p.healthy ? paint('green', 'yes') : paint('red', 'no'),
      bytes(p.size),
      bytes(p.allocated),
      bytes(p.free),
    ]),
  ]);
  return pools;
}

async function datasetTree(api: ApiClient): Promise<Row[]> {
  const rows = (await api.datasets.query([], { extra: { flat: true, retrieve_children: false } })) as Row[];
  rows.sort((a, b) => String(a.name).localeCompare(String(b.name)));
  table([
    ['dataset', 'type', 'used', 'available', 'origin'],
    ...rows.map((r) => {
      const name = String(r.name);
      const depth = name.split('/').length - 1;
      return [
        `${'  '.repeat(depth)}${depth === 0 ? name : name.slice(name.lastIndexOf('/') + 1)}`,
        r.type === 'VOLUME' ? 'zvol' : 'fs',
        bytes(parsed(r, 'used')),
        bytes(parsed(r, 'available')),
        String(parsed(r, 'origin') || ''),
      ];
    }),
  ]);
  return rows;
}

async function referenced(api: ApiClient, name: string): Promise<number> {
  const row = (await api.datasets.get(name, { extra: { properties: ['referenced'] } })) as Row;
  return Number(parsed(row, 'referenced'));
}

async function snapshotCloneRollback(api: ApiClient, server: MockServer): Promise<void> {
  heading('Snapshot → clone → rollback');
  const snap = await api.snapshots.create({ dataset: 'tank/media', name: 'tour' });
  check(snap.name === 'tank/media@tour', 'the snapshot was created');
  console.log(`  snapshot  ${snap.name}`);

  await api.snapshots.clone({ snapshot: 'tank/media@tour', dataset_dst: 'tank/media-copy' });
  const clone = (await api.datasets.get('tank/media-copy', { extra: { properties: ['origin'] } })) as Row;
  check(parsed(clone, 'origin') === 'tank/media@tour', 'the clone exists and its origin is the snapshot');
  console.log(`  clone     tank/media-copy (origin ${String(parsed(clone, 'origin'))})`);

  const before = await referenced(api, 'tank/media');
  server.storage.writeData('tank/media', 5 * 1024 ** 3);
  const written = await referenced(api, 'tank/media');
  check(written > before, 'writing data grew the dataset');
  await api.snapshots.rollback('tank/media@tour');
  const after = await referenced(api, 'tank/media');
  check(after === before, 'the rollback restored the snapshot contents');
  console.log(
    `  rollback  tank/media: ${bytes(before)} → wrote 5 GiB → ${bytes(written)} → rollback → ${bytes(after)}`,
  );
}

/** Runs one optional section; when the mock does not emulate it (yet), prints a one-line note instead. */
async function optional(title: string, section: () => Promise<void>): Promise<void> {
  try {
    await section();
  } catch (error) {
    const missing = error instanceof MethodNotFoundRpcError || (error as Error).name === 'NotFoundError';
    console.log(
      paint('dim', `  (${title} skipped: ${missing ? 'not emulated by this mock' : (error as Error).message})`),
    );
  }
}

async function shares(api: ApiClient): Promise<void> {
  await optional('NFS and SMB shares', async () => {
    const nfs = await api.sharing.nfs.create({ path: '/mnt/tank/media', comment: 'media for the LAN' });
    const smb = await api.sharing.smb.create({ path: '/mnt/tank/home', name: 'home' });
    heading('NFS and SMB shares');
    const listed = [...(await api.sharing.nfs.query()), ...(await api.sharing.smb.query())] as Row[];
    check(listed.length >= 2, 'both shares are listed');
    table([
      ['share', 'name', 'path', 'enabled'],
      ['NFS', `#${nfs.id}`, String(nfs.path), String(nfs.enabled)],
      ['SMB', String(smb.name), String(smb.path), String(smb.enabled)],
    ]);
  });
  await optional('iSCSI target', async () => {
    await api.datasets.create({ name: 'tank/vms/lun0', type: 'VOLUME', volsize: 1024 ** 3, sparse: true });
    const target = await api.iscsi.targets.create({ name: 'tour' });
    const extent = await api.iscsi.extents.create({ name: 'lun0', type: 'DISK', disk: 'zvol/tank/vms/lun0' });
    const link = await api.iscsi.targetextents.create({ target: target.id, extent: extent.id, lunid: 0 });
    heading('iSCSI target with a LUN');
    check(link.target === target.id && link.extent === extent.id, 'the LUN is mapped to the target');
    table([
      ['target', 'extent', 'device', 'LUN'],
      [target.name, extent.name, String(extent.disk), String(link.lunid)],
    ]);
  });
  if ((await api.version()) !== '25.10') return;
  await optional('NVMe-oF namespace', async () => {
    await api.datasets.create({ name: 'tank/vms/ns1', type: 'VOLUME', volsize: 1024 ** 3, sparse: true });
    const subsys = await api.nvmet.subsystems.create({ name: 'tour' });
    const ns = await api.nvmet.namespaces.create({
      subsys_id: subsys.id,
      device_type: 'ZVOL',
      device_path: 'zvol/tank/vms/ns1',
    });
    heading('NVMe-oF namespace (25.10)');
    check(ns.subsys.id === subsys.id, 'the namespace belongs to the subsystem');
    table([
      ['subsystem', 'NQN', 'nsid', 'device'],
      [subsys.name, String(subsys.subnqn), String(ns.nsid), String(ns.device_path)],
    ]);
  });
}

/**
 * The storage tour against @tn/mock (default storage seed): reads through `api`, injects failures through
 * `server.storage`.
 */
export async function storageTour(api: ApiClient, server: MockServer): Promise<void> {
  heading('Pools');
  const pools = await poolsTable(api);
  check(
    pools.some((p) => p.name === 'tank' && p.healthy === true),
    'pool tank is healthy',
  );

  heading('Datasets');
  const rows = await datasetTree(api);
  check(
    rows.some((r) => r.name === 'tank/vms/vm0'),
    'the seeded datasets are listed',
  );

  await snapshotCloneRollback(api, server);
  await shares(api);

  heading('A failing disk');
  const disk = server.storage.degradePool('tank');
  console.log(`  ${paint('yellow', `disk ${disk} faulted`)}`);
  const [tank] = (await api.pools.query([['name', '=', 'tank']])) as Row[];
  check(tank?.status === 'DEGRADED' && tank.healthy === false, 'pool tank is DEGRADED');
  await poolsTable(api);
  const alerts = (await api.alerts.list()) as Row[];
  check(
    alerts.some((a) => a.klass === 'VolumeStatus'),
    'a VolumeStatus alert was raised',
  );
  table([
    ['level', 'alert', 'detail'],
    ...alerts.map((a) => {
      const args = (a.args ?? {}) as Row;
      return [String(a.level), String(a.klass), `${String(args.volume ?? '')} ${String(args.state ?? '')}`.trim()];
    }),
  ]);
  heading('Health (pool status, vdev states, scan errors, alerts)');
  const health = await checkStorageHealth(api);
  console.log(`  overall: ${paint(health.level === 'healthy' ? 'green' : 'red', health.level)}`);
  for (const reason of health.reasons) console.log(`  - ${reason}`);
  check(health.level === 'critical' && health.pools.tank?.level === 'degraded', 'tank is degraded, the alert critical');
}
