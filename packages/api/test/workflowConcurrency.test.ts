import { describe, expect, test } from 'vitest';
import { deprovisionVolume, type ProvisionVolumeRequest, provisionVolume } from '../src/index.js';
import { useMockApi } from './apiHarness.js';

const mock = useMockApi({ version: '25.10' });

const request: ProvisionVolumeRequest = {
  name: 'pvc-race',
  parent: 'tank/vms',
  owner: 'csi/a',
  sizeBytes: 1024 ** 3,
  expose: { protocol: 'iscsi' },
};

describe('concurrent workflows on one volume', () => {
  test('default: the same request sent 5 times at once provisions one volume', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => provisionVolume(mock.api, request)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.iscsi?.extentId)).size).toBe(1);
    expect(await mock.api.iscsi.extents.query()).toHaveLength(1);
    expect(await mock.api.iscsi.targetextents.query()).toHaveLength(1);
    expect(results.slice(1).every((r) => r.calls.length === 0)).toBe(true);
  });

  test('behavior: provision then deprovision sent together run in that order', async () => {
    const [made, gone] = await Promise.all([
      provisionVolume(mock.api, request),
      deprovisionVolume(mock.api, { volume: 'tank/vms/pvc-race', owner: 'csi/a' }),
    ]);
    expect(made.created).toBe(true);
    expect(gone.removed).toBe(true);
    expect(await mock.api.datasets.query([['id', '=', 'tank/vms/pvc-race']])).toEqual([]);
    expect(await mock.api.iscsi.extents.query()).toEqual([]);
  });
});
