import { describe, expect, test } from 'vitest';
import { scanRow, toOrphanScan, toScanDataset } from './orphanScan.js';

const prop = (value: string, source = 'LOCAL') => ({
  parsed: value,
  rawvalue: value,
  value,
  source,
  source_info: null,
});

describe('toScanDataset', () => {
  test('default: name, type, mountpoint, raw origin and own markers', () => {
    const row = {
      id: 'tank/k8s/pvc-1',
      name: 'tank/k8s/pvc-1',
      type: 'VOLUME',
      mountpoint: null,
      origin: { parsed: 'tank/base@s1', rawvalue: 'tank/base@s1', value: 'TANK/BASE@S1' },
      user_properties: { 'tn:owner': prop('csi/a'), 'tn:iscsi-extent': prop('4') },
    };
    expect(toScanDataset(row)).toEqual({
      name: 'tank/k8s/pvc-1',
      type: 'VOLUME',
      mountpoint: null,
      origin: 'tank/base@s1',
      markers: { owner: 'csi/a', protocol: 'none', iscsiExtent: 4 },
    });
  });

  test('behavior: inherited markers are not the dataset own', () => {
    const row = {
      id: 'tank/k8s/child',
      type: 'FILESYSTEM',
      user_properties: { 'tn:owner': prop('csi/a', 'INHERITED') },
    };
    expect(toScanDataset(row)?.markers).toBeUndefined();
  });

  test('behavior: "none" origin and missing fields', () => {
    expect(toScanDataset({ name: 'tank', origin: 'none' })).toEqual({
      name: 'tank',
      type: '',
      mountpoint: null,
      origin: '',
      markers: undefined,
    });
    expect(toScanDataset({ type: 'VOLUME' })).toBeUndefined();
    expect(toScanDataset('tank')).toBeUndefined();
  });
});

describe('scanRow', () => {
  test('behavior: link rows with nested objects and with bare ids', () => {
    expect(scanRow.targetExtent({ id: 3, target: { id: 1 }, extent: 2, lunid: 0 })).toEqual({
      id: 3,
      target: 1,
      extent: 2,
      lunid: 0,
    });
    const nested = { id: 5, nsid: 1, subsys: { id: 7, name: 's' }, device_type: 'zvol', device_path: 'zvol/tank/a' };
    expect(scanRow.namespace(nested)).toEqual({
      id: 5,
      nsid: 1,
      subsystem: 7,
      deviceType: 'ZVOL',
      devicePath: 'zvol/tank/a',
    });
    expect(scanRow.namespace({ id: 6, subsys_id: 8, device_type: 'FILE', device_path: '/mnt/tank/f' })).toMatchObject({
      subsystem: 8,
      deviceType: 'FILE',
    });
  });

  test('behavior: rows without an id are dropped, nulls become empty strings', () => {
    expect(scanRow.extent({ name: 'x' })).toBeUndefined();
    expect(scanRow.extent({ id: 1, name: 'x', type: 'FILE', disk: null, path: '/mnt/tank/x.img' })).toEqual({
      id: 1,
      name: 'x',
      type: 'FILE',
      disk: '',
      path: '/mnt/tank/x.img',
    });
  });
});

describe('toOrphanScan', () => {
  test('default: NFS shares have no name; NVMe-oF stays undefined when not read', () => {
    const scan = toOrphanScan('25.04', {
      datasets: [{ id: 'tank', type: 'FILESYSTEM', mountpoint: '/mnt/tank' }, { bogus: true }],
      extents: [],
      targets: [{ id: 1, name: 't' }],
      targetextents: [],
      nfs: [{ id: 2, path: '/mnt/tank/a', comment: 'x' }],
      smb: [{ id: 3, name: 'a', path: '/mnt/tank/a' }],
    });
    expect(scan.datasets.map((d) => d.name)).toEqual(['tank']);
    expect(scan.nfs).toEqual([{ id: 2, name: '', path: '/mnt/tank/a' }]);
    expect(scan.smb).toEqual([{ id: 3, name: 'a', path: '/mnt/tank/a' }]);
    expect(scan.namespaces).toBeUndefined();
    expect(scan.subsystems).toBeUndefined();
  });
});
