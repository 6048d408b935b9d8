import type { PoolHealthSummary } from '../model/poolHealth.js';
import type { ZpoolStatus, ZpoolStatusPool } from '../model/zpoolStatus.js';
import type { ZpoolVdev } from '../model/zpoolStatusParts.js';
import { HealthFindings } from './healthFindings.js';
import { poolStateHealth, vdevStateHealth } from './healthTable.js';

/** Parameters of {@link summarizePoolHealth}: a whole `zpool status` result or one of its pools.
 *
 * @example
 * ```ts
 * import { parseZpoolStatus, summarizePoolHealth, type SummarizePoolHealthParameters } from '@tn/zfs';
 *
 * const input: SummarizePoolHealthParameters = parseZpoolStatus(text);
 * summarizePoolHealth(input);
 * ```
 */
export type SummarizePoolHealthParameters = ZpoolStatus | ZpoolStatusPool;
/** Return type of {@link summarizePoolHealth}.
 *
 * @example
 * ```ts
 * import { parseZpoolStatus, summarizePoolHealth, type SummarizePoolHealthReturnType } from '@tn/zfs';
 *
 * const result: SummarizePoolHealthReturnType = summarizePoolHealth(parseZpoolStatus(text));
 * ```
 */
export type SummarizePoolHealthReturnType = PoolHealthSummary;
/** {@link summarizePoolHealth} throws nothing.
 *
 * @example
 * ```ts
 * import { parseZpoolStatus, summarizePoolHealth, type SummarizePoolHealthErrorType } from '@tn/zfs';
 *
 * try {
 *   summarizePoolHealth(parseZpoolStatus(text));
 * } catch (err) {
 *   console.error((err as SummarizePoolHealthErrorType).shortMessage);
 * }
 * ```
 */
export type SummarizePoolHealthErrorType = never;

const HEALTHY_MESSAGE = /^(?:all pools are healthy|pool '.*' is healthy)$/;

/**
 * Summarises pool health from a parsed `zpool status` (text or JSON) into one level and a list of reasons.
 * Deterministic: the same input always gives the same level and the same reasons in the same order. The level is
 * the most severe finding (`healthy` < `unknown` < `degraded` < `critical`, see `HEALTH_SEVERITY`). Pool and vdev
 * states go through the shared tables `POOL_STATE_HEALTH` and `VDEV_STATE_HEALTH` (also used by `@tn/api`'s
 * `assessStorageHealth`):
 *
 * | what | found | level |
 * |---|---|---|
 * | pool `state` | `ONLINE` | healthy |
 * | pool `state` | `DEGRADED` | degraded |
 * | pool `state` | `FAULTED`, `UNAVAIL`, `SUSPENDED`, `REMOVED`, `OFFLINE` | critical |
 * | pool `state` | missing or any other value | unknown |
 * | vdev `state` (every vdev below the pool row, in all sections) | `ONLINE`, `AVAIL`, `INUSE`, `HEALTHY` | healthy |
 * | vdev `state` | `DEGRADED`, `FAULTED`, `UNAVAIL`, `REMOVED`, `OFFLINE` | degraded (the pool state says whether data is lost) |
 * | vdev `state` | `SUSPENDED` | critical |
 * | vdev `state` | missing (cut output) or any other value | unknown |
 * | READ/WRITE/CKSUM counts (any row, pool row included) | any count above 0 | degraded |
 * | `scan` | `errors` above 0 | degraded |
 * | `errors` | `count` above 0, or damaged files listed | critical |
 * | no pools | `message` is `all pools are healthy` / `pool 'x' is healthy` | healthy |
 * | no pools | any other message, or none | unknown |
 *
 * Reasons are listed per pool in printed order: pool state, vdevs depth-first (data vdevs, then logs, cache,
 * spares, special, dedup), scan, data errors. A healthy result has no reasons.
 *
 * @param status - A {@link ZpoolStatus} or a single {@link ZpoolStatusPool}.
 * @returns `{ level, reasons }`.
 *
 * @example
 * ```ts
 * import { parseZpoolStatus, summarizePoolHealth } from '@tn/zfs';
 *
 * const { level, reasons } = summarizePoolHealth(parseZpoolStatus(stdout));
 * if (level !== 'healthy') console.warn(reasons.join('\n'));
 * ```
 */
export function summarizePoolHealth(status: SummarizePoolHealthParameters): SummarizePoolHealthReturnType {
  const findings = new HealthFindings();
  if (isWholeStatus(status)) {
    if (status.pools.length === 0) {
      const message = status.message?.trim();
      if (message !== undefined && HEALTHY_MESSAGE.test(message)) findings.add('healthy');
      else findings.add('unknown', message === undefined ? 'no pools in the output' : `no pools: ${message}`);
    }
    for (const pool of status.pools) checkPool(pool, findings);
  } else {
    checkPool(status, findings);
  }
  return findings.summary();
}

function isWholeStatus(status: SummarizePoolHealthParameters): status is ZpoolStatus {
  return typeof (status as { name?: unknown }).name !== 'string' && Array.isArray(status.pools);
}

function checkPool(pool: ZpoolStatusPool, findings: HealthFindings): void {
  const label = pool.name === '' ? '(unnamed pool)' : pool.name;
  const state = pool.state;
  if (state === undefined) findings.add('unknown', `${label}: pool state unknown`);
  else findings.add(poolStateHealth(state), `${label}: pool state ${state}`);

  if (pool.root !== undefined) {
    checkCounts(pool.root, label, findings);
    for (const child of pool.root.children) checkVdev(child, label, findings);
  }
  for (const group of [pool.logs, pool.cache, pool.spares, pool.special, pool.dedup]) {
    for (const vdev of group) checkVdev(vdev, label, findings);
  }

  const scanErrors = pool.scan?.errors ?? 0;
  if (scanErrors > 0) findings.add('degraded', `${label}: ${pool.scan?.function ?? 'scan'} found ${scanErrors} errors`);

  const errors = pool.errors;
  if (errors !== undefined) {
    const count = errors.count ?? 0;
    if (count > 0) findings.add('critical', `${label}: ${count} data errors`);
    if (errors.files.length > 0) {
      findings.add('critical', `${label}: permanent errors in ${errors.files.length} files`);
    }
  }
}

function checkVdev(vdev: ZpoolVdev, label: string, findings: HealthFindings): void {
  const state = vdev.state;
  if (state === undefined) findings.add('unknown', `${label}: vdev ${vdev.name} state unknown`);
  else findings.add(vdevStateHealth(state), `${label}: vdev ${vdev.name} is ${state}`);
  checkCounts(vdev, label, findings);
  for (const child of vdev.children) checkVdev(child, label, findings);
}

function checkCounts(vdev: ZpoolVdev, label: string, findings: HealthFindings): void {
  const parts: string[] = [];
  if ((vdev.read?.value ?? 0) > 0) parts.push(`${vdev.read?.text} read`);
  if ((vdev.write?.value ?? 0) > 0) parts.push(`${vdev.write?.text} write`);
  if ((vdev.cksum?.value ?? 0) > 0) parts.push(`${vdev.cksum?.text} checksum`);
  if (parts.length > 0) findings.add('degraded', `${label}: ${vdev.name} has ${parts.join(', ')} errors`);
}
