import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GFS_PERIODS, gfsBucketKey } from './gfsBucket.js';
import { planRetention } from './planRetention.js';
import type { RetentionPlan } from './retentionPlan.js';
import type { RetentionPolicy } from './retentionPolicy.js';
import type { RetentionSnapshot } from './retentionSnapshot.js';

const NOW = new Date('2025-06-10T12:00:00Z');
const SPAN = 3 * 365 * 86_400_000;
const PROTECT = ['manual-', 'keep'];

// Times cluster on a few instants so that ties (same second, same bucket) are common.
const timeArb = fc.oneof(
  fc.integer({ min: -SPAN, max: 86_400_000 }).map((d) => NOW.getTime() - d),
  fc.constantFrom(NOW.getTime() - 3_600_000, NOW.getTime() - 86_400_000, Date.UTC(2025, 0, 1)),
);
const snapshotArb = fc.record(
  {
    dataset: fc.constantFrom('tank/vm', 'tank/db'),
    short: fc.constantFrom('auto-', 'manual-', 'keep', 'x').chain((p) => fc.nat(40).map((n) => `${p}${n}`)),
    time: timeArb,
    createtxg: fc.option(fc.nat(50), { nil: undefined }),
    holds: fc.option(fc.constantFrom([], ['truenas'], ['a', 'b']), { nil: undefined }),
    held: fc.option(fc.boolean(), { nil: undefined }),
    clones: fc.option(fc.constantFrom([], ['tank/c']), { nil: undefined }),
  },
  { requiredKeys: ['dataset', 'short', 'time'] },
);
const snapshotsArb = fc
  .uniqueArray(snapshotArb, { selector: (s) => `${s.dataset}@${s.short}`, maxLength: 40 })
  .map((list) =>
    list.map(({ dataset, short, time, ...rest }) => {
      const snapshot: RetentionSnapshot = { name: `${dataset}@${short}`, createdAt: new Date(time) };
      for (const [key, value] of Object.entries(rest)) if (value !== undefined) snapshot[key] = value;
      return snapshot;
    }),
  );
const countArb = fc.option(fc.nat(5), { nil: undefined });
const policyArb: fc.Arbitrary<RetentionPolicy> = fc
  .record(
    {
      keepLast: countArb,
      maxAgeMs: fc.option(fc.integer({ min: 1, max: SPAN }), { nil: undefined }),
      gfs: fc.option(
        fc.record({ hourly: countArb, daily: countArb, weekly: countArb, monthly: countArb, yearly: countArb }),
        { nil: undefined },
      ),
      protect: fc.option(fc.subarray(PROTECT), { nil: undefined }),
    },
    { requiredKeys: [] },
  )
  .map((raw) => JSON.parse(JSON.stringify(raw)) as RetentionPolicy) // drop undefined keys
  .filter((p) => (p.keepLast ?? 0) > 0 || p.maxAgeMs !== undefined || Object.values(p.gfs ?? {}).some((n) => n > 0));

const datasetOf = (name: string) => name.split('@')[0] as string;
const isHeld = (s: RetentionSnapshot) => s.held === true || (s.holds?.length ?? 0) > 0;
const isProtected = (s: RetentionSnapshot, p: RetentionPolicy) =>
  (p.protect ?? []).some((rule) => typeof rule === 'string' && (s.name.split('@')[1] as string).startsWith(rule));
const withReason = (plan: RetentionPlan, reason: string) =>
  plan.keep.filter((k) => (k.reasons as string[]).includes(reason));

