import { describe, expect, it } from 'vitest';
import { assessPoolRow, TOPOLOGY_GROUPS } from './assessPoolRow.js';
import { assessStorageHealth } from './assessStorageHealth.js';
import type { StorageHealthPool } from './storageHealth.schemas.js';

const stats = (read = 0, write = 0, checksum = 0) => ({
  read_errors: read,
  write_errors: write,
  checksum_errors: checksum,
});
const leaf = (disk: string, status: string, errors = stats()) => ({
  name: `part-${disk}`,
  disk,
  type: 'DISK',
  status,
  stats: errors,
  children: [],
});
const empty = { data: [], log: [], cache: [], spare: [], special: [], dedup: [] };

/** Everything wrong at once, to pin the order of reasons. */
const messy: StorageHealthPool = {
  name: 'tank',
  status: 'DEGRADED',
  healthy: false,
  status_code: 'FAULTED_DEV_R',
  scan: { function: 'RESILVER', state: 'FINISHED', errors: 1 },
  topology: {
    ...empty,
    dedup: [leaf('nvme2', 'REMOVED')],
    data: [
      {
        name: 'raidz1-0',
        type: 'RAIDZ1',
        status: 'DEGRADED',
        stats: stats(0, 0, 4),
        children: [leaf('sda', 'ONLINE', stats(1)), leaf('sdb', 'FAULTED', stats(3, 12))],
      },
      leaf('sdc', 'ONLINE'),
    ],
    log: [leaf('nvme0', 'OFFLINE')],
    spare: [leaf('sdd', 'INUSE'), leaf('sde', 'UNAVAIL')],
  },
};

describe('assessPoolRow', () => {
  it('default', () => {
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', topology: empty })).toEqual({
      level: 'healthy',
      reasons: [],
    });
  });

  it('behavior: groups are checked in zpool status order', () => {
    expect(TOPOLOGY_GROUPS).toEqual(['data', 'log', 'cache', 'spare', 'special', 'dedup']);
  });

  it('behavior: reasons follow pool, flag, vdevs depth-first (state, counts, children), scan', () => {
    expect(assessPoolRow(messy)).toEqual({
      level: 'degraded',
      reasons: [
        'tank: pool status DEGRADED (FAULTED_DEV_R)',
        'tank: data vdev raidz1-0 is DEGRADED',
        'tank: data vdev raidz1-0 has 4 checksum errors',
        'tank: data vdev sda has 1 read errors',
        'tank: data vdev sdb is FAULTED',
        'tank: data vdev sdb has 3 read, 12 write errors',
        'tank: log vdev nvme0 is OFFLINE',
        'tank: spare vdev sde is UNAVAIL',
        'tank: dedup vdev nvme2 is REMOVED',
        'tank: RESILVER found 1 errors',
      ],
    });
  });

  it('behavior: deterministic, and the input is not changed', () => {
    const copy = structuredClone(messy);
    const first = assessStorageHealth({ pools: [messy, { ...messy, name: 'backup' }] });
    expect(assessStorageHealth({ pools: [messy, { ...messy, name: 'backup' }] })).toEqual(first);
    expect(first.reasons.slice(0, 1)).toEqual(['tank: pool status DEGRADED (FAULTED_DEV_R)']);
    expect(first.reasons[10]).toBe('backup: pool status DEGRADED (FAULTED_DEV_R)');
    expect(messy).toEqual(copy);
  });

  it('behavior: ONLINE but reported unhealthy degrades', () => {
    expect(
      assessPoolRow({ name: 'tank', status: 'ONLINE', healthy: false, status_code: 'FAILING_DEV', topology: empty }),
    ).toEqual({
      level: 'degraded',
      reasons: ['tank: the server reports the pool unhealthy (FAILING_DEV)'],
    });
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', healthy: false, topology: empty }).reasons).toEqual([
      'tank: the server reports the pool unhealthy (no status code)',
    ]);
  });

  it.each([null, undefined])('behavior: topology %j is unknown', (topology) => {
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', topology })).toEqual({
      level: 'unknown',
      reasons: ['tank: topology not reported'],
    });
  });

  it('behavior: a topology group may be missing', () => {
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', topology: { data: [leaf('sda', 'ONLINE')] } }).level).toBe(
      'healthy',
    );
  });

  it('behavior: vdevs that are not objects, or of the wrong shape, are unknown', () => {
    const data = [null, 'sda', { name: 'x', status: 42 }, { status: 'ONLINE', children: [7] }];
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', topology: { ...empty, data } })).toEqual({
      level: 'unknown',
      reasons: [
        'tank: data vdev #0 not understood',
        'tank: data vdev #1 not understood',
        'tank: data vdev #2 not understood',
        'tank: data vdev #3.0 not understood',
      ],
    });
  });

  it('behavior: vdevs are named by disk, then name, then position', () => {
    const data = [{ status: 'FAULTED', children: [{ name: 'part-1', disk: null, status: 'FAULTED' }] }];
    expect(assessPoolRow({ name: '', status: 'ONLINE', topology: { ...empty, data } }).reasons).toEqual([
      '(unnamed pool): data vdev #0 is FAULTED',
      '(unnamed pool): data vdev part-1 is FAULTED',
    ]);
  });

  it('behavior: a scan of the wrong shape is unknown; no scan is fine', () => {
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', topology: empty, scan: { errors: 'many' } })).toEqual({
      level: 'unknown',
      reasons: ['tank: scan not understood'],
    });
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', topology: empty, scan: null }).level).toBe('healthy');
    expect(assessPoolRow({ name: 'tank', status: 'ONLINE', topology: empty, scan: { errors: 2 } }).reasons).toEqual([
      'tank: scan found 2 errors',
    ]);
  });

  it('behavior: pools with the same name are merged; odd names stay own keys', () => {
    const health = assessStorageHealth({
      pools: [
        { name: 'tank', status: 'DEGRADED', topology: empty },
        { name: 'tank', status: 'FAULTED', topology: empty },
        { name: '__proto__', status: 'ONLINE', topology: empty },
      ],
    });
    expect(health.pools.tank).toEqual({
      level: 'critical',
      reasons: ['tank: pool status DEGRADED', 'tank: pool status FAULTED'],
    });
    expect(Object.keys(health.pools)).toEqual(['tank', '__proto__']);
    expect(Object.getPrototypeOf(health.pools)).toBe(Object.prototype);
  });
});
