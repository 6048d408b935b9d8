import { HealthFindings, type PoolHealthLevel } from '@tn/zfs/health';
import { alertLevelHealth } from './alertLevelHealth.js';
import { assessPoolRow } from './assessPoolRow.js';
import type {
  AssessStorageHealthParameters,
  StorageHealth,
  StorageHealthAlert,
  StorageHealthConnection,
} from './storageHealth.schemas.js';

/**
 * Return type of {@link assessStorageHealth}.
 *
 * @example
 * ```ts
 * import { assessStorageHealth, type AssessStorageHealthReturnType } from '@tn/api';
 *
 * const health: AssessStorageHealthReturnType = assessStorageHealth({ pools: await api.pools.query() });
 * ```
 */
export type AssessStorageHealthReturnType = StorageHealth;

/**
 * {@link assessStorageHealth} throws nothing for input of its declared type; unknown vdev or scan shapes become
 * `unknown` findings.
 *
 * @example
 * ```ts
 * import { assessStorageHealth, type AssessStorageHealthErrorType } from '@tn/api';
 *
 * try {
 *   assessStorageHealth({ pools });
 * } catch (err) {
 *   console.error((err as AssessStorageHealthErrorType).message);
 * }
 * ```
 */
export type AssessStorageHealthErrorType = never;

/**
 * Maps pool rows, alerts and connection freshness to one level (`healthy` < `unknown` < `degraded` < `critical`)
 * with reasons. Pure and deterministic: the same input gives the same level and the same reasons in the same order.
 * Pool and vdev states go through the tables of `@tn/zfs/health` (`POOL_STATE_HEALTH`, `VDEV_STATE_HEALTH`), the same
 * ones `summarizePoolHealth` of `@tn/zfs` uses for `zpool status`:
 *
 * | what | found | level |
 * |---|---|---|
 * | connection | not given | no effect (data taken as fresh) |
 * | connection | `lastContactAt` missing (never contacted) or not a valid date | unknown |
 * | connection | `now - lastContactAt > staleAfterMs` (stale) | unknown, for the result and every pool |
 * | pools | none | unknown |
 * | pool `status` | `ONLINE` | healthy |
 * | pool `status` | `DEGRADED` | degraded |
 * | pool `status` | `FAULTED`, `OFFLINE`, `REMOVED`, `UNAVAIL`, `SUSPENDED` | critical |
 * | pool `status` | missing or any other value | unknown |
 * | pool `healthy` | `false` while `status` maps to healthy (e.g. `FAILING_DEV`) | degraded |
 * | pool `topology` | `null` or missing | unknown |
 * | vdev `status` (every vdev of `data`, `log`, `cache`, `spare`, `special`, `dedup`, at any depth) | `ONLINE`, `AVAIL`, `INUSE`, `HEALTHY` | healthy |
 * | vdev `status` | `DEGRADED`, `FAULTED`, `OFFLINE`, `REMOVED`, `UNAVAIL` | degraded (the pool status says whether data is lost) |
 * | vdev `status` | `SUSPENDED` | critical |
 * | vdev `status` | missing or any other value; or a vdev that is not an object | unknown |
 * | vdev `stats` | `read_errors`, `write_errors` or `checksum_errors` above 0 | degraded |
 * | pool `scan` | `errors` above 0 | degraded |
 * | pool `scan` | not of the expected shape | unknown |
 * | alert (not dismissed) | `INFO`, `NOTICE` | no effect |
 * | alert (not dismissed) | `WARNING`, `ERROR` | degraded |
 * | alert (not dismissed) | `CRITICAL`, `ALERT`, `EMERGENCY` | critical |
 * | alert (not dismissed) | any other level | unknown |
 * | alert | `dismissed: true` | ignored |
 *
 * The level is the most severe finding. Staleness therefore makes a healthy result `unknown` but keeps `degraded` and
 * `critical`: the problems seen at the last contact are still reported, since nothing says they went away.
 *
 * `reasons` lists, in this order: the connection finding; `no pools`; each pool's reasons in input order (pool
 * status, `healthy` flag, vdevs depth-first by group in the order above with state before error counts before
 * children, then scan; each prefixed `<pool>: `); then alerts in input order (`alert <klass> (<level>): <formatted>`
 * with HTML tags stripped, or `alert <klass> (<level>)` without text). Healthy findings give no reason.
 *
 * `pools` holds, per pool name, the findings of its row alone plus the connection finding; alerts only count towards
 * the overall level. Rows with the same name are merged.
 *
 * @param input - {@link AssessStorageHealthParameters}: `pools`, `alerts` and `connection`.
 * @returns `{ level, reasons, pools }` ({@link StorageHealth}).
 *
 * @example
 * ```ts
 * import { assessStorageHealth } from '@tn/api';
 *
 * const health = assessStorageHealth({
 *   pools: await api.pools.query(),
 *   alerts: await api.alerts.list(),
 *   connection: { lastContactAt, now: new Date(), staleAfterMs: 60_000 },
 * });
 * if (health.level !== 'healthy') console.warn(health.reasons.join('\n'));
 * ```
 */
export function assessStorageHealth(input: AssessStorageHealthParameters): AssessStorageHealthReturnType {
  const { pools, alerts = [], connection } = input;
  const overall = new HealthFindings();
  const stale = connection === undefined ? undefined : connectionFinding(connection);
  if (stale !== undefined) overall.add(stale.level, stale.reason);
  if (pools.length === 0) overall.add('unknown', 'no pools');

  const perPool = new Map<string, HealthFindings>();
  for (const pool of pools) {
    const summary = assessPoolRow(pool);
    overall.addSummary(summary);
    let entry = perPool.get(pool.name);
    if (entry === undefined) {
      entry = new HealthFindings();
      if (stale !== undefined) entry.add(stale.level, stale.reason);
      perPool.set(pool.name, entry);
    }
    entry.addSummary(summary);
  }

  for (const alert of alerts) {
    if (alert.dismissed === true) continue;
    overall.add(alertLevelHealth(alert.level), alertReason(alert));
  }

  return {
    ...overall.summary(),
    // fromEntries defines own properties, so even a `__proto__` key stays data.
    pools: Object.fromEntries([...perPool].map(([name, findings]) => [name, findings.summary()])),
  };
}

function connectionFinding(
  connection: StorageHealthConnection,
): { level: PoolHealthLevel; reason: string } | undefined {
  const { lastContactAt, now, staleAfterMs } = connection;
  if (lastContactAt === undefined) return { level: 'unknown', reason: 'connection: the server was never contacted' };
  const age = now.getTime() - lastContactAt.getTime();
  if (Number.isNaN(age)) return { level: 'unknown', reason: 'connection: lastContactAt or now is not a valid date' };
  if (age > staleAfterMs) {
    return {
      level: 'unknown',
      reason: `connection: data is stale (last contact ${age} ms ago, limit ${staleAfterMs} ms)`,
    };
  }
  return undefined;
}

function alertReason(alert: StorageHealthAlert): string {
  const text = (alert.formatted ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const head = `alert ${alert.klass} (${alert.level})`;
  return text === '' ? head : `${head}: ${text}`;
}
