import { describe, expect, it } from 'vitest';
import { assessStorageHealth } from './assessStorageHealth.js';
import type { StorageHealthPool } from './storageHealth.schemas.js';

// Expected levels are spelled out here (not read from @tn/zfs/health) so that a change to a table fails a test.
const POOL_STATUS = [
  ['ONLINE', 'healthy'],
  ['DEGRADED', 'degraded'],
  ['FAULTED', 'critical'],
  ['OFFLINE', 'critical'],
  ['REMOVED', 'critical'],
  ['UNAVAIL', 'critical'],
  ['SUSPENDED', 'critical'],
  ['SOMETHING_NEW', 'unknown'],
  ['constructor', 'unknown'],
] as const;

const VDEV_STATUS = [
  ['ONLINE', 'healthy'],
  ['AVAIL', 'healthy'],
  ['INUSE', 'healthy'],
  ['HEALTHY', 'healthy'],
  ['DEGRADED', 'degraded'],
  ['FAULTED', 'degraded'],
  ['OFFLINE', 'degraded'],
  ['REMOVED', 'degraded'],
  ['UNAVAIL', 'degraded'],
  ['SUSPENDED', 'critical'],
  ['SOMETHING_NEW', 'unknown'],
  ['toString', 'unknown'],
] as const;

const GROUPS = ['data', 'log', 'cache', 'spare', 'special', 'dedup'] as const;
const DEPTHS = ['top-level', 'nested'] as const;
type Group = (typeof GROUPS)[number];

const stats = (read = 0, write = 0, checksum = 0) => ({
  read_errors: read,
  write_errors: write,
  checksum_errors: checksum,
});
const disk = (name: string, status: string | undefined, extra: Record<string, unknown> = {}) => ({
  name: `part-${name}`,
  type: 'DISK',
  disk: name,
  ...(status === undefined ? {} : { status }),
  stats: stats(),
  children: [],
  ...extra,
});
const mirror = (children: unknown[]) => ({
  name: 'mirror-0',
  type: 'MIRROR',
  status: 'ONLINE',
  stats: stats(),
  children,
});
const topology = (groups: Partial<Record<Group, unknown[]>> = {}) => ({
  data: [mirror([disk('sda', 'ONLINE'), disk('sdb', 'ONLINE')])],
  log: [],
  cache: [],
  spare: [],
  special: [],
  dedup: [],
  ...groups,
});
const pool = (extra: Partial<StorageHealthPool> = {}): StorageHealthPool => ({
  name: 'tank',
  status: 'ONLINE',
  healthy: true,
  status_code: 'OK',
  scan: { function: 'SCRUB', state: 'FINISHED', errors: 0 },
  topology: topology(),
  ...extra,
});
/** A pool whose only non-ONLINE vdev is `vdev`, placed in `group` at the top level or under a mirror. */
const poolWithVdev = (group: Group, depth: (typeof DEPTHS)[number], vdev: unknown) =>
  pool({ topology: topology({ [group]: depth === 'top-level' ? [vdev] : [mirror([disk('sdx', 'ONLINE'), vdev])] }) });

