import type { PoolHealthLevel, PoolHealthSummary } from '../model/poolHealth.js';

/**
 * Rank of each health level, least to most severe: `healthy` < `unknown` < `degraded` < `critical`. `unknown` ranks
 * below `degraded`: a known problem says more than missing information.
 *
 * @example
 * ```ts
 * import { HEALTH_SEVERITY } from '@tn/zfs/health';
 *
 * HEALTH_SEVERITY.critical > HEALTH_SEVERITY.degraded; // true
 * ```
 */
export const HEALTH_SEVERITY = Object.freeze({
  healthy: 0,
  unknown: 1,
  degraded: 2,
  critical: 3,
} as const satisfies Readonly<Record<PoolHealthLevel, number>>);

/**
 * The more severe of two levels per {@link HEALTH_SEVERITY}.
 *
 * @param a - A level.
 * @param b - Another level.
 * @returns `a` or `b`, whichever ranks higher (`a` on a tie).
 *
 * @example
 * ```ts
 * import { worseHealth } from '@tn/zfs/health';
 *
 * worseHealth('unknown', 'degraded'); // 'degraded'
 * ```
 */
export function worseHealth(a: PoolHealthLevel, b: PoolHealthLevel): PoolHealthLevel {
  return HEALTH_SEVERITY[b] > HEALTH_SEVERITY[a] ? b : a;
}

/**
 * Accumulates health findings in order: the level is the most severe level added (starting at `healthy`), the
 * reasons are those of every non-healthy finding, in the order they were added. Reasons of `healthy` findings are
 * dropped, so a healthy result has no reasons.
 *
 * @example
 * ```ts
 * import { HealthFindings } from '@tn/zfs/health';
 *
 * const findings = new HealthFindings();
 * findings.add('healthy', 'tank: pool state ONLINE'); // dropped
 * findings.add('degraded', 'tank: vdev sda is FAULTED');
 * findings.summary(); // { level: 'degraded', reasons: ['tank: vdev sda is FAULTED'] }
 * ```
 */
export class HealthFindings {
  #level: PoolHealthLevel = 'healthy';
  readonly #reasons: string[] = [];

  /** The most severe level added so far (`healthy` when nothing was). */
  get level(): PoolHealthLevel {
    return this.#level;
  }

  /** A copy of the reasons of every non-healthy finding, in the order they were added. */
  get reasons(): string[] {
    return [...this.#reasons];
  }

  /**
   * Records one finding.
   *
   * @param level - Its level.
   * @param reason - Why; kept unless `level` is `healthy`.
   * @returns `this`, for chaining.
   */
  add(level: PoolHealthLevel, reason?: string): this {
    this.#level = worseHealth(this.#level, level);
    if (reason !== undefined && level !== 'healthy') this.#reasons.push(reason);
    return this;
  }

  /**
   * Records a whole summary: its level, and its reasons appended as they are.
   *
   * @param summary - A `{ level, reasons }` (another accumulator's {@link HealthFindings.summary}).
   * @returns `this`, for chaining.
   */
  addSummary(summary: PoolHealthSummary): this {
    this.#level = worseHealth(this.#level, summary.level);
    this.#reasons.push(...summary.reasons);
    return this;
  }

  /** @returns `{ level, reasons }` as a fresh object. */
  summary(): PoolHealthSummary {
    return { level: this.#level, reasons: this.reasons };
  }
}
