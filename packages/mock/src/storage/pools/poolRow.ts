import type { StorageState } from '../storageState.js';
import type { ExpandState, PoolState, ScanState } from '../storageTypes.js';
import { poolHealth } from './poolHealth.js';
import { poolSpace } from './poolSpace.js';
import { topologyRow } from './topologyRow.js';

const EMPTY_SCAN = {
  function: null,
  state: null,
  start_time: null,
  end_time: null,
  percentage: null,
  bytes_to_process: null,
  bytes_processed: null,
  bytes_issued: null,
  pause: null,
  errors: null,
  total_secs_left: null,
};

/** The `scan` object of `pool.query` (and of `zfs.pool.scan` events). @internal */
export function scanRow(scan: ScanState | null): Record<string, unknown> {
  if (!scan) return { ...EMPTY_SCAN };
  const processed = Math.round((scan.bytesToProcess * scan.percentage) / 100);
  return {
    function: scan.function,
    state: scan.state,
    start_time: scan.startTime,
    end_time: scan.endTime,
    percentage: scan.percentage,
    bytes_to_process: scan.bytesToProcess,
    bytes_processed: processed,
    bytes_issued: processed,
    pause: scan.pause,
    errors: scan.errors,
    total_secs_left: scan.state === 'SCANNING' ? Math.ceil((100 - scan.percentage) / 10) : null,
  };
}

function expandRow(expand: ExpandState | null): Record<string, unknown> | null {
  if (!expand) return null;
  return {
    state: expand.state,
    expanding_vdev: expand.expandingVdev,
    start_time: expand.startTime,
    end_time: expand.endTime,
    bytes_to_reflow: expand.bytesToReflow,
    bytes_reflowed: expand.bytesReflowed,
    waiting_for_resilver: 0,
    total_secs_left: expand.state === 'EXPANDING' ? 1 : null,
  };
}

/**
 * A `pool.query` row (`PoolEntry`): identity, health, space (numbers and `*_str` decimal strings), `scan`, `expand`,
 * `autotrim` and `topology`; `is_upgraded` only when asked for (`options.extra.is_upgraded`).
 * @internal
 */
export function poolRow(state: StorageState, pool: PoolState, withUpgraded = false): Record<string, unknown> {
  const health = poolHealth(pool);
  const space = poolSpace(state, pool);
  const autotrim = pool.autotrim ? 'on' : 'off';
  const row: Record<string, unknown> = {
    id: pool.id,
    name: pool.name,
    guid: pool.guid,
    status: health.status,
    path: `/mnt/${pool.name}`,
    scan: scanRow(pool.scan),
    expand: expandRow(pool.expand),
  };
  if (withUpgraded) row.is_upgraded = pool.upgraded;
  Object.assign(row, {
    healthy: health.healthy,
    warning: health.warning,
    status_code: health.statusCode,
    status_detail: health.statusDetail,
    size: space.size,
    allocated: space.allocated,
    free: space.free,
    freeing: 0,
    dedup_table_size: 0,
    dedup_table_quota: 'auto',
    fragmentation: space.size === 0 ? '0' : String(Math.floor((space.allocated / space.size) * 10)),
    size_str: String(space.size),
    allocated_str: String(space.allocated),
    free_str: String(space.free),
    freeing_str: '0',
    autotrim: { parsed: autotrim, rawvalue: autotrim, source: pool.autotrim ? 'LOCAL' : 'DEFAULT', value: autotrim },
    topology: topologyRow(state, pool),
  });
  return row;
}
