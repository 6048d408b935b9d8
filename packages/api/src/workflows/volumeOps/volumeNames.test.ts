import { describe, expect, test } from 'vitest';
import { DatasetNameSchema, SnapshotNameSchema, SnapshotShortNameSchema, splitSnapshot } from './volumeNames.js';

describe('volume names', () => {
  test.each(['tank', 'tank/k8s/pvc-1', 'tank/a.b/c:d', 'tank/with space'])('default: dataset %s', (name) => {
    expect(DatasetNameSchema.safeParse(name).success).toBe(true);
  });
  test.each(['', '/tank', 'tank/', 'tank//a', 'tank@s', 'tank/a#b'])('error: dataset %j', (name) => {
    expect(DatasetNameSchema.safeParse(name).success).toBe(false);
  });
  test.each(['tank@s', 'tank/k8s/pvc-1@auto-2025-01-01_00:00'])('default: snapshot %s', (name) => {
    expect(SnapshotNameSchema.safeParse(name).success).toBe(true);
  });
  test.each(['tank', 'tank@', '@s', 'tank@a@b', 'tank@a b'])('error: snapshot %j', (name) => {
    expect(SnapshotNameSchema.safeParse(name).success).toBe(false);
  });
  test('default: short names and splitting', () => {
    expect(SnapshotShortNameSchema.safeParse('nightly-1').success).toBe(true);
    expect(SnapshotShortNameSchema.safeParse('a/b').success).toBe(false);
    expect(splitSnapshot('tank/a@s1')).toEqual({ dataset: 'tank/a', name: 's1' });
  });
});
