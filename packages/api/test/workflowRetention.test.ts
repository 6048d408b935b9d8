import { RpcError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import {
  type AuditRecord,
  applySnapshotRetention,
  NotFoundError,
  RetentionInputError,
  SnapshotRetentionError,
  snapshotMethod,
  WorkflowStepError,
} from '../src/index.js';
import { useMockApi } from './apiHarness.js';

const ZVOL = 'tank/vms/vm0';

describe.each(['25.04', '25.10'] as const)('applySnapshotRetention on %s', (version) => {
  const mock = useMockApi({ version });
  const deleteMethod = snapshotMethod(version, 'delete');

  /** Seeds `volume@s1` .. `volume@sN`, oldest first (one minute apart); returns their full names. */
  const seed = (volume: string, count: number, holds: Record<number, string[]> = {}) =>
    Array.from({ length: count }, (_, i) => {
      const name = `${volume}@s${i + 1}`;
      mock.server.storage.addSnapshot({ name, holds: holds[i + 1] ?? [] });
      return name;
    });
  const exists = (name: string | undefined) => mock.server.storage.snapshot(String(name)) !== undefined;
  const createdAt = (name: string | undefined) => {
    const row = mock.server.storage.snapshot(String(name)) as { properties: { creation: { rawvalue: string } } };
    return Number(row.properties.creation.rawvalue) * 1000;
  };

  test('default: keepLast deletes the oldest snapshots of a zvol, newest first, and audits each deletion', async () => {
    const [s1, s2, s3, s4, s5] = seed(ZVOL, 5);
    const audit: AuditRecord[] = [];
    const result = await applySnapshotRetention(mock.api, {
      volume: ZVOL,
      policy: { keepLast: 2 },
      audit: (r) => void audit.push(r),
    });
    expect(result.dryRun).toBe(false);
    expect(result.deleted).toEqual([s3, s2, s1]);
    expect(result.plan.keep).toEqual([
      { name: s5, createdAt: new Date(createdAt(s5)), reasons: ['keepLast'] },
      { name: s4, createdAt: expect.any(Date), reasons: ['keepLast'] },
    ]);
    expect(result.plan.delete.map((d) => d.name)).toEqual([s3, s2, s1]);
    expect([s1, s2, s3].map(exists)).toEqual([false, false, false]);
    expect([s4, s5].map(exists)).toEqual([true, true]);
    expect(result.calls).toEqual(
      [s3, s2, s1].map((name) => ({ step: 'delete snapshot', method: deleteMethod, target: name, params: [name] })),
    );
    expect(audit.map((r) => [r.workflow, r.method, r.target, r.result])).toEqual(
      [s3, s2, s1].map((name) => ['applySnapshotRetention', deleteMethod, name, 'done']),
    );
    // Idempotent: a second run finds nothing more to delete.
    const again = await applySnapshotRetention(mock.api, { volume: ZVOL, policy: { keepLast: 2 } });
    expect(again.deleted).toEqual([]);
    expect(again.calls).toEqual([]);
  });

  test('behavior: dry run deletes nothing and returns the plan and the planned calls', async () => {
    const names = seed('tank/media', 4);
    const audit: AuditRecord[] = [];
    const preview = await applySnapshotRetention(mock.api, {
      volume: 'tank/media',
      policy: { keepLast: 1 },
      dryRun: true,
      audit: (r) => void audit.push(r),
    });
    expect(preview.dryRun).toBe(true);
    expect(preview.deleted).toEqual([]);
    expect(preview.plan.delete.map((d) => d.name)).toEqual([names[2], names[1], names[0]]);
    expect(preview.calls.map((c) => [c.method, c.params])).toEqual(
      [names[2], names[1], names[0]].map((name) => [deleteMethod, [name]]),
    );
    expect(audit.map((r) => r.result)).toEqual(['planned', 'planned', 'planned']);
    expect(names.every(exists)).toBe(true);
    // The real run does what the preview said.
    const done = await applySnapshotRetention(mock.api, { volume: 'tank/media', policy: { keepLast: 1 } });
    expect(done.plan).toEqual(preview.plan);
    expect(done.deleted).toEqual(preview.plan.delete.map((d) => d.name));
  });

  test('behavior: held (seeded or via hold) and cloned snapshots survive; other volumes are untouched', async () => {
    const [s1, s2, s3, s4, s5] = seed('tank/home', 5, { 1: ['backup'] }) as [string, string, string, string, string];
    await mock.api.snapshots.hold(s2);
    await mock.api.snapshots.clone({ snapshot: s3, dataset_dst: 'tank/home-clone' });
    const result = await applySnapshotRetention(mock.api, { volume: 'tank/home', policy: { keepLast: 1 } });
    expect(result.deleted).toEqual([s4]);
    expect(Object.fromEntries(result.plan.keep.map((k) => [k.name, k.reasons]))).toEqual({
      [s5]: ['keepLast'],
      [s3]: ['has clones'],
      [s2]: ['held'],
      [s1]: ['held'],
    });
    expect([s1, s2, s3, s5].every(exists)).toBe(true);
    expect(exists('tank/home/alice@daily-2025-01-01')).toBe(true);
  });

  test('behavior: maxAgeMs is measured from `now`; protect keeps matching names', async () => {
    const [s1, s2, s3, s4] = seed(ZVOL, 4) as [string, string, string, string];
    mock.server.storage.addSnapshot({ name: `${ZVOL}@manual-keep` });
    const maxAgeMs = 3_600_000;
    const now = new Date(createdAt(s3) + maxAgeMs - 1);
    const result = await applySnapshotRetention(mock.api, {
      volume: ZVOL,
      policy: { maxAgeMs, protect: ['manual-'] },
      now: () => now,
    });
    expect(result.deleted).toEqual([s2, s1]);
    expect(result.plan.keep.map((k) => [k.name, k.reasons])).toEqual([
      [`${ZVOL}@manual-keep`, ['maxAge', 'protected']],
      [s4, ['maxAge']],
      [s3, ['maxAge']],
    ]);
  });

  test('error: a failed deletion names the snapshot, what was already deleted and what was not attempted', async () => {
    const [s1, s2, s3, s4, s5] = seed(ZVOL, 5);
    let armed = false;
    const audit = (record: AuditRecord) => {
      if (record.result === 'done' && !armed) {
        armed = true;
        mock.server.faults.failOnce(deleteMethod); // the second deletion fails
      }
    };
    const err = await applySnapshotRetention(mock.api, { volume: ZVOL, policy: { keepLast: 1 }, audit }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(SnapshotRetentionError);
    expect(err).toMatchObject({
      code: 'WORKFLOW_STEP_FAILED',
      volume: ZVOL,
      snapshot: s3,
      deleted: [s4],
      notAttempted: [s2, s1],
    });
    expect(err.shortMessage).toBe(
      `Snapshot retention on ${ZVOL}: deleting ${s3} failed: ${deleteMethod} failed: [EFAULT] Injected failure`,
    );
    expect(err.cause).toBeInstanceOf(WorkflowStepError);
    expect(err.walk((e: unknown) => e instanceof RpcError)).toBeInstanceOf(RpcError);
    expect(err.message).toContain(`Already deleted (1): ${s4}.`);
    expect(err.message).toContain(`Not attempted (2): ${s2}, ${s1}.`);
    expect([s1, s2, s3, s4, s5].map(exists)).toEqual([true, true, true, false, true]);
  });

  test('error: the first deletion failing reports nothing deleted', async () => {
    const [s1, s2] = seed('tank/media', 2);
    mock.server.faults.failOnce(deleteMethod);
    const err = await applySnapshotRetention(mock.api, { volume: 'tank/media', policy: { keepLast: 1 } }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(SnapshotRetentionError);
    expect(err).toMatchObject({ snapshot: s1, deleted: [], notAttempted: [] });
    expect([s1, s2].every(exists)).toBe(true);
  });

  test('error: an empty policy is refused before anything is read or deleted', async () => {
    const names = seed('tank/media', 2);
    mock.server.faults.failOnce(snapshotMethod(version, 'query')); // would fail if a query were sent
    const err = await applySnapshotRetention(mock.api, { volume: 'tank/media', policy: { protect: ['x'] } }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(RetentionInputError);
    expect(err).toMatchObject({ code: 'INVALID_REQUEST', subject: 'policy' });
    expect(names.every(exists)).toBe(true);
    // The fault is still armed: no query was sent.
    await expect(mock.api.snapshots.query()).rejects.toThrow('Injected failure');
  });

  test('error: a missing volume is a NotFoundError', async () => {
    await expect(
      applySnapshotRetention(mock.api, { volume: 'tank/nope', policy: { keepLast: 1 } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
