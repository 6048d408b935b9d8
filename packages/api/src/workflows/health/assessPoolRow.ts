import { HealthFindings, type PoolHealthSummary, poolStateHealth, vdevStateHealth } from '@tn/zfs/health';
import { type StorageHealthPool, StorageHealthScanSchema, StorageHealthVdevSchema } from './storageHealth.schemas.js';

/** Topology groups in the order their vdevs are checked (the order of `zpool status`). @internal */
export const TOPOLOGY_GROUPS = ['data', 'log', 'cache', 'spare', 'special', 'dedup'] as const;

/**
 * The findings of one `pool.query` row, in this order: pool status, the middleware's `healthy` flag, every vdev
 * depth-first (groups in {@link TOPOLOGY_GROUPS} order; each vdev's state, then its error counts, then its
 * children), then the scan. Every reason starts with `<pool>: `. See `assessStorageHealth` for the rules.
 *
 * @param pool - A pool row.
 * @returns `{ level, reasons }` of that row alone.
 * @internal
 */
export function assessPoolRow(pool: StorageHealthPool): PoolHealthSummary {
  const findings = new HealthFindings();
  const label = pool.name === '' ? '(unnamed pool)' : pool.name;
  const status = pool.status;
  const code = pool.status_code;
  if (status === undefined || status === null) {
    findings.add('unknown', `${label}: pool status unknown`);
  } else {
    const suffix = code && code !== 'OK' ? ` (${code})` : '';
    findings.add(poolStateHealth(status), `${label}: pool status ${status}${suffix}`);
    if (pool.healthy === false && poolStateHealth(status) === 'healthy') {
      findings.add('degraded', `${label}: the server reports the pool unhealthy (${code ?? 'no status code'})`);
    }
  }

  const topology = pool.topology;
  if (topology === undefined || topology === null) {
    findings.add('unknown', `${label}: topology not reported`);
  } else {
    for (const group of TOPOLOGY_GROUPS) {
      (topology[group] ?? []).forEach((vdev, index) => {
        checkVdev(vdev, `${index}`, `${label}: ${group} vdev`, findings);
      });
    }
  }

  if (pool.scan !== undefined && pool.scan !== null) {
    const scan = StorageHealthScanSchema.safeParse(pool.scan);
    if (!scan.success) findings.add('unknown', `${label}: scan not understood`);
    else if ((scan.data.errors ?? 0) > 0) {
      findings.add('degraded', `${label}: ${scan.data.function ?? 'scan'} found ${scan.data.errors} errors`);
    }
  }
  return findings.summary();
}

function checkVdev(raw: unknown, position: string, prefix: string, findings: HealthFindings): void {
  const parsed = StorageHealthVdevSchema.safeParse(raw);
  if (!parsed.success) {
    findings.add('unknown', `${prefix} #${position} not understood`);
    return;
  }
  const vdev = parsed.data;
  const name = vdev.disk || vdev.name || `#${position}`;
  if (vdev.status === undefined || vdev.status === null) findings.add('unknown', `${prefix} ${name} state unknown`);
  else findings.add(vdevStateHealth(vdev.status), `${prefix} ${name} is ${vdev.status}`);

  const counts: string[] = [];
  const stats = vdev.stats;
  if ((stats?.read_errors ?? 0) > 0) counts.push(`${stats?.read_errors} read`);
  if ((stats?.write_errors ?? 0) > 0) counts.push(`${stats?.write_errors} write`);
  if ((stats?.checksum_errors ?? 0) > 0) counts.push(`${stats?.checksum_errors} checksum`);
  if (counts.length > 0) findings.add('degraded', `${prefix} ${name} has ${counts.join(', ')} errors`);

  (vdev.children ?? []).forEach((child, index) => {
    checkVdev(child, `${position}.${index}`, prefix, findings);
  });
}
