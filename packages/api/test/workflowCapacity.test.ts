import { describe, expect, test } from 'vitest';
import { capacityReport, NotFoundError } from '../src/index.js';
import { useMockApi } from './apiHarness.js';
import { parsedProp } from './workflowHarness.js';

const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

describe.each(['25.04', '25.10'] as const)('capacityReport on %s', (version) => {
  const mock = useMockApi({ version });

  /** A space property of a dataset, in bytes, as the mock computes it. */
  const bytes = (name: string, property: string) => parsedProp(mock.server, name, property) as number;

  function seedK8s(): void {
    mock.server.storage.addDataset({ name: 'tank/k8s' });
    mock.server.storage.addDataset({ name: 'tank/k8s/pvc-thick', type: 'VOLUME', volsize: 8 * GiB, used: GiB });
    mock.server.storage.addDataset({
      name: 'tank/k8s/pvc-a',
      type: 'VOLUME',
      volsize: TiB,
      sparse: true,
      used: 2 * GiB,
    });
    mock.server.storage.addDataset({ name: 'tank/k8s/pvc-b', type: 'VOLUME', volsize: TiB, sparse: true });
    mock.server.storage.addDataset({ name: 'tank/k8s/nested' });
    mock.server.storage.addDataset({ name: 'tank/k8s/nested/pvc-c', type: 'VOLUME', volsize: 16 * GiB, sparse: true });
    mock.server.storage.addDataset({ name: 'tank/shares' });
    mock.server.storage.addDataset({ name: 'tank/shares/s1', properties: { refquota: 50 * GiB } });
  }

  test('default: numbers match the seeded sizes', async () => {
    seedK8s();
    const report = await capacityReport(mock.api);
    expect(report.pools.map((p) => p.name)).toEqual(['tank']);
    expect(report.parents.map((p) => p.name)).toEqual(['tank/k8s', 'tank/k8s/nested', 'tank/shares', 'tank/vms']);

    const k8s = report.parents[0];
    const physical = bytes('tank/k8s', 'used') + bytes('tank/k8s', 'available');
    expect(k8s).toMatchObject({
      kind: 'parent',
      pool: 'tank',
      usedBytes: bytes('tank/k8s', 'used'),
      availableBytes: bytes('tank/k8s', 'available'),
      referencedBytes: 96 * 1024, // an empty filesystem
      physicalBytes: physical,
      volsizeBytes: 8 * GiB + 2 * TiB + 16 * GiB,
      refquotaBytes: 0,
      zvols: 4,
      filesystems: 1,
    });
    expect(k8s?.thinRatio).toBeCloseTo((8 * GiB + 2 * TiB + 16 * GiB) / physical, 10);
    // the thick zvol reserves its size: it is counted in used
    expect(k8s?.usedBytes).toBeGreaterThanOrEqual(8 * GiB);

    const tank = report.pools[0];
    expect(tank).toMatchObject({
      volsizeBytes: 10 * GiB + 8 * GiB + 2 * TiB + 16 * GiB,
      refquotaBytes: 50 * GiB,
      zvols: 5,
      filesystems: 8,
      physicalBytes: bytes('tank', 'used') + bytes('tank', 'available'),
    });
    expect(report.parents.find((p) => p.name === 'tank/shares')).toMatchObject({
      refquotaBytes: 50 * GiB,
      allocatedBytes: 50 * GiB,
      filesystems: 1,
      zvols: 0,
    });
  });

  test('behavior: over-commit above 2:1 warns, pool and parent', async () => {
    seedK8s();
    const report = await capacityReport(mock.api);
    expect(report.pools[0]?.thinRatio).toBeGreaterThan(2);
    expect(report.warnings.map((w) => [w.kind, w.name])).toEqual([
      ['pool', 'tank'],
      ['parent', 'tank/k8s'],
    ]);
    expect(report.warnings[1]?.message).toMatch(
      /^tank\/k8s is over-committed \d+\.\d\d:1 \(2\.02 TiB promised to 4 zvols on /,
    );
    const relaxed = await capacityReport(mock.api, { warnRatio: 10 });
    expect(relaxed.warnings).toEqual([]);
  });

  test('behavior: the seed alone is not over-committed', async () => {
    const report = await capacityReport(mock.api);
    expect(report.pools[0]).toMatchObject({ volsizeBytes: 10 * GiB, zvols: 1, overcommitted: false });
    expect(report.parents.map((p) => p.name)).toEqual(['tank/vms']);
    expect(report.warnings).toEqual([]);
  });

  test('behavior: explicit parents', async () => {
    const report = await capacityReport(mock.api, { parents: ['tank/home', 'tank/vms'] });
    expect(report.parents.map((p) => [p.name, p.zvols, p.filesystems])).toEqual([
      ['tank/home', 0, 1],
      ['tank/vms', 1, 0],
    ]);
    // tank/home/alice has a 100 GiB quota, not a refquota: not an allocation
    expect(report.parents[0]?.allocatedBytes).toBe(0);
  });

  test('error: an unknown parent', async () => {
    await expect(capacityReport(mock.api, { parents: ['tank/nope'] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
