import { TnError, TnErrorCode } from '@tn/rpc';
import type { z } from 'zod';
import { toValidationIssues, type ValidationIssue } from './validationIssues.js';

/**
 * Options of {@link ParamsValidationError}.
 *
 * @example
 * ```ts
 * import type { ParamsValidationErrorParameters } from '@tn/api/schemas';
 *
 * const options: ParamsValidationErrorParameters = { method: 'pool.dataset.create', issues: [] };
 * ```
 */
export type ParamsValidationErrorParameters = {
  /** The JSON-RPC method, e.g. `pool.dataset.create`. */
  method: string;
  /** The zod issues of the failed parse. */
  issues: readonly z.core.$ZodIssue[];
  /** Names of the positional params, so paths read `data.name` instead of `[0].name`. */
  paramNames?: readonly string[] | undefined;
  /** The `ZodError`, kept as the cause. */
  cause?: unknown;
};

/**
 * Thrown before a call when its params do not match the method's strict params schema (unknown keys, wrong types,
 * values out of range): the same checks the server makes, so nothing was sent. Lists every issue path with its
 * message; never prints the values (params may hold passwords and keys).
 *
 * @example
 * ```ts
 * import { ParamsValidationError, methodTable } from '@tn/api/schemas';
 *
 * const parsed = methodTable['pool.dataset.create'].params.safeParse([{ name: 1 }]);
 * if (!parsed.success) {
 *   throw new ParamsValidationError({ method: 'pool.dataset.create', issues: parsed.error.issues, paramNames: ['data'] });
 * }
 * ```
 */
export class ParamsValidationError extends TnError {
  override name = 'ParamsValidationError' as const;
  /** The method whose params were refused. */
  readonly method: string;
  /** Every problem found, unions resolved to their closest member. */
  readonly issues: readonly ValidationIssue[];

  constructor({ method, issues, paramNames, cause }: ParamsValidationErrorParameters) {
    const flat = toValidationIssues(issues, paramNames);
    super(TnErrorCode.Validation, `Invalid params for ${method}: nothing was sent`, {
      metaMessages: flat.map((issue) => `- ${issue.path}: ${issue.message}`),
      cause,
    });
    this.method = method;
    this.issues = flat;
  }
}

/**
 * {@link ParamsValidationError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { ParamsValidationErrorType } from '@tn/api/schemas';
 *
 * function isParamsError(err: unknown): err is ParamsValidationErrorType {
 *   return (err as Error).name === 'ParamsValidationError';
 * }
 * ```
 */
export type ParamsValidationErrorType = ParamsValidationError & { name: 'ParamsValidationError' };
