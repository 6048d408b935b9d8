import { randomUUID } from 'node:crypto';
import { poolHealth } from '../pools/poolHealth.js';
import { poolSpace } from '../pools/poolSpace.js';
import type { RaiseAlertOptions } from '../seed/storageSeed.js';
import { leavesOf, type StorageState } from '../storageState.js';
import type { AlertState, PoolState } from '../storageTypes.js';
import { ALERT_CLASSES, pyFormat, pyJsonDumps } from './alertClasses.js';

/** An alert change to announce on `alert.list`. @internal */
export type AlertChange = { type: 'ADDED' | 'CHANGED' | 'REMOVED'; alert: AlertState };

/** Creates an alert record (not yet stored). @internal */
export function createAlert(options: RaiseAlertOptions, uuid: string = randomUUID()): AlertState {
  const info = ALERT_CLASSES.find((c) => c.id === options.klass);
  const now = new Date();
  const args = options.args ?? null;
  return {
    uuid,
    source: options.source ?? options.klass,
    klass: options.klass,
    args,
    key: pyJsonDumps(args),
    datetime: now,
    lastOccurrence: now,
    dismissed: options.dismissed ?? false,
    text: options.text ?? info?.text ?? options.klass,
    level: options.level ?? info?.level ?? 'WARNING',
    oneShot: options.oneShot ?? false,
  };
}

/** An `alert.list` entry. @internal */
export function alertRow(alert: AlertState): Record<string, unknown> {
  return {
    uuid: alert.uuid,
    source: alert.source,
    klass: alert.klass,
    args: alert.args,
    node: 'Controller A',
    key: alert.key,
    datetime: alert.datetime,
    last_occurrence: alert.lastOccurrence,
    dismissed: alert.dismissed,
    mail: null,
    text: alert.text,
    id: alert.uuid,
    level: alert.level,
    formatted: pyFormat(alert.text, alert.args),
    one_shot: alert.oneShot,
  };
}

function volumeArgs(pool: PoolState): Record<string, unknown> | undefined {
  const health = poolHealth(pool);
  if (health.healthy) return undefined;
  const bad = Object.values(pool.topology)
    .flat()
    .flatMap(leavesOf)
    .filter((l) => l.status !== 'ONLINE')
    .map((l) => `Disk ${l.guid} is ${l.status}`);
  const devices = bad.length
    ? `<br>The following devices are not healthy:<ul><li>${bad.join('</li><li>')}</li></ul>`
    : '';
  return { volume: pool.name, state: health.status, status: health.statusDetail, devices };
}

function capacityAlert(state: StorageState, pool: PoolState): [string, Record<string, unknown>] | undefined {
  const space = poolSpace(state, pool);
  const capacity = space.size === 0 ? 0 : Math.floor((space.allocated / space.size) * 100);
  if (capacity >= 90) return ['ZpoolCapacityCritical', { volume: pool.name, capacity }];
  if (capacity >= 80) return ['ZpoolCapacityWarning', { volume: pool.name, capacity }];
  return undefined;
}

const POOL_CLASSES = new Set(['VolumeStatus', 'ZpoolCapacityWarning', 'ZpoolCapacityCritical']);

function poolOf(alert: AlertState): string | undefined {
  const args = alert.args as { volume?: unknown } | null;
  return typeof args?.volume === 'string' ? args.volume : undefined;
}

/**
 * Brings the pool alerts (`VolumeStatus` for unhealthy pools, `ZpoolCapacityWarning`/`Critical` at 80 %/90 %
 * allocated) in line with the pools, as the periodic alert sources would; returns what changed.
 * @internal
 */
export function syncPoolAlerts(state: StorageState): AlertChange[] {
  const wanted = new Map<string, { klass: string; args: Record<string, unknown> }>();
  for (const pool of state.pools.values()) {
    const volume = volumeArgs(pool);
    if (volume) wanted.set(`VolumeStatus:${pool.name}`, { klass: 'VolumeStatus', args: volume });
    const capacity = capacityAlert(state, pool);
    if (capacity) wanted.set(`capacity:${pool.name}`, { klass: capacity[0], args: capacity[1] });
  }
  const changes: AlertChange[] = [];
  const kept: AlertState[] = [];
  for (const alert of state.alerts) {
    const volume = poolOf(alert);
    if (!POOL_CLASSES.has(alert.klass) || volume === undefined) {
      kept.push(alert);
      continue;
    }
    const slot = alert.klass === 'VolumeStatus' ? `VolumeStatus:${volume}` : `capacity:${volume}`;
    const target = wanted.get(slot);
    if (!target || target.klass !== alert.klass) {
      changes.push({ type: 'REMOVED', alert });
      continue;
    }
    wanted.delete(slot);
    kept.push(alert);
    const key = pyJsonDumps(target.args);
    if (key !== alert.key) {
      Object.assign(alert, { args: target.args, key, lastOccurrence: new Date() });
      changes.push({ type: 'CHANGED', alert });
    }
  }
  for (const { klass, args } of wanted.values()) {
    const alert = createAlert({ klass, args });
    kept.push(alert);
    changes.push({ type: 'ADDED', alert });
  }
  state.alerts = kept;
  return changes;
}
