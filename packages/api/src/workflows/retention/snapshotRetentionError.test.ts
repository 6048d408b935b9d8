import { isTnError, TnError, TnErrorCode } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { SnapshotRetentionError } from './snapshotRetentionError.js';

describe('SnapshotRetentionError', () => {
  test('default: names the snapshot, what was deleted and what was not attempted', () => {
    const err = new SnapshotRetentionError({
      volume: 'tank/vm',
      snapshot: 'tank/vm@b',
      deleted: ['tank/vm@c'],
      notAttempted: ['tank/vm@a', 'tank/vm@0'],
      cause: new Error('dataset is busy'),
    });
    expect(isTnError(err)).toBe(true);
    expect(err.code).toBe(TnErrorCode.WorkflowStepFailed);
    expect(err.name).toBe('SnapshotRetentionError');
    expect(err.shortMessage).toBe('Snapshot retention on tank/vm: deleting tank/vm@b failed: dataset is busy');
    expect(err.metaMessages).toEqual([
      'Already deleted (1): tank/vm@c.',
      'Not attempted (2): tank/vm@a, tank/vm@0.',
      'Deleted snapshots cannot be restored; run retention again to finish.',
    ]);
  });

  test('behavior: shows the innermost TnError reason and keeps the chain walkable', () => {
    const inner = new TnError('X', 'server said no');
    const outer = new TnError('WORKFLOW_STEP_FAILED', 'wrapper text', { cause: inner });
    const err = new SnapshotRetentionError({
      volume: 'v',
      snapshot: 'v@s',
      deleted: [],
      notAttempted: [],
      cause: outer,
    });
    expect(err.shortMessage).toBe('Snapshot retention on v: deleting v@s failed: server said no');
    expect(err.metaMessages[0]).toBe('Already deleted (0): none.');
    expect(err.walk((e) => e === inner)).toBe(inner);
  });

  test('behavior: non-Error causes are stringified', () => {
    const err = new SnapshotRetentionError({ volume: 'v', snapshot: 'v@s', deleted: [], notAttempted: [], cause: 42 });
    expect(err.shortMessage).toBe('Snapshot retention on v: deleting v@s failed: 42');
  });
});
