import { isTnError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { deprovisionVolume, type ProvisionVolumeRequest, provisionVolume } from '../src/index.js';
import { connect, useMockApi } from './apiHarness.js';

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

  test('behavior: two clients (no shared lock) racing never make a second volume or delete the winner', async () => {
    const other = connect(mock.server);
    try {
      for (let round = 0; round < 5; round++) {
        const name = `pvc-race-${round}`;
        const settled = await Promise.allSettled([
          provisionVolume(mock.api, { ...request, name }),
          provisionVolume(other.api, { ...request, name }),
        ]);
        for (const outcome of settled) if (outcome.status === 'rejected') expect(isTnError(outcome.reason)).toBe(true);
        expect(settled.some((outcome) => outcome.status === 'fulfilled')).toBe(true);
        const extents = await mock.api.iscsi.extents.query([['disk', '=', `zvol/tank/vms/${name}`]]);
        expect(extents).toHaveLength(1);
        // whatever the loser did, the same request now completes the volume and answers idempotently after that
        const done = await provisionVolume(mock.api, { ...request, name });
        expect(done.iscsi?.extentId).toBe(extents[0]?.id);
        const again = await provisionVolume(other.api, { ...request, name });
        expect(again.calls).toEqual([]);
      }
    } finally {
      await other.rpc.close();
    }
  });
});
