import { describe, expect, test } from 'vitest';
import { exposureNames } from '../ownership/exposureNames.js';
import type { VolumeMarkers } from '../ownership/volumeMarkers.js';
import { assessOrphans } from './assessOrphans.js';
import type { OrphanFinding } from './orphanFinding.js';
import { countOrphans } from './orphanReport.js';
import type { OrphanScan, ScanDataset } from './orphanScan.js';

const fs = (name: string, markers?: VolumeMarkers): ScanDataset => ({
  name,
  type: 'FILESYSTEM',
  mountpoint: `/mnt/${name}`,
  origin: '',
  markers,
});
const vol = (name: string, markers?: VolumeMarkers): ScanDataset => ({
  ...fs(name, markers),
  type: 'VOLUME',
  mountpoint: null,
});
const owner = (name: string, more: Partial<VolumeMarkers> = {}): VolumeMarkers => ({
  owner: name,
  protocol: 'none',
  ...more,
});

function scan(parts: Partial<OrphanScan>): OrphanScan {
  return {
    version: '25.10',
    datasets: [fs('tank'), fs('tank/k8s')],
    extents: [],
    targets: [],
    targetextents: [],
    namespaces: [],
    subsystems: [],
    nfs: [],
    smb: [],
    ...parts,
    ...(parts.datasets ? { datasets: [fs('tank'), fs('tank/k8s'), ...parts.datasets] } : {}),
  };
}

const brief = (findings: OrphanFinding[]) =>
  findings.map((f) => `${f.kind}:${f.id}:${f.cause}${f.managed ? `:${f.owner}` : ''}`);

