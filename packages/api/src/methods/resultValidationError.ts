import { TnError, TnErrorCode } from '@tn/rpc';
import type { z } from 'zod';
import { toValidationIssues, type ValidationIssue } from './validationIssues.js';

const SECRET_KEY = /password|secret|key|token|passphrase|dhchap/i;
const MAX_VALUE_LENGTH = 80;
const MAX_ISSUES = 10;

/**
 * Options of {@link ResultValidationError}.
 *
 * @example
 * ```ts
 * import type { ResultValidationErrorParameters } from '@tn/api/schemas';
 *
 * const options: ResultValidationErrorParameters = { method: 'pool.query', issues: [], value: [] };
 * ```
 */
export type ResultValidationErrorParameters = {
  /** The JSON-RPC method, e.g. `pool.query`. */
  method: string;
  /** The zod issues of the failed parse. */
  issues: readonly z.core.$ZodIssue[];
  /** The result that failed, used to show the offending values (truncated, secrets redacted). */
  value: unknown;
  /** The `ZodError`, kept as the cause. */
  cause?: unknown;
};

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function redactingReplacer(key: string, value: unknown): unknown {
  return key !== '' && SECRET_KEY.test(key) ? '[REDACTED]' : value;
}

/** The offending value as a short string: secrets redacted (by key), long values truncated. */
function describeValue(value: unknown, path: readonly PropertyKey[]): string {
  if (path.some((segment) => typeof segment === 'string' && SECRET_KEY.test(segment))) return '[REDACTED]';
  if (value === undefined) return 'undefined (missing)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  let text: string;
  try {
    text = JSON.stringify(value, redactingReplacer) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 3)}...` : text;
}

/**
 * Thrown when a server result does not match the method's result schema. Result schemas are loose (unknown keys
 * are kept, omitted optional fields are fine), so this means a field we depend on changed type or went missing.
 * Names the method, each issue path and the offending value (truncated; values under keys that look like secrets,
 * such as `password`, `key`, `token`, `passphrase` or `dhchap_*`, print as `[REDACTED]`).
 *
 * @example
 * ```ts
 * import { ResultValidationError, PoolQueryResultSchema } from '@tn/api/schemas';
 *
 * const raw: unknown = [{ id: 'one' }];
 * const parsed = PoolQueryResultSchema.safeParse(raw);
 * if (!parsed.success) throw new ResultValidationError({ method: 'pool.query', issues: parsed.error.issues, value: raw });
 * ```
 */
export class ResultValidationError extends TnError {
  override name = 'ResultValidationError' as const;
  /** The method whose result was refused. */
  readonly method: string;
  /** Every problem found, unions resolved to their closest member. */
  readonly issues: readonly ValidationIssue[];

  constructor({ method, issues, value, cause }: ResultValidationErrorParameters) {
    const flat = toValidationIssues(issues);
    const lines = flat
      .slice(0, MAX_ISSUES)
      .map(
        (issue) =>
          `- ${issue.path}: ${issue.message} (got ${describeValue(valueAt(value, issue.segments), issue.segments)})`,
      );
    if (flat.length > MAX_ISSUES) lines.push(`- ... and ${flat.length - MAX_ISSUES} more`);
    super(TnErrorCode.Validation, `The result of ${method} does not match its schema`, {
      metaMessages: lines,
      details: 'The server returned a shape this SDK does not expect; check the server version.',
      cause,
    });
    this.method = method;
    this.issues = flat;
  }
}

/**
 * {@link ResultValidationError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { ResultValidationErrorType } from '@tn/api/schemas';
 *
 * function isResultError(err: unknown): err is ResultValidationErrorType {
 *   return (err as Error).name === 'ResultValidationError';
 * }
 * ```
 */
export type ResultValidationErrorType = ResultValidationError & { name: 'ResultValidationError' };
