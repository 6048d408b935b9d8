import { describe, expect, test } from 'vitest';
import { planPromotions, type VolumeSnapshot } from './snapshotPolicy.js';

const snap = (dataset: string, name: string, createtxg: number, outsideClones: string[] = []): VolumeSnapshot => ({
  dataset,
  name: `${dataset}@${name}`,
  createtxg,
  outsideClones,
  held: false,
});

describe('planPromotions', () => {
  test('default: without clones nothing is promoted and every snapshot is destroyed', () => {
    const snapshots = [snap('tank/v', 's1', 1), snap('tank/v', 's2', 2)];
    expect(planPromotions(snapshots)).toEqual({ promote: [], destroyed: snapshots });
  });

  test('behavior: one promotion per dataset, of a clone of its newest cloned snapshot', () => {
    const s1 = snap('tank/v', 's1', 1, ['tank/c1']);
    const s2 = snap('tank/v', 's2', 2, ['tank/c3', 'tank/c2']);
    const s3 = snap('tank/v', 's3', 3);
    const child = snap('tank/v/child', 'x', 5, ['tank/c4']);
    const { promote, destroyed } = planPromotions([s3, s1, child, s2]);
    expect(promote).toEqual(['tank/c2', 'tank/c4']);
    expect(destroyed).toEqual([s3]);
  });
});
