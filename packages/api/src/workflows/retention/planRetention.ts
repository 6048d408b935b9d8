import { z } from 'zod';
import { GFS_PERIODS, gfsBucketKey } from './gfsBucket.js';
import { RetentionInputError } from './retentionInputError.js';
import { type RetentionKeepReason, RetentionKeepReasonSchema, type RetentionPlan } from './retentionPlan.js';
import { parseRetentionPolicy, type RetentionPolicy, type RetentionPolicySchema } from './retentionPolicy.js';
import { type RetentionSnapshot, RetentionSnapshotSchema } from './retentionSnapshot.js';

const SnapshotListSchema = z.array(RetentionSnapshotSchema);

const REASON_ORDER: readonly RetentionKeepReason[] = [...RetentionKeepReasonSchema.values];

type Entry = { snapshot: RetentionSnapshot; dataset: string; short: string; txg: bigint; time: number };

/** Newest first: creation time, then createtxg (unknown = oldest), then name. A total order on distinct names. */
function newestFirst(a: Entry, b: Entry): number {
  if (a.time !== b.time) return b.time - a.time;
  if (a.txg !== b.txg) return a.txg > b.txg ? -1 : 1;
  return a.snapshot.name < b.snapshot.name ? -1 : a.snapshot.name > b.snapshot.name ? 1 : 0;
}

function toEntry(snapshot: RetentionSnapshot): Entry {
  const at = snapshot.name.indexOf('@');
  const txg = snapshot.createtxg === undefined ? -1n : BigInt(snapshot.createtxg);
  return {
    snapshot,
    dataset: snapshot.name.slice(0, at),
    short: snapshot.name.slice(at + 1),
    txg,
    time: snapshot.createdAt.getTime(),
  };
}

function parseSnapshots(input: unknown): Entry[] {
  const parsed = SnapshotListSchema.safeParse(input);
  if (!parsed.success) throw RetentionInputError.fromZod('snapshots', parsed.error);
  const seen = new Set<string>();
  const issues = [];
  for (const [index, { name }] of parsed.data.entries()) {
    if (seen.has(name)) issues.push({ path: `${index}.name`, message: `duplicate snapshot name "${name}"` });
    seen.add(name);
  }
  if (issues.length > 0) throw new RetentionInputError({ subject: 'snapshots', issues });
  return parsed.data.map(toEntry).sort(newestFirst);
}

function protectMatcher(protect: RetentionPolicy['protect']): (entry: Entry) => boolean {
  const tests = (protect ?? []).map((rule): ((entry: Entry) => boolean) => {
    if (typeof rule !== 'string') {
      const re = new RegExp(rule.source, rule.flags.replace(/[gy]/g, ''));
      return (entry) => re.test(entry.short);
    }
    if (rule.includes('@')) return (entry) => entry.snapshot.name === rule;
    return (entry) => entry.short.startsWith(rule);
  });
  return (entry) => tests.some((test) => test(entry));
}

function describeMiss(policy: RetentionPolicy): string {
  const parts: string[] = [];
  if ((policy.keepLast ?? 0) > 0) parts.push(`not among the ${policy.keepLast} newest`);
  if (policy.maxAgeMs !== undefined) parts.push(`older than ${policy.maxAgeMs} ms`);
  for (const period of GFS_PERIODS) {
    const k = policy.gfs?.[period] ?? 0;
    if (k > 0) parts.push(`not the newest of the last ${k} ${period} buckets`);
  }
  return parts.join('; ');
}

/** Adds each rule's reasons for one volume's snapshots (sorted newest first). */
function applyRules(
  group: readonly Entry[],
  policy: RetentionPolicy,
  now: number,
  add: (entry: Entry, reason: RetentionKeepReason) => void,
): void {
  for (const entry of group.slice(0, policy.keepLast ?? 0)) add(entry, 'keepLast');
  if (policy.maxAgeMs !== undefined) {
    const cutoff = now - policy.maxAgeMs;
    for (const entry of group) if (entry.time > cutoff) add(entry, 'maxAge');
  }
  for (const period of GFS_PERIODS) {
    const k = policy.gfs?.[period] ?? 0;
    if (k <= 0) continue;
    const buckets = new Set<number>();
    for (const entry of group) {
      const key = gfsBucketKey(period, entry.snapshot.createdAt);
      if (buckets.has(key)) continue;
      if (buckets.size === k) break;
      buckets.add(key);
      add(entry, `gfs:${period}`);
    }
  }
}

