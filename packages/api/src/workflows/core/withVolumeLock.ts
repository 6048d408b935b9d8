import type { ApiClient } from '../../createApiClient.js';

const queues = new WeakMap<ApiClient, Map<string, Promise<unknown>>>();

/**
 * Runs `fn` once every earlier call for the same volume on the same API client has settled, so concurrent workflows
 * on one volume (a CSI `CreateVolume` retried while the first is still running, say) run one after the other and
 * the second finds what the first made instead of racing it. Different volumes still run in parallel. Serialises
 * within this process only; across processes the server's own uniqueness rules and the workflows' checks apply.
 *
 * @param api - the API client (the lock is per client).
 * @param volume - the volume's dataset name.
 * @param fn - the work to run under the lock.
 * @returns what `fn` returns.
 * @example
 * ```ts
 * import { withVolumeLock } from '@tn/api';
 *
 * await withVolumeLock(api, 'tank/k8s/pvc-1', () => api.datasets.update('tank/k8s/pvc-1', { comments: 'busy' }));
 * ```
 */
export function withVolumeLock<T>(api: ApiClient, volume: string, fn: () => Promise<T>): Promise<T> {
  let byVolume = queues.get(api);
  if (byVolume === undefined) {
    byVolume = new Map();
    queues.set(api, byVolume);
  }
  const previous = byVolume.get(volume) ?? Promise.resolve();
  const result = previous.then(fn, fn);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  byVolume.set(volume, tail);
  void tail.then(() => {
    if (byVolume.get(volume) === tail) byVolume.delete(volume);
  });
  return result;
}
