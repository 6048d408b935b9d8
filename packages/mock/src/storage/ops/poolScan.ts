import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import type { HandlerContext } from '../../registry/handlerTypes.js';
import { poolSpace } from '../pools/poolSpace.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDisks, emitPool, emitScan, refreshAlerts } from '../storageEvents.js';
import { leavesOf } from '../storageState.js';
import type { PoolState, ScanState } from '../storageTypes.js';

/** Progress steps of an emulated scrub/resilver (each `stepMs` long). @internal */
export const SCAN_STEPS = 10;

function running(pool: PoolState): boolean {
  return pool.scan?.state === 'SCANNING';
}

function tick(domain: StorageDomain, pool: PoolState, scan: ScanState): void {
  if (pool.scan !== scan || scan.state !== 'SCANNING') return;
  if (scan.pause === null) {
    scan.percentage = Math.min(100, scan.percentage + 100 / SCAN_STEPS);
    if (scan.percentage >= 100) {
      scan.state = 'FINISHED';
      scan.endTime = new Date();
      emitScan(domain, pool);
      emitPool(domain, 'CHANGED', pool);
      const disks = Object.values(pool.topology)
        .flat()
        .flatMap(leavesOf)
        .map((l) => l.disk);
      emitDisks(domain, disks);
      refreshAlerts(domain);
      return;
    }
    emitScan(domain, pool);
  }
  domain.later(domain.stepMs, () => tick(domain, pool, scan));
}

/**
 * Starts a scrub or resilver on a pool (a scrub resumes when paused); progress advances every `stepMs` with
 * `zfs.pool.scan` events, then `pool.query` CHANGED when it finishes. Errors like `zpool scrub` when one runs.
 * @internal
 */
export function startScan(domain: StorageDomain, pool: PoolState, kind: ScanState['function']): ScanState {
  const current = pool.scan;
  if (current && running(pool)) {
    if (kind === 'SCRUB' && current.function === 'SCRUB' && current.pause) {
      current.pause = null;
      emitScan(domain, pool);
      return current;
    }
    if (kind === 'SCRUB') {
      const what = current.function === 'SCRUB' ? 'currently scrubbing' : 'currently resilvering';
      throw new CallError(
        `cannot scrub ${pool.name}: ${what}; use 'zpool scrub -s' to cancel current scrub`,
        Errno.EBUSY,
      );
    }
  }
  const scan: ScanState = {
    function: kind,
    state: 'SCANNING',
    startTime: new Date(),
    endTime: null,
    percentage: 0,
    bytesToProcess: poolSpace(domain.state, pool).allocated,
    pause: null,
    errors: 0,
  };
  pool.scan = scan;
  emitScan(domain, pool);
  emitPool(domain, 'CHANGED', pool);
  domain.later(domain.stepMs, () => tick(domain, pool, scan));
  return scan;
}

/** `pool.scrub` STOP/PAUSE: cancels or pauses the running scrub ("there is no active scrub" otherwise). @internal */
export function controlScrub(domain: StorageDomain, pool: PoolState, action: 'STOP' | 'PAUSE'): void {
  const scan = pool.scan;
  if (!scan || !running(pool) || scan.function !== 'SCRUB') {
    const verb = action === 'STOP' ? 'cancel' : 'pause';
    throw new CallError(`cannot ${verb} scrubbing ${pool.name}: there is no active scrub`, Errno.ENOENT);
  }
  if (action === 'PAUSE') scan.pause = new Date();
  else {
    scan.state = 'CANCELED';
    scan.endTime = new Date();
  }
  emitScan(domain, pool);
  emitPool(domain, 'CHANGED', pool);
}

/** Job side of a scan: reports its percentage until it ends (or the pool goes away). @internal */
export async function waitForScan(
  domain: StorageDomain,
  pool: PoolState,
  scan: ScanState,
  ctx: HandlerContext,
  description: string,
): Promise<void> {
  while (pool.scan === scan && scan.state === 'SCANNING' && domain.state.pools.get(pool.id) === pool) {
    ctx.job?.setProgress(Math.floor(scan.percentage), description);
    await ctx.sleep(domain.stepMs);
  }
  ctx.job?.setProgress(100, `${description} finished`);
}
