import { describe, expect, test } from 'vitest';
import { atOrBelow, DatasetIndex, zvolDataset } from './datasetIndex.js';
import type { ScanDataset } from './orphanScan.js';

const ds = (name: string, extra: Partial<ScanDataset> = {}): ScanDataset => ({
  name,
  type: 'FILESYSTEM',
  mountpoint: `/mnt/${name}`,
  origin: '',
  markers: undefined,
  ...extra,
});

describe('atOrBelow', () => {
  test('default', () => {
    expect(atOrBelow('tank/a/b', 'tank/a')).toBe(true);
    expect(atOrBelow('tank/a', 'tank/a')).toBe(true);
    expect(atOrBelow('tank/ab', 'tank/a')).toBe(false);
    expect(atOrBelow('tank', 'tank/a')).toBe(false);
  });
});

describe('zvolDataset', () => {
  test('default', () => {
    expect(zvolDataset('zvol/tank/k8s/pvc-1')).toBe('tank/k8s/pvc-1');
    expect(zvolDataset('zvol/')).toBeUndefined();
    expect(zvolDataset('/dev/sda')).toBeUndefined();
  });
});

describe('DatasetIndex', () => {
  const index = new DatasetIndex([
    ds('tank'),
    ds('tank/k8s'),
    ds('tank/custom', { mountpoint: '/srv/custom/' }),
    ds('tank/legacy', { mountpoint: 'legacy' }),
    ds('tank/k8s/pvc-1', { type: 'VOLUME', mountpoint: null }),
    ds('tank/k8s/clone', { type: 'VOLUME', mountpoint: null, origin: 'tank/k8s/pvc-1@s1' }),
    ds('tank/other-clone', { type: 'VOLUME', mountpoint: null, origin: 'tank/k8s/pvc-1@s2' }),
  ]);

  test('behavior: the deepest dataset containing a path, by mountpoint', () => {
    expect(index.containing('/mnt/tank/k8s/dir/file')?.name).toBe('tank/k8s');
    expect(index.containing('/mnt/tank/k8s/')?.name).toBe('tank/k8s');
    expect(index.containing('/mnt/tank/k8sx')?.name).toBe('tank');
    expect(index.containing('/srv/custom/a')?.name).toBe('tank/custom');
    expect(index.containing('/mnt/tank/legacy/a')?.name).toBe('tank');
    expect(index.containing('/mnt/gone/a')).toBeUndefined();
  });

  test('behavior: zvols, and clones outside a volume', () => {
    expect(index.isZvol('tank/k8s/pvc-1')).toBe(true);
    expect(index.isZvol('tank/k8s')).toBe(false);
    expect(index.isZvol('tank/nope')).toBe(false);
    expect(index.outsideClonesOf('tank/k8s/pvc-1')).toEqual(['tank/k8s/clone', 'tank/other-clone']);
    expect(index.outsideClonesOf('tank/k8s')).toEqual(['tank/other-clone']);
    expect(index.outsideClonesOf('tank')).toEqual([]);
  });
});