/**
 * Input of {@link planRetention}: snapshots as {@link RetentionSnapshotSchema} accepts them.
 *
 * @example
 * ```ts
 * import type { PlanRetentionParameters } from '@tn/api';
 *
 * const snapshots: PlanRetentionParameters = [{ name: 'tank/vm@a', createdAt: new Date('2025-06-01') }];
 * ```
 */
export type PlanRetentionParameters = readonly z.input<typeof RetentionSnapshotSchema>[];

/**
 * Decides which snapshots a retention policy keeps and which it deletes. Pure: no I/O, and `now` is only used by
 * `maxAgeMs`.
 *
 * Semantics:
 * - Snapshots are grouped by volume (the part of `name` before `@`); each rule applies per volume.
 * - A snapshot is kept when ANY rule keeps it (union), and every reason is listed:
 *   - `keepLast`: the `keepLast` newest snapshots of the volume;
 *   - `maxAge`: created after `now - maxAgeMs` (snapshots from the future count as young);
 *   - `gfs:<period>`: the newest snapshot of each of the `gfs[period]` most recent buckets (UTC hour, UTC day, ISO
 *     week starting Monday UTC, UTC month, UTC year) that contain a snapshot of the volume. Buckets are counted over
 *     all snapshots, held and protected ones included;
 *   - `held` (a hold tag or `held: true`), `protected` (matches `policy.protect`) and `has clones` (non-empty
 *     `clones`): never deleted, whatever the rules say.
 * - Everything else is deleted, with a `reason` saying which rules missed it.
 * - "Newest" is creation time, then `createtxg`, then name (ascending), so the result does not depend on input
 *   order; both lists are sorted that way.
 * - Planning again on the kept snapshots (same policy and `now`) deletes nothing and gives the same reasons.
 *
 * Throws {@link RetentionInputError} for an invalid or empty policy (see {@link RetentionPolicySchema}), bad
 * snapshots, duplicate names or an invalid `now`.
 *
 * @param snapshots - the snapshots of one (or more) volumes.
 * @param policy - the retention policy.
 * @param now - the reference time for `maxAgeMs`.
 * @example
 * ```ts
 * import { planRetention } from '@tn/api';
 *
 * const day = 86_400_000;
 * const now = new Date('2025-06-10T00:00:00Z');
 * const snapshots = [1, 2, 3, 4].map((n) => ({ name: `tank/vm@d${n}`, createdAt: new Date(now.getTime() - n * day) }));
 * const plan = planRetention(snapshots, { keepLast: 1, maxAgeMs: 2.5 * day }, now);
 * plan.keep.map((s) => s.name); // ['tank/vm@d1', 'tank/vm@d2']
 * plan.delete.map((s) => s.name); // ['tank/vm@d3', 'tank/vm@d4']
 * ```
 */
export function planRetention(
  snapshots: PlanRetentionParameters,
  policy: z.input<typeof RetentionPolicySchema>,
  now: Date,
): RetentionPlan {
  const parsedPolicy = parseRetentionPolicy(policy);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RetentionInputError({
      subject: 'snapshots',
      issues: [{ path: 'now', message: 'expected a valid Date' }],
    });
  }
  const entries = parseSnapshots(snapshots);
  const reasons = new Map<Entry, Set<RetentionKeepReason>>();
  const add = (entry: Entry, reason: RetentionKeepReason) => {
    const set = reasons.get(entry) ?? new Set();
    set.add(reason);
    reasons.set(entry, set);
  };

  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.dataset);
    if (group) group.push(entry);
    else groups.set(entry.dataset, [entry]);
  }
  for (const group of groups.values()) applyRules(group, parsedPolicy, now.getTime(), add);

  const isProtected = protectMatcher(parsedPolicy.protect);
  for (const entry of entries) {
    const { holds, held, clones } = entry.snapshot;
    if (held === true || (holds?.length ?? 0) > 0) add(entry, 'held');
    if (isProtected(entry)) add(entry, 'protected');
    if ((clones?.length ?? 0) > 0) add(entry, 'has clones');
  }

  const miss = `not kept by any rule: ${describeMiss(parsedPolicy)}`;
  const plan: RetentionPlan = { keep: [], delete: [] };
  for (const entry of entries) {
    const { name, createdAt } = entry.snapshot;
    const kept = reasons.get(entry);
    if (kept) plan.keep.push({ name, createdAt, reasons: REASON_ORDER.filter((r) => kept.has(r)) });
    else plan.delete.push({ name, createdAt, reason: miss });
  }
  return plan;
}
