import { TnError, TnErrorCode } from '@tn/rpc';
import type { z } from 'zod';
import { inputIssues, issueLine } from '../core/inputIssues.js';

/**
 * One problem found in a retention policy or snapshot list: where (`path`, dotted, `''` for the whole value) and
 * what.
 *
 * @example
 * ```ts
 * import type { RetentionInputIssue } from '@tn/api';
 *
 * const issue: RetentionInputIssue = { path: 'gfs.daily', message: 'Too small: expected number to be >=0' };
 * ```
 */
export type RetentionInputIssue = {
  /** Dotted path of the offending value (`''` when it is the value itself). */
  path: string;
  /** What is wrong with it. */
  message: string;
};

/**
 * Options of {@link RetentionInputError}.
 *
 * @example
 * ```ts
 * import type { RetentionInputErrorParameters } from '@tn/api';
 *
 * const options: RetentionInputErrorParameters = {
 *   subject: 'policy',
 *   issues: [{ path: '', message: 'no rule keeps anything' }],
 * };
 * ```
 */
export type RetentionInputErrorParameters = {
  /** Which input was refused. */
  subject: 'policy' | 'snapshots';
  /** What was wrong, at least one entry. */
  issues: readonly RetentionInputIssue[];
  /** The zod error, kept as the cause. */
  cause?: unknown;
};

/**
 * Thrown before anything is planned or deleted when a retention policy or a snapshot list is refused: a policy
 * that fails {@link RetentionPolicySchema} (unknown keys, negative counts, ...), a policy with no rule that can keep
 * a snapshot (it would delete every unprotected snapshot), or snapshots with a bad name, date or a duplicate name.
 * `code` is `INVALID_REQUEST`.
 *
 * @example
 * ```ts
 * import { planRetention, RetentionInputError } from '@tn/api';
 *
 * try {
 *   planRetention([], {}, new Date());
 * } catch (err) {
 *   if (err instanceof RetentionInputError) console.log(err.subject, err.issues); // 'policy' [{ path: '', ... }]
 * }
 * ```
 */
export class RetentionInputError extends TnError {
  /** Always `'RetentionInputError'`. */
  override name = 'RetentionInputError' as const;
  /** Which input was refused. */
  readonly subject: 'policy' | 'snapshots';
  /** What was wrong. */
  readonly issues: readonly RetentionInputIssue[];

  constructor({ subject, issues, cause }: RetentionInputErrorParameters) {
    super(TnErrorCode.InvalidRequest, `Invalid retention ${subject}: ${issues.map(issueLine).join('; ')}`, {
      cause,
      metaMessages: ['Nothing was planned or deleted.'],
    });
    this.subject = subject;
    this.issues = issues;
  }

  /**
   * Builds the error from a zod error.
   *
   * @example
   * ```ts
   * import { RetentionInputError, RetentionPolicySchema } from '@tn/api';
   *
   * const parsed = RetentionPolicySchema.safeParse({ keepLast: -1 });
   * if (!parsed.success) throw RetentionInputError.fromZod('policy', parsed.error);
   * ```
   */
  static fromZod(subject: 'policy' | 'snapshots', error: z.ZodError): RetentionInputError {
    return new RetentionInputError({ subject, issues: inputIssues(error), cause: error });
  }
}

/**
 * {@link RetentionInputError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { RetentionInputErrorType } from '@tn/api';
 *
 * const isRetentionInput = (err: unknown): err is RetentionInputErrorType =>
 *   (err as Error).name === 'RetentionInputError';
 * ```
 */
export type RetentionInputErrorType = RetentionInputError & {
  /** Always `'RetentionInputError'`. */
  name: 'RetentionInputError';
};
