import { describe, expect, it } from 'vitest';
import type { PoolHealthLevel } from '../model/poolHealth.js';
import { HEALTH_SEVERITY, HealthFindings, worseHealth } from './healthFindings.js';

const ORDER: PoolHealthLevel[] = ['healthy', 'unknown', 'degraded', 'critical'];

describe('HealthFindings', () => {
  it('default', () => {
    expect(new HealthFindings().summary()).toEqual({ level: 'healthy', reasons: [] });
  });

  it('behavior: severity order is healthy < unknown < degraded < critical', () => {
    expect(Object.entries(HEALTH_SEVERITY).sort((a, b) => a[1] - b[1])).toEqual(ORDER.map((level, i) => [level, i]));
  });

  it.each(ORDER.flatMap((a) => ORDER.map((b) => [a, b] as const)))('behavior: worseHealth(%s, %s)', (a, b) => {
    const expected = ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
    expect(worseHealth(a, b)).toBe(expected);
    const findings = new HealthFindings().add(a, 'first').add(b, 'second');
    expect(findings.level).toBe(expected);
  });

  it('behavior: reasons keep insertion order and drop healthy findings', () => {
    const findings = new HealthFindings()
      .add('critical', 'c')
      .add('healthy', 'ignored')
      .add('unknown', 'u')
      .add('degraded')
      .add('degraded', 'd');
    expect(findings.summary()).toEqual({ level: 'critical', reasons: ['c', 'u', 'd'] });
  });

  it('behavior: addSummary merges level and appends reasons', () => {
    const findings = new HealthFindings().add('unknown', 'stale');
    findings.addSummary({ level: 'degraded', reasons: ['tank: vdev sda is FAULTED'] });
    expect(findings.summary()).toEqual({ level: 'degraded', reasons: ['stale', 'tank: vdev sda is FAULTED'] });
  });

  it('behavior: reasons and summaries are copies', () => {
    const findings = new HealthFindings().add('degraded', 'd');
    findings.reasons.push('mutated');
    findings.summary().reasons.push('mutated');
    expect(findings.reasons).toEqual(['d']);
  });
});
