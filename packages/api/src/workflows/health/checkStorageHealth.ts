import type { TnError } from '@tn/rpc';
import type { ApiClient } from '../../createApiClient.js';
import type { InvokeOptions } from '../../namespaces/apiContext.js';
import { assessStorageHealth } from './assessStorageHealth.js';
import type { StorageHealth } from './storageHealth.schemas.js';

/**
 * Options of {@link checkStorageHealth}.
 *
 * @example
 * ```ts
 * import { checkStorageHealth, type CheckStorageHealthParameters } from '@tn/api';
 *
 * const options: CheckStorageHealthParameters = { staleAfterMs: 10_000, call: { timeout: 5_000 } };
 * const health = await checkStorageHealth(api, options);
 * ```
 */
export type CheckStorageHealthParameters = {
  /** Data older than this when the check completes is stale (`unknown`), e.g. on a very slow link. @default 30_000 */
  staleAfterMs?: number | undefined;
  /** The clock, called when the first answer arrives and once at the end. @default () => new Date() */
  now?: (() => Date) | undefined;
  /** Per-call options (`timeout`, `signal`...) for both requests. */
  call?: InvokeOptions | undefined;
};

/**
 * Return type of {@link checkStorageHealth}.
 *
 * @example
 * ```ts
 * import { checkStorageHealth, type CheckStorageHealthReturnType } from '@tn/api';
 *
 * const health: CheckStorageHealthReturnType = await checkStorageHealth(api);
 * ```
 */
export type CheckStorageHealthReturnType = StorageHealth;

/**
 * {@link checkStorageHealth} rejects with whatever `pool.query` or `alert.list` rejects with: `TnError` subclasses
 * of `@tn/rpc` (connection lost, timeout, server error) or a result validation error. It never turns a failed fetch
 * into a health level; keep the last result and pass `connection` to `assessStorageHealth` for that.
 *
 * @example
 * ```ts
 * import { checkStorageHealth, type CheckStorageHealthErrorType } from '@tn/api';
 *
 * try {
 *   await checkStorageHealth(api);
 * } catch (err) {
 *   console.error((err as CheckStorageHealthErrorType).code);
 * }
 * ```
 */
export type CheckStorageHealthErrorType = TnError;

/**
 * Fetches every pool (`pool.query`) and the current alerts (`alert.list`) in parallel and assesses them with
 * {@link assessStorageHealth} (same rules and table). The data counts as last contacted when the first of the two
 * answers arrived, so the result turns `unknown` only when the two answers are more than `staleAfterMs` apart.
 *
 * @param api - An {@link ApiClient} (only `pools` and `alerts` are used).
 * @param options - {@link CheckStorageHealthParameters}.
 * @returns `{ level, reasons, pools }`.
 *
 * @example
 * ```ts
 * import { checkStorageHealth } from '@tn/api';
 *
 * const { level, reasons, pools } = await checkStorageHealth(api, { call: { timeout: 10_000 } });
 * if (level !== 'healthy') console.warn(reasons.join('\n'), pools.tank?.level);
 * ```
 */
export async function checkStorageHealth(
  api: Pick<ApiClient, 'pools' | 'alerts'>,
  options: CheckStorageHealthParameters = {},
): Promise<CheckStorageHealthReturnType> {
  const { staleAfterMs = 30_000, now = () => new Date(), call } = options;
  let lastContactAt: Date | undefined;
  const stamp = <T>(value: T): T => {
    lastContactAt ??= now();
    return value;
  };
  const [pools, alerts] = await Promise.all([
    api.pools.query(undefined, undefined, call).then(stamp),
    api.alerts.list(call).then(stamp),
  ]);
  return assessStorageHealth({ pools, alerts, connection: { lastContactAt, now: now(), staleAfterMs } });
}