describe('assessStorageHealth', () => {
  it('default', () => {
    expect(assessStorageHealth({ pools: [pool()] })).toEqual({
      level: 'healthy',
      reasons: [],
      pools: { tank: { level: 'healthy', reasons: [] } },
    });
  });

  it.each(POOL_STATUS)('behavior: pool status %s is %s', (status, level) => {
    const health = assessStorageHealth({ pools: [pool({ status, status_code: null })] });
    const reasons = level === 'healthy' ? [] : [`tank: pool status ${status}`];
    expect(health).toEqual({ level, reasons, pools: { tank: { level, reasons } } });
  });

  it.each([undefined, null])('behavior: pool status %j is unknown', (status) => {
    expect(assessStorageHealth({ pools: [pool({ status })] })).toMatchObject({
      level: 'unknown',
      reasons: ['tank: pool status unknown'],
    });
  });

  it('behavior: the status code is quoted unless OK', () => {
    expect(
      assessStorageHealth({ pools: [pool({ status: 'DEGRADED', status_code: 'FAULTED_DEV_R' })] }).reasons,
    ).toEqual(['tank: pool status DEGRADED (FAULTED_DEV_R)']);
  });

  it.each(
    VDEV_STATUS.flatMap(([status, level]) =>
      GROUPS.flatMap((group) => DEPTHS.map((depth) => [status, group, depth, level] as const)),
    ),
  )('behavior: vdev status %s in %s (%s) is %s', (status, group, depth, level) => {
    const health = assessStorageHealth({ pools: [poolWithVdev(group, depth, disk('sdz', status))] });
    const reasons = level === 'healthy' ? [] : [`tank: ${group} vdev sdz is ${status}`];
    expect(health).toEqual({ level, reasons, pools: { tank: { level, reasons } } });
  });

  it.each(GROUPS.flatMap((group) => DEPTHS.map((depth) => [group, depth] as const)))(
    'behavior: missing vdev status in %s (%s) is unknown',
    (group, depth) => {
      const health = assessStorageHealth({ pools: [poolWithVdev(group, depth, disk('sdz', undefined))] });
      expect(health).toMatchObject({ level: 'unknown', reasons: [`tank: ${group} vdev sdz state unknown`] });
    },
  );

  it.each(
    (['read', 'write', 'checksum'] as const).flatMap((kind) =>
      GROUPS.flatMap((group) => DEPTHS.map((depth) => [kind, group, depth] as const)),
    ),
  )('behavior: %s errors on a vdev in %s (%s) degrade', (kind, group, depth) => {
    const counts = stats(kind === 'read' ? 2 : 0, kind === 'write' ? 2 : 0, kind === 'checksum' ? 2 : 0);
    const health = assessStorageHealth({
      pools: [poolWithVdev(group, depth, disk('sdz', 'ONLINE', { stats: counts }))],
    });
    expect(health).toMatchObject({ level: 'degraded', reasons: [`tank: ${group} vdev sdz has 2 ${kind} errors`] });
  });

  it.each([
    [0, 'healthy', []],
    [null, 'healthy', []],
    [3, 'degraded', ['tank: SCRUB found 3 errors']],
  ] as const)('behavior: scan errors %j give %s', (errors, level, reasons) => {
    const health = assessStorageHealth({ pools: [pool({ scan: { function: 'SCRUB', state: 'FINISHED', errors } })] });
    expect(health).toMatchObject({ level, reasons });
  });

  it.each([
    ['INFO', 'healthy'],
    ['NOTICE', 'healthy'],
    ['WARNING', 'degraded'],
    ['ERROR', 'degraded'],
    ['CRITICAL', 'critical'],
    ['ALERT', 'critical'],
    ['EMERGENCY', 'critical'],
    ['DEBUG', 'unknown'],
  ] as const)('behavior: an active %s alert is %s; dismissed, it has no effect', (alertLevel, level) => {
    const alert = { klass: 'VolumeStatus', level: alertLevel, formatted: 'Pool tank state is <b>DEGRADED</b>' };
    const active = assessStorageHealth({ pools: [pool()], alerts: [{ ...alert, dismissed: false }] });
    const reasons = level === 'healthy' ? [] : [`alert VolumeStatus (${alertLevel}): Pool tank state is DEGRADED`];
    expect(active).toEqual({ level, reasons, pools: { tank: { level: 'healthy', reasons: [] } } });
    const dismissed = assessStorageHealth({ pools: [pool()], alerts: [{ ...alert, dismissed: true }] });
    expect(dismissed).toEqual({ level: 'healthy', reasons: [], pools: { tank: { level: 'healthy', reasons: [] } } });
  });

  it('behavior: an alert without text is named by its class', () => {
    const alerts = [
      { klass: 'SMARTTestFailed', level: 'ERROR', formatted: null },
      { klass: 'ScrubPaused', level: 'WARNING', formatted: ' <br> ' },
    ];
    expect(assessStorageHealth({ pools: [pool()], alerts }).reasons).toEqual([
      'alert SMARTTestFailed (ERROR)',
      'alert ScrubPaused (WARNING)',
    ]);
  });

  it('behavior: no pools is unknown', () => {
    expect(assessStorageHealth({ pools: [] })).toEqual({ level: 'unknown', reasons: ['no pools'], pools: {} });
  });

  const at = (ms: number) => new Date(Date.UTC(2025, 0, 1) + ms);
  it.each([
    ['fresh', { lastContactAt: at(0), now: at(59_999), staleAfterMs: 60_000 }, undefined],
    ['at the limit', { lastContactAt: at(0), now: at(60_000), staleAfterMs: 60_000 }, undefined],
    ['in the future', { lastContactAt: at(5_000), now: at(0), staleAfterMs: 60_000 }, undefined],
    [
      'stale',
      { lastContactAt: at(0), now: at(60_001), staleAfterMs: 60_000 },
      'connection: data is stale (last contact 60001 ms ago, limit 60000 ms)',
    ],
    ['never contacted', { now: at(0), staleAfterMs: 60_000 }, 'connection: the server was never contacted'],
    [
      'invalid',
      { lastContactAt: new Date(Number.NaN), now: at(0), staleAfterMs: 60_000 },
      'connection: lastContactAt or now is not a valid date',
    ],
  ])('behavior: connection %s', (_, connection, reason) => {
    const health = assessStorageHealth({ pools: [pool()], connection });
    const expected = reason === undefined ? { level: 'healthy', reasons: [] } : { level: 'unknown', reasons: [reason] };
    expect(health).toEqual({ ...expected, pools: { tank: expected } });
  });

  it.each([
    ['healthy', pool(), 'unknown'],
    ['degraded', pool({ status: 'DEGRADED', status_code: null }), 'degraded'],
    ['critical', pool({ status: 'FAULTED', status_code: null }), 'critical'],
  ] as const)('behavior: stale data keeps a %s finding at least unknown (%s)', (_, row, level) => {
    const connection = { lastContactAt: at(0), now: at(10), staleAfterMs: 1 };
    const health = assessStorageHealth({ pools: [row], connection });
    const stale = 'connection: data is stale (last contact 10 ms ago, limit 1 ms)';
    expect(health.level).toBe(level);
    expect(health.reasons[0]).toBe(stale);
    expect(health.pools.tank).toEqual({ level, reasons: [stale, ...health.reasons.slice(1)] });
  });

  it('behavior: never contacted and no pools', () => {
    expect(assessStorageHealth({ pools: [], connection: { now: at(0), staleAfterMs: 1 } })).toEqual({
      level: 'unknown',
      reasons: ['connection: the server was never contacted', 'no pools'],
      pools: {},
    });
  });
});
