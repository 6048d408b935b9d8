import type { MockServer } from '@tn/mock';
import { describe, expect, test } from 'vitest';
import { assessStorageHealth, checkStorageHealth } from '../src/index.js';
import { useMockApi } from './apiHarness.js';

describe.each(['25.04', '25.10'] as const)('storage health over a real socket (%s)', (version) => {
  const mock = useMockApi({ version });

  test('default: the seeded mirror is healthy', async () => {
    await expect(checkStorageHealth(mock.api)).resolves.toEqual({
      level: 'healthy',
      reasons: [],
      pools: { tank: { level: 'healthy', reasons: [] } },
    });
  });

  test.each([
    [
      'failDisk',
      (s: MockServer) => {
        s.storage.failDisk('sdb');
        return 'sdb';
      },
    ],
    ['degradePool', (s: MockServer) => s.storage.degradePool('tank')],
  ])(
    'behavior: healthy -> degraded after %s; the CRITICAL VolumeStatus alert counts until dismissed',
    async (_, fail) => {
      expect((await checkStorageHealth(mock.api)).level).toBe('healthy');
      const disk = fail(mock.server);

      const failed = await checkStorageHealth(mock.api);
      const poolReasons = [
        'tank: pool status DEGRADED (FAULTED_DEV_R)',
        'tank: data vdev mirror-0 is DEGRADED',
        `tank: data vdev ${disk} is FAULTED`,
        `tank: data vdev ${disk} has 3 read, 12 write errors`,
      ];
      expect(failed.pools).toEqual({ tank: { level: 'degraded', reasons: poolReasons } });
      expect(failed.level).toBe('critical');
      expect(failed.reasons.slice(0, 4)).toEqual(poolReasons);
      expect(failed.reasons.slice(4)).toEqual([
        expect.stringMatching(/^alert VolumeStatus \(CRITICAL\): .*tank.*DEGRADED/),
      ]);
      expect(failed.reasons[4]).not.toMatch(/<[a-z]/); // HTML of the alert text is stripped

      const alerts = await mock.api.alerts.list();
      for (const alert of alerts) if (alert.klass === 'VolumeStatus') await mock.api.alerts.dismiss(alert.uuid);
      await expect(checkStorageHealth(mock.api)).resolves.toEqual({
        level: 'degraded',
        reasons: poolReasons,
        pools: { tank: { level: 'degraded', reasons: poolReasons } },
      });
    },
  );

  test('behavior: degradePool without redundancy faults the pool (critical)', async () => {
    mock.server.storage.addPool({ name: 'scratch', disks: ['sdc'] });
    expect((await checkStorageHealth(mock.api)).pools.scratch).toEqual({ level: 'healthy', reasons: [] });
    expect(mock.server.storage.degradePool('scratch')).toBe('sdc');

    const health = await checkStorageHealth(mock.api);
    expect(health.level).toBe('critical');
    expect(health.pools.tank).toEqual({ level: 'healthy', reasons: [] });
    expect(health.pools.scratch?.level).toBe('critical');
    expect(health.pools.scratch?.reasons).toEqual(
      expect.arrayContaining(['scratch: pool status FAULTED (FAULTED_DEV_NR)', 'scratch: data vdev sdc is FAULTED']),
    );
  });

  test('behavior: raised alerts by level; dismissed ones do not count', async () => {
    mock.server.storage.raiseAlert({ klass: 'SMARTTestFailed', level: 'INFO', text: 'informational' });
    expect((await checkStorageHealth(mock.api)).level).toBe('healthy');

    mock.server.storage.raiseAlert({
      klass: 'SMARTTestFailed',
      level: 'ERROR',
      text: 'SMART test failed on %(disk)s',
      args: { disk: 'sda' },
    });
    mock.server.storage.raiseAlert({ klass: 'Quiet', level: 'EMERGENCY', text: 'ignored', dismissed: true });
    await expect(checkStorageHealth(mock.api)).resolves.toEqual({
      level: 'degraded',
      reasons: ['alert SMARTTestFailed (ERROR): SMART test failed on sda'],
      pools: { tank: { level: 'healthy', reasons: [] } },
    });
  });

  test('behavior: the last rows, judged later with a connection, are stale', async () => {
    const lastContactAt = new Date();
    const pools = await mock.api.pools.query();
    const alerts = await mock.api.alerts.list();
    const later = new Date(lastContactAt.getTime() + 120_000);
    const health = assessStorageHealth({
      pools,
      alerts,
      connection: { lastContactAt, now: later, staleAfterMs: 60_000 },
    });
    expect(health.level).toBe('unknown');
    expect(health.pools.tank?.level).toBe('unknown');
    expect(health.reasons).toEqual(['connection: data is stale (last contact 120000 ms ago, limit 60000 ms)']);
  });
});
