import { describe, expect, test } from 'vitest';
import { planRetention } from './planRetention.js';
import { RetentionInputError } from './retentionInputError.js';
import { RetentionPlanSchema } from './retentionPlan.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2025-06-10T12:00:00Z');

/** `tank/vm@<name>` created at an ISO time. */
const snap = (name: string, iso: string, extra: Record<string, unknown> = {}) => ({
  name: name.includes('@') ? name : `tank/vm@${name}`,
  createdAt: new Date(iso),
  ...extra,
});
const ago = (name: string, ms: number, extra: Record<string, unknown> = {}) =>
  snap(name, new Date(NOW.getTime() - ms).toISOString(), extra);

const keptNames = (plan: ReturnType<typeof planRetention>) => plan.keep.map((k) => k.name.split('@')[1]);
const deletedNames = (plan: ReturnType<typeof planRetention>) => plan.delete.map((k) => k.name.split('@')[1]);
const reasonsOf = (plan: ReturnType<typeof planRetention>) =>
  Object.fromEntries(plan.keep.map((k) => [k.name.split('@')[1], k.reasons]));

const FIVE = [1, 2, 3, 4, 5].map((n) => ago(`s${n}`, n * HOUR));

describe('planRetention', () => {
  test('default: keepLast keeps the N newest, deletes the rest newest first, with a reason', () => {
    const plan = planRetention([...FIVE].reverse(), { keepLast: 2 }, NOW);
    expect(RetentionPlanSchema.parse(plan)).toEqual(plan);
    expect(keptNames(plan)).toEqual(['s1', 's2']);
    expect(plan.keep.every((k) => k.reasons.join() === 'keepLast')).toBe(true);
    expect(deletedNames(plan)).toEqual(['s3', 's4', 's5']);
    expect(plan.delete[0]?.reason).toBe('not kept by any rule: not among the 2 newest');
    expect(plan.delete[0]?.createdAt).toEqual(FIVE[2]?.createdAt);
  });

  test.each([
    [{ keepLast: 10 }, ['s1', 's2', 's3', 's4', 's5'], []],
    [{ keepLast: 1 }, ['s1'], ['s2', 's3', 's4', 's5']],
    [{ maxAgeMs: 3 * HOUR }, ['s1', 's2'], ['s3', 's4', 's5']], // exactly maxAge old is too old
    [{ maxAgeMs: 3 * HOUR + 1 }, ['s1', 's2', 's3'], ['s4', 's5']],
    [{ keepLast: 1, maxAgeMs: 2.5 * HOUR }, ['s1', 's2'], ['s3', 's4', 's5']],
    [{ keepLast: 4, maxAgeMs: HOUR / 2 }, ['s1', 's2', 's3', 's4'], ['s5']],
  ])('behavior: %o keeps %o', (policy, keep, del) => {
    const plan = planRetention(FIVE, policy, NOW);
    expect(keptNames(plan)).toEqual(keep);
    expect(deletedNames(plan)).toEqual(del);
  });

  test('behavior: union lists every reason, in a fixed order', () => {
    const plan = planRetention(FIVE, { maxAgeMs: 2.5 * HOUR, keepLast: 1, gfs: { hourly: 1 } }, NOW);
    expect(reasonsOf(plan)).toEqual({ s1: ['keepLast', 'maxAge', 'gfs:hourly'], s2: ['maxAge'] });
  });

  test('behavior: maxAge keeps snapshots from the future (clock skew)', () => {
    const plan = planRetention([ago('future', -DAY), ago('old', 2 * DAY)], { maxAgeMs: DAY }, NOW);
    expect(keptNames(plan)).toEqual(['future']);
    expect(plan.delete[0]?.reason).toBe(`not kept by any rule: older than ${DAY} ms`);
  });

  test('behavior: gfs daily keeps the newest of the K most recent days that have a snapshot (gaps skipped)', () => {
    const snaps = [
      snap('d10-late', '2025-06-10T11:00:00Z'),
      snap('d10-early', '2025-06-10T01:00:00Z'),
      snap('d09', '2025-06-09T23:59:59Z'),
      snap('d05-late', '2025-06-05T18:00:00Z'),
      snap('d05-early', '2025-06-05T00:00:00Z'),
      snap('d01', '2025-06-01T00:00:00Z'),
    ];
    const plan = planRetention(snaps, { gfs: { daily: 3 } }, NOW);
    expect(keptNames(plan)).toEqual(['d10-late', 'd09', 'd05-late']);
    expect(deletedNames(plan)).toEqual(['d10-early', 'd05-early', 'd01']);
    expect(plan.delete[0]?.reason).toBe('not kept by any rule: not the newest of the last 3 daily buckets');
  });

  test('behavior: gfs hourly, weekly (ISO, Monday start), monthly and yearly buckets are UTC', () => {
    const snaps = [
      snap('mon', '2025-06-09T00:00:00Z'), // week 24
      snap('sun', '2025-06-08T23:59:59Z'), // week 23 (Sunday)
      snap('mon23', '2025-06-02T00:30:00Z'), // week 23
      snap('may31', '2025-05-31T23:00:00Z'), // week 22, May
      snap('may1', '2025-05-01T00:00:00Z'),
      snap('dec', '2024-12-31T23:59:59Z'), // 2025-W01 starts on Monday 2024-12-30
      snap('dec29', '2024-12-29T10:00:00Z'), // 2024-W52
    ];
    expect(keptNames(planRetention(snaps, { gfs: { weekly: 4 } }, NOW))).toEqual(['mon', 'sun', 'may31', 'may1']);
    expect(keptNames(planRetention(snaps, { gfs: { weekly: 7 } }, NOW))).toEqual([
      'mon',
      'sun',
      'may31',
      'may1',
      'dec',
      'dec29',
    ]);
    expect(keptNames(planRetention(snaps, { gfs: { monthly: 3 } }, NOW))).toEqual(['mon', 'may31', 'dec']);
    expect(keptNames(planRetention(snaps, { gfs: { yearly: 5 } }, NOW))).toEqual(['mon', 'dec']);
    expect(keptNames(planRetention(snaps, { gfs: { hourly: 2 } }, NOW))).toEqual(['mon', 'sun']);
  });

  test('behavior: gfs periods combine; a snapshot kept by several gets each reason', () => {
    const snaps = [
      snap('a', '2025-06-10T10:00:00Z'),
      snap('b', '2025-06-09T10:00:00Z'),
      snap('c', '2025-05-20T00:00Z'),
    ];
    const plan = planRetention(snaps, { gfs: { hourly: 1, daily: 2, monthly: 2, yearly: 1 } }, NOW);
    expect(reasonsOf(plan)).toEqual({
      a: ['gfs:hourly', 'gfs:daily', 'gfs:monthly', 'gfs:yearly'],
      b: ['gfs:daily'],
      c: ['gfs:monthly'],
    });
  });

  test('behavior: held, protected and cloned snapshots are never deleted', () => {
    const snaps = [
      ago('new', HOUR),
      ago('tagged', 2 * HOUR, { holds: ['truenas'] }),
      ago('flagged', 3 * HOUR, { held: true }),
      ago('not-held', 4 * HOUR, { holds: [], held: false, clones: [] }),
      ago('manual-1', 5 * HOUR),
      ago('golden', 6 * HOUR),
      ago('pre-upgrade-24', 7 * HOUR),
      ago('pre-upgrade-25', 8 * HOUR),
      ago('cloned', 9 * HOUR, { clones: ['tank/vm-clone'] }),
      ago('everything', 10 * HOUR, { holds: ['a', 'b'], clones: ['tank/x'] }),
      snap('other/ds@golden', new Date(NOW.getTime() - 11 * HOUR).toISOString()),
    ];
    const policy = { keepLast: 1, protect: ['manual-', 'tank/vm@golden', /^pre-upgrade-\d+$/g, 'every'] };
    const plan = planRetention(snaps, policy, NOW);
    const vm = { keep: plan.keep.filter((k) => k.name.startsWith('tank/vm@')), delete: plan.delete };
    expect(reasonsOf(vm)).toEqual({
      new: ['keepLast'],
      tagged: ['held'],
      flagged: ['held'],
      'manual-1': ['protected'],
      golden: ['protected'],
      'pre-upgrade-24': ['protected'],
      'pre-upgrade-25': ['protected'], // the g flag's lastIndex does not skip every other match
      cloned: ['has clones'],
      everything: ['held', 'protected', 'has clones'],
    });
    // other/ds@golden is kept by keepLast of its own volume, not by the full-name rule for tank/vm@golden.
    expect(plan.keep.find((k) => k.name === 'other/ds@golden')?.reasons).toEqual(['keepLast']);
    expect(deletedNames(plan)).toEqual(['not-held']);
  });

  test('behavior: rules apply per volume (dataset part of the name)', () => {
    const snaps = [
      snap('tank/a@1', '2025-06-01T00:00:00Z'),
      snap('tank/a@2', '2025-06-02T00:00:00Z'),
      snap('tank/b@1', '2025-05-01T00:00:00Z'),
      snap('tank/b@2', '2025-05-02T00:00:00Z'),
    ];
    const plan = planRetention(snaps, { keepLast: 1, gfs: { daily: 1 } }, NOW);
    expect(plan.keep.map((k) => k.name)).toEqual(['tank/a@2', 'tank/b@2']);
    expect(plan.delete.map((k) => k.name)).toEqual(['tank/a@1', 'tank/b@1']);
  });

  test('behavior: ties on creation time are broken by createtxg (higher is newer), then by name', () => {
    const iso = '2025-06-10T00:00:00Z';
    const snaps = [
      snap('z', iso),
      snap('a', iso),
      snap('txg9', iso, { createtxg: '9' }),
      snap('txg10', iso, { createtxg: 10 }),
      snap('txg8', iso, { createtxg: 8n }),
    ];
    const plan = planRetention(snaps, { keepLast: 2 }, NOW);
    expect(keptNames(plan)).toEqual(['txg10', 'txg9']);
    expect(deletedNames(plan)).toEqual(['txg8', 'a', 'z']);
    expect(keptNames(planRetention(snaps, { gfs: { daily: 1 } }, NOW))).toEqual(['txg10']);
  });

  test('behavior: extra fields are ignored; output entries carry only name, createdAt and reasons/reason', () => {
    const plan = planRetention([ago('s', HOUR, { properties: { used: 1 }, pool: 'tank' })], { keepLast: 1 }, NOW);
    expect(plan).toEqual({
      keep: [{ name: 'tank/vm@s', createdAt: expect.any(Date), reasons: ['keepLast'] }],
      delete: [],
    });
  });

  test('behavior: no snapshots gives an empty plan', () => {
    expect(planRetention([], { keepLast: 1 }, NOW)).toEqual({ keep: [], delete: [] });
  });

  test.each([
    ['empty policy', [], {}, 'policy', ''],
    ['no @ in name', [{ name: 'tank/vm', createdAt: NOW }], { keepLast: 1 }, 'snapshots', '0.name'],
    ['two @ in name', [{ name: 'tank/vm@a@b', createdAt: NOW }], { keepLast: 1 }, 'snapshots', '0.name'],
    ['invalid date', [{ name: 'tank/vm@a', createdAt: new Date('nope') }], { keepLast: 1 }, 'snapshots', '0.createdAt'],
    ['string date', [{ name: 'tank/vm@a', createdAt: '2025-06-01' }], { keepLast: 1 }, 'snapshots', '0.createdAt'],
    ['bad txg', [{ name: 'tank/vm@a', createdAt: NOW, createtxg: '-1' }], { keepLast: 1 }, 'snapshots', '0.createtxg'],
    [
      'duplicate name',
      [
        { name: 'tank/vm@a', createdAt: NOW },
        { name: 'tank/vm@a', createdAt: NOW },
      ],
      { keepLast: 1 },
      'snapshots',
      '1.name',
    ],
  ])('error: %s', (_, snapshots, policy, subject, path) => {
    try {
      planRetention(snapshots as never, policy, NOW);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RetentionInputError);
      expect(err).toMatchObject({ subject, code: 'INVALID_REQUEST' });
      expect((err as RetentionInputError).issues.map((i) => i.path)).toContain(path);
    }
  });

  test('error: invalid now', () => {
    expect(() => planRetention([], { keepLast: 1 }, new Date(Number.NaN))).toThrow(RetentionInputError);
  });
});
