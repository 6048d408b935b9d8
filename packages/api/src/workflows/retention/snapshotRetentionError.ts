import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * Options of {@link SnapshotRetentionError}.
 *
 * @example
 * ```ts
 * import type { SnapshotRetentionErrorParameters } from '@tn/api';
 *
 * const options: SnapshotRetentionErrorParameters = {
 *   volume: 'tank/vm', snapshot: 'tank/vm@auto-3', deleted: ['tank/vm@auto-2'], notAttempted: ['tank/vm@auto-4'],
 *   cause: new Error('dataset is busy'),
 * };
 * ```
 */
export type SnapshotRetentionErrorParameters = {
  /** The volume being pruned. */
  volume: string;
  /** The snapshot whose deletion failed. */
  snapshot: string;
  /** Snapshots deleted before the failure, in order. */
  deleted: readonly string[];
  /** Planned deletions not attempted after the failure, in order. */
  notAttempted: readonly string[];
  /** The error (a `WorkflowStepError` whose cause is the server's error). */
  cause: unknown;
};

function causeText(cause: unknown): string {
  let error = cause;
  // Show the innermost TnError's reason (the server's), not the workflow wrapper's.
  while (error instanceof TnError && error.cause instanceof TnError) error = error.cause;
  if (error instanceof TnError) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}

function list(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/**
 * Thrown by {@link applySnapshotRetention} when deleting a snapshot fails. Deletions stop there and cannot be
 * undone: the error names the snapshot that failed, the ones already deleted and the ones not attempted. `code` is
 * `WORKFLOW_STEP_FAILED`; `cause` is the `WorkflowStepError` (its `cause` is the server's error).
 *
 * @example
 * ```ts
 * import { applySnapshotRetention, SnapshotRetentionError } from '@tn/api';
 *
 * try {
 *   await applySnapshotRetention(api, { volume: 'tank/vm', policy: { keepLast: 5 } });
 * } catch (err) {
 *   if (err instanceof SnapshotRetentionError) console.log(err.snapshot, err.deleted, err.notAttempted);
 * }
 * ```
 */
export class SnapshotRetentionError extends TnError {
  /** Always `'SnapshotRetentionError'`. */
  override name = 'SnapshotRetentionError' as const;
  /** The volume being pruned. */
  readonly volume: string;
  /** The snapshot whose deletion failed. */
  readonly snapshot: string;
  /** Snapshots deleted before the failure. */
  readonly deleted: readonly string[];
  /** Planned deletions not attempted. */
  readonly notAttempted: readonly string[];

  constructor({ volume, snapshot, deleted, notAttempted, cause }: SnapshotRetentionErrorParameters) {
    super(
      TnErrorCode.WorkflowStepFailed,
      `Snapshot retention on ${volume}: deleting ${snapshot} failed: ${causeText(cause)}`,
      {
        cause,
        metaMessages: [
          `Already deleted (${deleted.length}): ${list(deleted)}.`,
          `Not attempted (${notAttempted.length}): ${list(notAttempted)}.`,
          'Deleted snapshots cannot be restored; run retention again to finish.',
        ],
      },
    );
    this.volume = volume;
    this.snapshot = snapshot;
    this.deleted = deleted;
    this.notAttempted = notAttempted;
  }
}

/**
 * {@link SnapshotRetentionError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { SnapshotRetentionErrorType } from '@tn/api';
 *
 * const isRetentionFailure = (err: unknown): err is SnapshotRetentionErrorType =>
 *   (err as Error).name === 'SnapshotRetentionError';
 * ```
 */
export type SnapshotRetentionErrorType = SnapshotRetentionError & {
  /** Always `'SnapshotRetentionError'`. */
  name: 'SnapshotRetentionError';
};
