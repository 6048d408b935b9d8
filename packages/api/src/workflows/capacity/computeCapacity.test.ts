import { TnErrorCode } from '@tn/rpc';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NotFoundError } from '../../namespaces/notFoundError.js';
import type { CapacityDataset } from './capacityDataset.js';
import { computeCapacity } from './computeCapacity.js';

const GiB = 1024 ** 3;

const fs = (name: string, used: number, available: number, extra: Partial<CapacityDataset> = {}): CapacityDataset => ({
  name,
  type: 'FILESYSTEM',
  used,
  available,
  referenced: 96 * 1024,
  ...extra,
});
const zvol = (name: string, volsize: number, used: number, available: number): CapacityDataset => ({
  name,
  type: 'VOLUME',
  used,
  available,
  referenced: 56 * 1024,
  volsize,
});

const tree: CapacityDataset[] = [
  fs('tank', 20 * GiB, 80 * GiB),
  fs('tank/k8s', 12 * GiB, 80 * GiB),
  zvol('tank/k8s/thick', 10 * GiB, 10 * GiB, 90 * GiB),
  zvol('tank/k8s/thin-a', 100 * GiB, 1 * GiB, 80 * GiB),
  zvol('tank/k8s/thin-b', 50 * GiB, 1 * GiB, 80 * GiB),
  fs('tank/nfs', 2 * GiB, 80 * GiB),
  fs('tank/nfs/share', 2 * GiB, 8 * GiB, { refquota: 10 * GiB }),
  fs('tank/home', 1 * GiB, 80 * GiB),
  fs('backup', 0, 200 * GiB),
];

describe('computeCapacity', () => {
  test('default: pools, default parents and warnings', () => {
    const report = computeCapacity(tree);
    expect(report.warnRatio).toBe(2);
    expect(report.pools.map((p) => p.name)).toEqual(['backup', 'tank']);
    expect(report.parents.map((p) => p.name)).toEqual(['tank/k8s', 'tank/nfs']);
    const tank = report.pools[1];
    expect(tank).toMatchObject({
      kind: 'pool',
      pool: 'tank',
      usedBytes: 20 * GiB,
      availableBytes: 80 * GiB,
      physicalBytes: 100 * GiB,
      volsizeBytes: 160 * GiB,
      refquotaBytes: 10 * GiB,
      allocatedBytes: 170 * GiB,
      zvols: 3,
      filesystems: 4,
      thinRatio: 1.7,
      overcommitted: true,
    });
    const k8s = report.parents[0];
    expect(k8s).toMatchObject({ physicalBytes: 92 * GiB, allocatedBytes: 160 * GiB, zvols: 3, filesystems: 0 });
    expect(k8s?.thinRatio).toBeCloseTo(160 / 92);
    expect(report.warnings).toEqual([]);
  });

  test.each([
    [1.5, ['tank', 'tank/k8s']],
    [1.7, ['tank/k8s']],
    [2, []],
  ])('behavior: warnRatio %d warns about %j', (warnRatio, names) => {
    const report = computeCapacity(tree, { warnRatio });
    expect(report.warnings.map((w) => w.name)).toEqual(names);
  });

  test('behavior: the warning message has the figures', () => {
    const [warning] = computeCapacity(tree, { warnRatio: 1.7, parents: ['tank/k8s'] }).warnings;
    expect(warning).toMatchObject({ name: 'tank/k8s', kind: 'parent', warnRatio: 1.7 });
    expect(warning?.message).toMatch(
      /^tank\/k8s is over-committed 1\.74:1 \(160 GiB promised to 3 zvols on 92 GiB\), above the 1\.7:1 warning threshold/,
    );
  });

  test('behavior: explicit parents keep their order; a root may be a parent', () => {
    const report = computeCapacity(tree, { parents: ['tank/home', 'tank'] });
    expect(report.parents.map((p) => [p.name, p.kind, p.thinRatio])).toEqual([
      ['tank/home', 'parent', 0],
      ['tank', 'parent', 1.7],
    ]);
  });

  test('behavior: thick zvols alone stay at or below 1:1', () => {
    const report = computeCapacity([
      fs('p', 10 * GiB, 0),
      zvol('p/a', 5 * GiB, 5 * GiB, 0),
      zvol('p/b', 5 * GiB, 5 * GiB, 0),
    ]);
    expect(report.pools[0]).toMatchObject({ thinRatio: 1, overcommitted: false });
  });

  test('error: unknown parent', () => {
    expect(() => computeCapacity(tree, { parents: ['tank/nope'] })).toThrow(NotFoundError);
  });

  test('error: malformed input', () => {
    expect(() => computeCapacity([{ name: 'x', type: 'VOLUME', used: -1, available: 0, referenced: 0 }])).toThrow(
      expect.objectContaining({ code: TnErrorCode.InvalidRequest }),
    );
    expect(() => computeCapacity(tree, { warnRatio: 0 })).toThrow(
      expect.objectContaining({ name: 'VolumeRequestError' }),
    );
  });
});

describe('computeCapacity: properties', () => {
  const volsizes = fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 8 });
  const space = fc.record({
    used: fc.integer({ min: 0, max: 2 ** 40 }),
    available: fc.integer({ min: 0, max: 2 ** 40 }),
  });

  const build = (sizes: number[], s: { used: number; available: number }): CapacityDataset[] => [
    fs('tank', s.used, s.available),
    fs('tank/k8s', s.used, s.available),
    ...sizes.map((v, i) => zvol(`tank/k8s/v${i}`, v, 0, s.available)),
  ];

  test('property: the ratio never decreases when an allocation grows', () => {
    fc.assert(
      fc.property(volsizes, space, fc.nat({ max: 7 }), fc.integer({ min: 0, max: 2 ** 40 }), (sizes, s, i, extra) => {
        const grown = sizes.map((v, j) => (j === i % sizes.length ? v + extra : v));
        const before = computeCapacity(build(sizes, s));
        const after = computeCapacity(build(grown, s));
        expect(after.pools[0]?.thinRatio).toBeGreaterThanOrEqual(before.pools[0]?.thinRatio ?? 0);
        expect(after.parents[0]?.thinRatio).toBeGreaterThanOrEqual(before.parents[0]?.thinRatio ?? 0);
        expect(after.warnings.length).toBeGreaterThanOrEqual(before.warnings.length);
      }),
    );
  });

  test('property: adding a zvol never lowers the ratio and warnings follow warnRatio', () => {
    fc.assert(
      fc.property(volsizes, space, fc.integer({ min: 0, max: 2 ** 40 }), (sizes, s, added) => {
        const before = computeCapacity(build(sizes, s)).parents[0];
        const after = computeCapacity(build([...sizes, added], s));
        expect(after.parents[0]?.thinRatio).toBeGreaterThanOrEqual(before?.thinRatio ?? 0);
        for (const entry of [...after.pools, ...after.parents]) {
          expect(after.warnings.some((w) => w.name === entry.name && w.kind === entry.kind)).toBe(entry.thinRatio > 2);
        }
      }),
    );
  });
});