describe('assessOrphans', () => {
  test('default: nothing without orphans', () => {
    const healthy = scan({
      datasets: [vol('tank/k8s/a')],
      extents: [{ id: 1, name: 'a', type: 'DISK', disk: 'zvol/tank/k8s/a', path: '' }],
      targets: [{ id: 1, name: 't' }],
      targetextents: [{ id: 1, target: 1, extent: 1, lunid: 0 }],
      nfs: [{ id: 1, name: '', path: '/mnt/tank/k8s/dir' }],
      smb: [{ id: 1, name: 'ext', path: 'EXTERNAL' }],
    });
    expect(assessOrphans(healthy)).toEqual([]);
  });

  test('behavior: links to a missing extent or target, FILE extents and namespaces in no dataset', () => {
    const findings = assessOrphans(
      scan({
        extents: [{ id: 2, name: 'f', type: 'FILE', disk: '', path: '/mnt/gone/f.img' }],
        targets: [{ id: 1, name: 't' }],
        targetextents: [
          { id: 1, target: 1, extent: 9, lunid: 0 },
          { id: 2, target: 8, extent: 2, lunid: 0 },
        ],
        namespaces: [{ id: 1, nsid: 1, subsystem: 1, deviceType: 'FILE', devicePath: '/mnt/gone/ns.img' }],
        subsystems: [{ id: 1, name: 's' }],
      }),
    );
    expect(brief(findings)).toEqual([
      'iscsi-targetextent:1:missing-extent',
      'iscsi-targetextent:2:missing-target',
      'iscsi-target:1:orphan-extents',
      'iscsi-extent:2:missing-path',
      'nvmet-namespace:1:missing-path',
      'nvmet-subsystem:1:orphan-namespaces',
    ]);
    expect(findings[1]?.reason).toBe("link #2 joins extent 'f' to target #8, which does not exist");
  });

  test('behavior: markers make findings managed only when they match the object (ids are re-used)', () => {
    const input = scan({
      datasets: [vol('tank/k8s/a', owner('csi/a', { iscsiExtent: 1, iscsiTarget: 3 }))],
      extents: [{ id: 1, name: 'old', type: 'DISK', disk: 'zvol/tank/k8s/old', path: '' }],
      targets: [{ id: 3, name: 'empty' }],
    });
    expect(brief(assessOrphans(input))).toEqual(['iscsi-target:3:no-extents:csi/a', 'iscsi-extent:1:missing-zvol']);
  });

  test('behavior: the SDK naming convention makes findings managed (owner unknown), and owner keeps them', () => {
    const gone = exposureNames('tank/k8s/gone');
    const live = exposureNames('tank/k8s/live');
    const input = scan({
      datasets: [vol('tank/k8s/live')],
      targets: [
        { id: 1, name: live.target },
        { id: 2, name: gone.target },
        { id: 3, name: exposureNames('tank/k8s/unknown').target },
      ],
      subsystems: [{ id: 1, name: live.subsystem }],
      smb: [
        { id: 1, name: gone.smbShare, path: '/mnt/tank/k8s/gone' },
        { id: 2, name: 'hand-made', path: '/mnt/tank/k8s/other' },
      ],
    });
    expect(brief(assessOrphans(input, { owner: 'csi/a', parents: ['tank/k8s'] }))).toEqual([
      'smb-share:1:missing-dataset:undefined',
      'smb-share:2:missing-dataset',
    ]);
    expect(brief(assessOrphans(input, { owner: 'csi/a' }))).toEqual([
      'iscsi-target:1:no-extents:undefined',
      'iscsi-target:2:no-extents:undefined', // tank/k8s/gone is known from the SMB share's path
      'iscsi-target:3:no-extents', // no dataset the scan knows of has that name
      'nvmet-subsystem:1:no-namespaces:undefined',
    ]);
  });

  test('behavior: owner keeps only its own managed findings; unmanaged ones stay', () => {
    const input = scan({
      datasets: [vol('tank/k8s/b', owner('csi/b', { iscsiTarget: 3 }))],
      extents: [{ id: 1, name: 'x', type: 'DISK', disk: 'zvol/tank/k8s/x', path: '' }],
      targets: [{ id: 3, name: 'empty-b' }],
    });
    expect(brief(assessOrphans(input))).toEqual(['iscsi-target:3:no-extents:csi/b', 'iscsi-extent:1:missing-zvol']);
    expect(brief(assessOrphans(input, { owner: 'csi/a' }))).toEqual(['iscsi-extent:1:missing-zvol']);
  });

  test('behavior: inventory volumes; another owner, parents themselves and holders of known volumes are kept', () => {
    const input = scan({
      datasets: [
        vol('tank/k8s/a', owner('csi/a')),
        vol('tank/k8s/b', owner('csi/b')),
        fs('tank/k8s/app', owner('csi/a')),
        vol('tank/k8s/app/data', owner('csi/a')),
        fs('tank/k8s/app/cache', owner('csi/a')),
        vol('tank/elsewhere', owner('csi/a')),
      ],
      nfs: [{ id: 4, name: '', path: '/mnt/tank/k8s/app/cache/sub' }],
    });
    const findings = assessOrphans(input, { owner: 'csi/a', inventory: ['tank/k8s/app/data'], parents: ['tank/k8s'] });
    expect(brief(findings)).toEqual([
      'nfs-share:4:orphan-volume',
      'volume:tank/k8s/app/cache:not-in-inventory:csi/a',
      'volume:tank/k8s/a:not-in-inventory:csi/a',
    ]);
    expect(brief(assessOrphans(input, { inventory: ['tank/k8s/app/data'] }))).toContain(
      'volume:tank/k8s/b:not-in-inventory:csi/b',
    );
    expect(assessOrphans(input, { owner: 'csi/a' })).toEqual([]);
  });

  test('behavior: parents scope shares, targets and subsystems', () => {
    const input = scan({
      datasets: [vol('tank/k8s/a', owner('csi/a', { iscsiTarget: 1, nvmetSubsystem: 2 })), fs('tank/media')],
      targets: [
        { id: 1, name: 'claimed' },
        { id: 2, name: 'stray' },
      ],
      subsystems: [
        { id: 1, name: 'stray' },
        { id: 2, name: 'claimed' },
      ],
      nfs: [
        { id: 1, name: '', path: '/mnt/tank/k8s/gone' },
        { id: 2, name: '', path: '/mnt/tank/media/dir' },
        { id: 3, name: '', path: '/mnt/tank/k8s' },
      ],
      smb: [{ id: 1, name: 'deep', path: '/mnt/tank/k8s/gone/deeper' }],
    });
    expect(brief(assessOrphans(input, { parents: ['tank/k8s'] }))).toEqual([
      'iscsi-target:1:no-extents:csi/a',
      'nvmet-subsystem:2:no-namespaces:csi/a',
      'nfs-share:1:missing-dataset',
      'smb-share:1:missing-dataset',
    ]);
    expect(brief(assessOrphans(input))).toEqual([
      'iscsi-target:1:no-extents:csi/a',
      'iscsi-target:2:no-extents',
      'nvmet-subsystem:1:no-namespaces',
      'nvmet-subsystem:2:no-namespaces:csi/a',
    ]);
    expect(assessOrphans(input, { parents: ['tank/k8s'] })[3]?.dataset).toBe('tank/k8s/gone');
  });

  test('behavior: a missing parent: shares below where it was mounted lost their dataset', () => {
    const input = scan({ nfs: [{ id: 1, name: '', path: '/mnt/tank/gone/pvc-1' }] });
    const [finding] = assessOrphans(input, { parents: ['tank/gone'] });
    expect(finding).toMatchObject({ cause: 'missing-dataset', dataset: 'tank/gone' });
  });

  test('behavior: NVMe-oF is skipped when not read (25.04)', () => {
    const input = scan({ namespaces: undefined, subsystems: undefined });
    expect(assessOrphans(input)).toEqual([]);
  });

  test('behavior: counts', () => {
    const findings = assessOrphans(
      scan({
        datasets: [vol('tank/k8s/a', owner('csi/a', { iscsiTarget: 1 }))],
        targets: [
          { id: 1, name: 't' },
          { id: 2, name: 'u' },
        ],
      }),
    );
    const counts = countOrphans(findings);
    expect(counts).toMatchObject({ total: 2, managed: 1 });
    expect(counts.byKind['iscsi-target']).toBe(2);
    expect(counts.byKind.volume).toBe(0);
  });
});
