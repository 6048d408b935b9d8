import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * Options of {@link ConflictError}.
 *
 * @example
 * ```ts
 * import type { ConflictErrorParameters } from '@tn/api';
 *
 * const p: ConflictErrorParameters = {
 *   subject: 'tank/k8s/pvc-1',
 *   reason: 'it exists with a different spec',
 *   conflicts: ['sizeBytes: existing 1073741824, requested 2147483648'],
 *   hint: 'Use another name, or deprovision the existing volume first.',
 * };
 * ```
 */
export type ConflictErrorParameters = {
  /** What the request collides with: a volume, a LUN, an object name. */
  subject: string;
  /** Why, in one line. */
  reason: string;
  /** The individual differences or holders, one line each. */
  conflicts?: readonly string[] | undefined;
  /** What to do about it. */
  hint: string;
};

/**
 * The request collides with what exists, and nothing was changed: a volume of that name with another owner or a
 * different spec, a dataset the SDK did not create, a LUN already taken on a shared target, an object name held by
 * another volume, snapshots or clones that block a deprovisioning. The message says what differs; `hint` what to do.
 * `code` is `CONFLICT`.
 *
 * @example
 * ```ts
 * import { ConflictError, provisionVolume } from '@tn/api';
 *
 * try {
 *   await provisionVolume(api, request);
 * } catch (err) {
 *   if (err instanceof ConflictError) console.log(err.subject, err.conflicts, err.hint);
 * }
 * ```
 */
export class ConflictError extends TnError {
  override name = 'ConflictError' as const;
  /** What the request collides with. */
  readonly subject: string;
  /** The differences or holders, one line each. */
  readonly conflicts: readonly string[];
  /** What to do about it. */
  readonly hint: string;

  constructor({ subject, reason, conflicts = [], hint }: ConflictErrorParameters) {
    super(TnErrorCode.Conflict, `${subject}: ${reason}`, {
      metaMessages: [...conflicts.map((line) => `- ${line}`), hint, 'Nothing was changed.'],
    });
    this.subject = subject;
    this.conflicts = conflicts;
    this.hint = hint;
  }
}

/**
 * {@link ConflictError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { ConflictErrorType } from '@tn/api';
 *
 * const isConflict = (err: unknown): err is ConflictErrorType => (err as Error).name === 'ConflictError';
 * ```
 */
export type ConflictErrorType = ConflictError & { name: 'ConflictError' };
