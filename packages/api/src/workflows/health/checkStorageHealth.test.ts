import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../createApiClient.js';
import { checkStorageHealth } from './checkStorageHealth.js';

const tank = {
  name: 'tank',
  status: 'ONLINE',
  healthy: true,
  scan: null,
  topology: { data: [{ name: 'sda', disk: 'sda', status: 'ONLINE', children: [] }] },
};

/** A stand-in for the two namespaces checkStorageHealth uses. */
function fakeApi(pools: unknown[], alerts: unknown[] = []) {
  const query = vi.fn(async () => pools);
  const list = vi.fn(async () => alerts);
  const api = { pools: { query }, alerts: { list } } as unknown as Pick<ApiClient, 'pools' | 'alerts'>;
  return { api, query, list };
}

describe('checkStorageHealth', () => {
  it('default', async () => {
    const { api } = fakeApi([tank]);
    await expect(checkStorageHealth(api)).resolves.toEqual({
      level: 'healthy',
      reasons: [],
      pools: { tank: { level: 'healthy', reasons: [] } },
    });
  });

  it('behavior: pools and alerts are assessed together', async () => {
    const { api } = fakeApi(
      [{ ...tank, status: 'DEGRADED' }],
      [{ klass: 'VolumeStatus', level: 'CRITICAL', dismissed: false, formatted: 'Pool tank state is DEGRADED' }],
    );
    await expect(checkStorageHealth(api)).resolves.toEqual({
      level: 'critical',
      reasons: ['tank: pool status DEGRADED', 'alert VolumeStatus (CRITICAL): Pool tank state is DEGRADED'],
      pools: { tank: { level: 'degraded', reasons: ['tank: pool status DEGRADED'] } },
    });
  });

  it('behavior: per-call options go to both requests', async () => {
    const { api, query, list } = fakeApi([tank]);
    const call = { timeout: 1_234 };
    await checkStorageHealth(api, { call });
    expect(query).toHaveBeenCalledWith(undefined, undefined, call);
    expect(list).toHaveBeenCalledWith(call);
  });

  it('behavior: the first answer dates the data; answers too far apart are stale', async () => {
    const times = [0, 45_000].map((ms) => new Date(Date.UTC(2025, 0, 1) + ms));
    const now = vi.fn(() => times.shift() as Date);
    const { api } = fakeApi([tank]);
    const health = await checkStorageHealth(api, { now, staleAfterMs: 30_000 });
    expect(now).toHaveBeenCalledTimes(2); // first answer, then the end (the second answer does not re-date)
    expect(health.level).toBe('unknown');
    expect(health.reasons).toEqual(['connection: data is stale (last contact 45000 ms ago, limit 30000 ms)']);
  });

  it('error: a failed request rejects', async () => {
    const { api, list } = fakeApi([tank]);
    list.mockRejectedValueOnce(new Error('socket closed'));
    await expect(checkStorageHealth(api)).rejects.toThrow('socket closed');
  });
});