describe('planRetention properties', () => {
  test('behavior: keep and delete partition the input', () => {
    fc.assert(
      fc.property(snapshotsArb, policyArb, (snapshots, policy) => {
        const plan = planRetention(snapshots, policy, NOW);
        const keep = plan.keep.map((k) => k.name);
        const del = plan.delete.map((d) => d.name);
        expect(new Set([...keep, ...del]).size).toBe(keep.length + del.length);
        expect([...keep, ...del].sort()).toEqual(snapshots.map((s) => s.name).sort());
      }),
    );
  });

  test('behavior: never deletes a held, protected or cloned snapshot', () => {
    fc.assert(
      fc.property(snapshotsArb, policyArb, (snapshots, policy) => {
        const deleted = new Set(planRetention(snapshots, policy, NOW).delete.map((d) => d.name));
        for (const s of snapshots) {
          if (isHeld(s) || isProtected(s, policy) || (s.clones?.length ?? 0) > 0)
            expect(deleted.has(s.name)).toBe(false);
        }
      }),
    );
  });

  test('behavior: keepLast N keeps the N newest of each volume', () => {
    fc.assert(
      fc.property(snapshotsArb, fc.integer({ min: 1, max: 6 }), (snapshots, n) => {
        const byLast = withReason(planRetention(snapshots, { keepLast: n }, NOW), 'keepLast');
        for (const dataset of new Set(snapshots.map((s) => datasetOf(s.name)))) {
          const own = snapshots.filter((s) => datasetOf(s.name) === dataset);
          const kept = new Set(byLast.filter((k) => datasetOf(k.name) === dataset).map((k) => k.name));
          expect(kept.size).toBe(Math.min(n, own.length));
          const oldestKept = Math.min(...own.filter((s) => kept.has(s.name)).map((s) => s.createdAt.getTime()));
          for (const s of own) if (!kept.has(s.name)) expect(s.createdAt.getTime()).toBeLessThanOrEqual(oldestKept);
        }
      }),
    );
  });

  test('behavior: maxAge keeps exactly the snapshots younger than maxAgeMs', () => {
    fc.assert(
      fc.property(snapshotsArb, fc.integer({ min: 1, max: SPAN }), (snapshots, maxAgeMs) => {
        const plan = planRetention(snapshots, { maxAgeMs }, NOW);
        const young = new Set(withReason(plan, 'maxAge').map((k) => k.name));
        for (const s of snapshots) expect(young.has(s.name)).toBe(NOW.getTime() - s.createdAt.getTime() < maxAgeMs);
      }),
    );
  });

  test('behavior: gfs keeps the newest snapshot of each of the K most recent non-empty buckets per volume', () => {
    const periodArb = fc.constantFrom(...GFS_PERIODS);
    fc.assert(
      fc.property(snapshotsArb, periodArb, fc.integer({ min: 1, max: 5 }), (snapshots, period, k) => {
        const plan = planRetention(snapshots, { gfs: { [period]: k } }, NOW);
        const kept = new Set(withReason(plan, `gfs:${period}`).map((e) => e.name));
        for (const dataset of new Set(snapshots.map((s) => datasetOf(s.name)))) {
          const own = snapshots.filter((s) => datasetOf(s.name) === dataset);
          const key = (s: RetentionSnapshot) => gfsBucketKey(period, s.createdAt);
          const top = [...new Set(own.map(key))].sort((a, b) => b - a).slice(0, k);
          for (const bucket of top) {
            const members = own.filter((s) => key(s) === bucket);
            const chosen = members.filter((s) => kept.has(s.name));
            expect(chosen).toHaveLength(1);
            const newest = Math.max(...members.map((s) => s.createdAt.getTime()));
            expect(chosen[0]?.createdAt.getTime()).toBe(newest);
          }
          expect(own.filter((s) => kept.has(s.name))).toHaveLength(top.length);
        }
      }),
    );
  });

  test('behavior: idempotent: planning on the kept set deletes nothing and keeps the same reasons', () => {
    fc.assert(
      fc.property(snapshotsArb, policyArb, (snapshots, policy) => {
        const first = planRetention(snapshots, policy, NOW);
        const keptNames = new Set(first.keep.map((k) => k.name));
        const second = planRetention(
          snapshots.filter((s) => keptNames.has(s.name)),
          policy,
          NOW,
        );
        expect(second.delete).toEqual([]);
        expect(second.keep).toEqual(first.keep);
      }),
    );
  });

  test('behavior: the result does not depend on input order', () => {
    const shuffled = snapshotsArb.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(shuffled, policyArb, ([list, permuted], policy) => {
        expect(planRetention(permuted, policy, NOW)).toEqual(planRetention(list, policy, NOW));
      }),
    );
  });

  test('behavior: both lists are sorted newest first', () => {
    fc.assert(
      fc.property(snapshotsArb, policyArb, (snapshots, policy) => {
        const plan = planRetention(snapshots, policy, NOW);
        for (const list of [plan.keep, plan.delete]) {
          for (let i = 1; i < list.length; i++) {
            expect((list[i - 1] as { createdAt: Date }).createdAt.getTime()).toBeGreaterThanOrEqual(
              (list[i] as { createdAt: Date }).createdAt.getTime(),
            );
          }
        }
      }),
    );
  });

  test('behavior: a more generous policy never deletes more', () => {
    fc.assert(
      fc.property(snapshotsArb, policyArb, fc.nat(3), (snapshots, policy, extra) => {
        const gfs = Object.fromEntries(GFS_PERIODS.map((p) => [p, (policy.gfs?.[p] ?? 0) + extra]));
        const generous: RetentionPolicy = {
          ...policy,
          keepLast: (policy.keepLast ?? 0) + extra,
          gfs,
          ...(policy.maxAgeMs === undefined ? {} : { maxAgeMs: policy.maxAgeMs + extra * 3_600_000 }),
        };
        const strict = new Set(planRetention(snapshots, policy, NOW).delete.map((d) => d.name));
        for (const d of planRetention(snapshots, generous, NOW).delete) expect(strict.has(d.name)).toBe(true);
      }),
    );
  });
});
