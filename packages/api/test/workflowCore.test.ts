import { describe, expect, test } from 'vitest';
import { type AuditRecord, NotFoundError, runWorkflow, WorkflowStepError } from '../src/index.js';
import { useMockApi } from './apiHarness.js';

const mock = useMockApi({ version: '25.10' });

/** A two-step workflow: a zvol, then an iSCSI extent on it, each with its undo. */
const twoSteps = (audit?: (record: AuditRecord) => void, dryRun = false) =>
  runWorkflow(mock.api, 'demo', { audit, dryRun, now: () => new Date(0) }, async (run) => {
    await run.mutate({
      step: 'create zvol',
      method: 'pool.dataset.create',
      target: 'tank/w1',
      params: [{ name: 'tank/w1', type: 'VOLUME', volsize: 1 << 20 }],
      undo: () => ({ method: 'pool.dataset.delete', params: ['tank/w1', { recursive: true }] }),
    });
    const extent = await run.create({
      step: 'create extent',
      method: 'iscsi.extent.create',
      target: 'tank/w1',
      params: [{ name: 'w1', type: 'DISK', disk: 'zvol/tank/w1' }],
      undo: (row) => ({ method: 'iscsi.extent.delete', params: [row.id] }),
    });
    await run.mutate({
      step: 'create target',
      method: 'iscsi.target.create',
      target: 'tank/w1',
      params: [{ name: 'w1', groups: [] }],
      undo: (row) => ({ method: 'iscsi.target.delete', params: [row.id] }),
    });
    return { extent };
  });

describe('runWorkflow', () => {
  test('default: runs the steps, records calls and audit records', async () => {
    const records: AuditRecord[] = [];
    const result = await twoSteps((r) => void records.push(r));
    expect(result.dryRun).toBe(false);
    expect(result.calls.map((c) => c.method)).toEqual([
      'pool.dataset.create',
      'iscsi.extent.create',
      'iscsi.target.create',
    ]);
    expect(result.extent).toBeGreaterThan(0);
    expect(records.map((r) => [r.step, r.result, r.attempts])).toEqual([
      ['create zvol', 'done', 1],
      ['create extent', 'done', 1],
      ['create target', 'done', 1],
    ]);
    expect(records[0]).toMatchObject({ time: '1970-01-01T00:00:00.000Z', workflow: 'demo', target: 'tank/w1' });
  });

  test('behavior: a failed step rolls back the earlier ones, newest first, and names the step', async () => {
    mock.server.faults.failOnce('iscsi.target.create');
    const records: AuditRecord[] = [];
    const error = await twoSteps((r) => void records.push(r)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowStepError);
    const stepError = error as WorkflowStepError;
    expect(stepError.code).toBe('WORKFLOW_STEP_FAILED');
    expect(stepError.step).toBe('create target');
    expect(stepError.method).toBe('iscsi.target.create');
    expect(stepError.shortMessage).toContain('Injected failure');
    expect(stepError.rollback).toEqual({ undone: ['create extent', 'create zvol'], failed: [] });
    expect(records.map((r) => `${r.step}:${r.result}`)).toEqual([
      'create zvol:done',
      'create extent:done',
      'create target:failed',
      'undo create extent:undone',
      'undo create zvol:undone',
    ]);
    expect(await mock.api.iscsi.extents.query()).toEqual([]);
    await expect(mock.api.datasets.get('tank/w1')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('behavior: an undo that fails is reported, the rest still run', async () => {
    mock.server.faults.failOnce('iscsi.target.create');
    mock.server.faults.failOnce('iscsi.extent.delete');
    const error = (await twoSteps().catch((e: unknown) => e)) as WorkflowStepError;
    expect(error.rollback.undone).toEqual(['create zvol']);
    expect(error.rollback.failed).toEqual([
      { step: 'create extent', target: 'tank/w1', error: expect.stringContaining('Injected failure') },
    ]);
    expect(error.message).toContain('Could not undo "create extent"');
  });

  test('behavior: dry run sends no mutation and plans placeholder ids', async () => {
    const records: AuditRecord[] = [];
    const result = await twoSteps((r) => void records.push(r), true);
    expect(result.dryRun).toBe(true);
    expect(result.extent).toBe(-1);
    expect(result.calls[1]).toMatchObject({ method: 'iscsi.extent.create', produces: -1 });
    expect(records.every((r) => r.result === 'planned')).toBe(true);
    await expect(mock.api.datasets.get('tank/w1')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('behavior: a refusal thrown before any mutation propagates unchanged', async () => {
    const refusal = new NotFoundError({ method: 'x.get_instance', target: 1 });
    await expect(runWorkflow(mock.api, 'demo', {}, () => Promise.reject(refusal))).rejects.toBe(refusal);
  });

  test('behavior: the first call failing is still a WorkflowStepError naming it', async () => {
    mock.server.faults.failOnce('pool.dataset.create');
    const error = (await twoSteps().catch((e: unknown) => e)) as WorkflowStepError;
    expect(error).toBeInstanceOf(WorkflowStepError);
    expect(error.step).toBe('create zvol');
    expect(error.rollback).toEqual({ undone: [], failed: [] });
  });

  test('edge: a throwing audit sink is counted, not fatal', async () => {
    const result = await twoSteps(() => {
      throw new Error('disk full');
    });
    expect(result.auditFailures).toBe(3);
  });

  test('edge: secrets never reach the audit record or the planned calls', async () => {
    const records: AuditRecord[] = [];
    const result = await runWorkflow(
      mock.api,
      'chap',
      { audit: (r) => void records.push(r), dryRun: true },
      async (run) => {
        await run.mutate({
          step: 'create CHAP',
          method: 'iscsi.auth.create',
          target: 'tag 1',
          params: [{ tag: 1, user: 'u', secret: 'supersecret123' }],
        });
        return {};
      },
    );
    expect(JSON.stringify(records)).not.toContain('supersecret123');
    expect(JSON.stringify(result.calls)).not.toContain('supersecret123');
  });
});
