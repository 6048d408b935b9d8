import { describe, expect, it } from 'vitest';
import { ALERT_LEVEL_HEALTH, alertLevelHealth } from './alertLevelHealth.js';

const CASES = [
  ['INFO', 'healthy'],
  ['NOTICE', 'healthy'],
  ['WARNING', 'degraded'],
  ['ERROR', 'degraded'],
  ['CRITICAL', 'critical'],
  ['ALERT', 'critical'],
  ['EMERGENCY', 'critical'],
] as const;

describe('alertLevelHealth', () => {
  it('default', () => {
    expect(alertLevelHealth('INFO')).toBe('healthy');
  });

  it.each(CASES)('behavior: %s is %s', (level, health) => {
    expect(alertLevelHealth(level)).toBe(health);
  });

  it('behavior: the table holds exactly the middleware levels and is frozen', () => {
    expect(ALERT_LEVEL_HEALTH).toEqual(Object.fromEntries(CASES));
    expect(Object.isFrozen(ALERT_LEVEL_HEALTH)).toBe(true);
  });

  it.each(['', 'warning', 'DEBUG', 'constructor', 'hasOwnProperty'])('behavior: %j is unknown', (level) => {
    expect(alertLevelHealth(level)).toBe('unknown');
  });
});
