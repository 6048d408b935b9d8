import { describe, expect, it } from 'vitest';
import { POOL_STATE_HEALTH, poolStateHealth, VDEV_STATE_HEALTH, vdevStateHealth } from './healthTable.js';

// The expected tables are spelled out here, not read from the module, so that a change to either table fails.
const POOL_CASES = [
  ['ONLINE', 'healthy'],
  ['DEGRADED', 'degraded'],
  ['FAULTED', 'critical'],
  ['OFFLINE', 'critical'],
  ['REMOVED', 'critical'],
  ['UNAVAIL', 'critical'],
  ['SUSPENDED', 'critical'],
] as const;

const VDEV_CASES = [
  ['ONLINE', 'healthy'],
  ['AVAIL', 'healthy'],
  ['INUSE', 'healthy'],
  ['HEALTHY', 'healthy'],
  ['DEGRADED', 'degraded'],
  ['FAULTED', 'degraded'],
  ['OFFLINE', 'degraded'],
  ['REMOVED', 'degraded'],
  ['UNAVAIL', 'degraded'],
  ['SUSPENDED', 'critical'],
] as const;

const NOT_STATES = [undefined, null, '', 'online', 'SOMETHING_NEW', 'constructor', 'toString', '__proto__'];

describe('healthTable', () => {
  it('default', () => {
    expect(poolStateHealth('ONLINE')).toBe('healthy');
    expect(vdevStateHealth('ONLINE')).toBe('healthy');
  });

  it.each(POOL_CASES)('behavior: pool state %s is %s', (state, level) => {
    expect(poolStateHealth(state)).toBe(level);
    expect(POOL_STATE_HEALTH[state]).toBe(level);
  });

  it.each(VDEV_CASES)('behavior: vdev state %s is %s', (state, level) => {
    expect(vdevStateHealth(state)).toBe(level);
    expect(VDEV_STATE_HEALTH[state]).toBe(level);
  });

  it('behavior: the tables hold exactly the listed states', () => {
    expect(POOL_STATE_HEALTH).toEqual(Object.fromEntries(POOL_CASES));
    expect(VDEV_STATE_HEALTH).toEqual(Object.fromEntries(VDEV_CASES));
  });

  it.each(NOT_STATES)('behavior: %j is unknown (own keys only, case-sensitive)', (state) => {
    expect(poolStateHealth(state)).toBe('unknown');
    expect(vdevStateHealth(state)).toBe('unknown');
  });

  it('behavior: the tables are frozen', () => {
    expect(Object.isFrozen(POOL_STATE_HEALTH)).toBe(true);
    expect(Object.isFrozen(VDEV_STATE_HEALTH)).toBe(true);
  });
});
