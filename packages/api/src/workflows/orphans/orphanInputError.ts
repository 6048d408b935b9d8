import { TnError, TnErrorCode } from '@tn/rpc';
import type { z } from 'zod';
import { inputIssues, issueLine } from '../core/inputIssues.js';

/**
 * Options of {@link OrphanInputError}.
 *
 * @example
 * ```ts
 * import type { OrphanInputErrorParameters } from '@tn/api';
 *
 * const options: OrphanInputErrorParameters = {
 *   subject: 'findings',
 *   issues: [{ path: '0.kind', message: 'Invalid option' }],
 * };
 * ```
 */
export type OrphanInputErrorParameters = {
  /** Which input was refused: the options of `detectOrphans`/`cleanupOrphans`, or the report/findings to clean. */
  subject: 'options' | 'findings';
  /** What was wrong (dotted `path`, `''` for the value itself). */
  issues: readonly { path: string; message: string }[];
  /** The zod error, kept as the cause. */
  cause?: unknown;
};

/**
 * Thrown by {@link detectOrphans} and {@link cleanupOrphans} before anything is read or deleted when their options
 * (`owner`, `inventory`, `parents`, `kinds`...) or the report/findings to clean fail validation. `code` is
 * `INVALID_REQUEST`.
 *
 * @example
 * ```ts
 * import { cleanupOrphans, OrphanInputError } from '@tn/api';
 *
 * try {
 *   await cleanupOrphans(api, [{ kind: 'lun', id: 1 }]);
 * } catch (err) {
 *   if (err instanceof OrphanInputError) console.log(err.subject, err.issues); // 'findings' [...]
 * }
 * ```
 */
export class OrphanInputError extends TnError {
  /** Always `'OrphanInputError'`. */
  override name = 'OrphanInputError' as const;
  /** Which input was refused. */
  readonly subject: 'options' | 'findings';
  /** What was wrong. */
  readonly issues: readonly { path: string; message: string }[];

  constructor({ subject, issues, cause }: OrphanInputErrorParameters) {
    super(TnErrorCode.InvalidRequest, `Invalid orphan ${subject}: ${issues.map(issueLine).join('; ')}`, {
      cause,
      metaMessages: ['Nothing was read or deleted.'],
    });
    this.subject = subject;
    this.issues = issues;
  }

  /**
   * Builds the error from a zod error.
   *
   * @example
   * ```ts
   * import { OrphanInputError, OrphanFindingSchema } from '@tn/api';
   *
   * const parsed = OrphanFindingSchema.safeParse({ kind: 'lun' });
   * if (!parsed.success) throw OrphanInputError.fromZod('findings', parsed.error);
   * ```
   */
  static fromZod(subject: 'options' | 'findings', error: z.ZodError): OrphanInputError {
    return new OrphanInputError({ subject, issues: inputIssues(error), cause: error });
  }
}

/**
 * {@link OrphanInputError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { OrphanInputErrorType } from '@tn/api';
 *
 * const isOrphanInput = (err: unknown): err is OrphanInputErrorType => (err as Error).name === 'OrphanInputError';
 * ```
 */
export type OrphanInputErrorType = OrphanInputError & { name: 'OrphanInputError' };
