import { describe, expect, test } from 'vitest';
import type { ApiClient } from '../../createApiClient.js';
import { withVolumeLock } from './withVolumeLock.js';

const api = {} as ApiClient;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('withVolumeLock', () => {
  test('default: calls on one volume run one after the other, in call order', async () => {
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      withVolumeLock(api, 'tank/v', job('a')),
      withVolumeLock(api, 'tank/v', job('b')),
      withVolumeLock(api, 'tank/v', job('c')),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  test('behavior: other volumes and other clients run in parallel', async () => {
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([
      withVolumeLock(api, 'tank/a', job('a')),
      withVolumeLock(api, 'tank/b', job('b')),
      withVolumeLock({} as ApiClient, 'tank/a', job('other client')),
    ]);
    expect(log.slice(0, 3)).toEqual(['a start', 'b start', 'other client start']);
  });

  test('edge: a failure is returned to its caller and does not block the next one', async () => {
    const failing = withVolumeLock(api, 'tank/v', () => Promise.reject(new Error('boom')));
    const next = withVolumeLock(api, 'tank/v', async () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });
});
