import { MatchNotFoundError, QueryEvaluationError, QueryValidationError } from '@tn/api';
import { TnError } from '@tn/rpc';
import { Errno, errnoName } from './errno.js';
import { MockErrorCode } from './mockServerError.js';

/**
 * JSON-RPC error codes used by the middleware.
 *
 * @example
 * ```ts
 * import { JsonRpcCode } from '@tn/mock';
 *
 * expect(reply.error.code).toBe(JsonRpcCode.MethodCallError);
 * ```
 */
export const JsonRpcCode = {
  /** Invalid JSON, a batch, or a non-object message (id `null`). */
  ParseError: -32700,
  /** Malformed request envelope (only answered when it has an `id`). */
  InvalidRequest: -32600,
  /** "Method does not exist". */
  MethodNotFound: -32601,
  /** "Invalid params": `ValidationErrors`, always `data.error` 22. */
  InvalidParams: -32602,
  /** "Failed to JSON serialize server message". */
  InternalError: -32603,
  /** "Maximum number of concurrent calls (20) has exceeded". */
  TooManyConcurrentCalls: -32000,
  /** "Method call error": `CallError` or any other exception. */
  MethodCallError: -32001,
} as const;

/**
 * The `error.data` object of a middleware error (`format_truenas_error`).
 *
 * @example
 * ```ts
 * import type { TruenasErrorData } from '@tn/mock';
 *
 * const data: TruenasErrorData = { error: 16, errname: 'EBUSY', reason: '[EBUSY] busy', trace: null, extra: null };
 * ```
 */
export type TruenasErrorData = {
  /** errno (22 for every validation error). */
  error: number;
  /** `errno.errorcode` name, or a middleware name such as `ENOTAUTHENTICATED`, else `EUNKNOWN`. */
  errname: string;
  /** `str(exception)`, e.g. `"[EBUSY] Rate Limit Exceeded"`. */
  reason: string;
  /** Python traceback object on the real server; always `null` in the mock. */
  trace: null;
  /** `[attribute, message, errno]` list for validation errors, `CallError.extra` otherwise. */
  extra: unknown;
};

/**
 * A JSON-RPC `error` member as the middleware sends it.
 *
 * @example
 * ```ts
 * import type { WireError } from '@tn/mock';
 *
 * const busy: WireError = { code: -32000, message: 'Maximum number of concurrent calls (20) has exceeded' };
 * ```
 */
export type WireError = {
  /** JSON-RPC error code (see {@link JsonRpcCode}). */
  code: number;
  /** Fixed message for the code, e.g. `"Method call error"`. */
  message: string;
  /** Middleware error details; absent for -32700/-32600/-32601/-32000. */
  data?: TruenasErrorData;
};

/**
 * One validation problem: `[attribute, message, errno]`, exactly as in `error.data.extra`.
 *
 * @example
 * ```ts
 * import type { ValidationEntry } from '@tn/mock';
 *
 * const entry: ValidationEntry = ['options.get', 'Input should be a valid boolean', 22];
 * ```
 */
export type ValidationEntry = [attribute: string | null, message: string, errno: number];

/**
 * Middleware `CallError`: thrown by handlers for an expected failure; sent as `-32001 "Method call error"`
 * with `data.error = errno` and `reason = "[ERRNAME] message"`.
 *
 * @example
 * ```ts
 * import { CallError, Errno } from '@tn/mock';
 *
 * server.use({ 'pool.create': () => { throw new CallError('Disk is in use', Errno.EBUSY); } });
 * ```
 */
export class CallError extends TnError {
  /** Always `'CallError'`. */
  override name = 'CallError';
  /** The middleware message without the `[ERRNAME]` prefix. */
  readonly errmsg: string;
  /** The errno sent as `data.error` (default `EFAULT`, 14). */
  readonly errno: number;
  /** Sent as `data.extra`. */
  readonly extra: unknown;

  constructor(errmsg: string, errno: number = Errno.EFAULT, extra: unknown = null) {
    super(MockErrorCode.CallError, `[${errnoName(errno)}] ${errmsg}`);
    this.errmsg = errmsg;
    this.errno = errno;
    this.extra = extra;
  }

  /** `errno.errorcode` name of {@link CallError.errno}. */
  get errname(): string {
    return errnoName(this.errno);
  }

  /** `str(CallError)` in the middleware: `"[EBUSY] message"`. */
  get reason(): string {
    return `[${this.errname}] ${this.errmsg}`;
  }
}

/**
 * Middleware `ValidationErrors`: a list of `[attribute, message, errno]`, sent as `-32602 "Invalid params"` (or, inside
 * a job, as a FAILED job with `exc_info.type === "VALIDATION"`).
 *
 * @example
 * ```ts
 * import { ValidationErrors } from '@tn/mock';
 *
 * const errors = new ValidationErrors();
 * errors.add('pool_create.name', 'A pool with this name already exists');
 * errors.check(); // throws when any were added
 * ```
 */
export class ValidationErrors extends TnError {
  /** Always `'ValidationErrors'`. */
  override name = 'ValidationErrors';
  /** The collected entries. */
  readonly errors: ValidationEntry[];

  constructor(errors: ValidationEntry[] = []) {
    super(MockErrorCode.Validation, 'Validation failed');
    this.errors = [...errors];
  }

  /** Adds one entry (errno defaults to `EINVAL`). */
  add(attribute: string | null, message: string, errno: number = Errno.EINVAL): this {
    this.errors.push([attribute, message, errno]);
    return this;
  }

  /** Throws this object when it holds at least one entry. */
  check(): void {
    if (this.errors.length > 0) throw this;
  }

  /** `str(ValidationErrors)`: one `"[ERRNAME] attribute: message\n"` line per entry. */
  get reason(): string {
    return this.errors.map(([attr, msg, errno]) => `[${errnoName(errno)}] ${attr ?? 'None'}: ${msg}\n`).join('');
  }
}

/**
 * Middleware `ValidationError` (a single entry; `InstanceNotFound` is one with `ENOENT`). Sent as `-32602` with
 * `data.error = 22` and the real errno only inside `extra`.
 *
 * @example
 * ```ts
 * import { ValidationError, Errno } from '@tn/mock';
 *
 * throw new ValidationError(null, 'Pool 5 does not exist', Errno.ENOENT);
 * ```
 */
export class ValidationError extends TnError {
  /** Always `'ValidationError'`. */
  override name = 'ValidationError';
  /** Attribute the error is about, or `null`. */
  readonly attribute: string | null;
  /** The message. */
  readonly errmsg: string;
  /** Its errno (default `EINVAL`). */
  readonly errno: number;

  constructor(attribute: string | null, errmsg: string, errno: number = Errno.EINVAL) {
    super(MockErrorCode.Validation, errmsg);
    this.attribute = attribute;
    this.errmsg = errmsg;
    this.errno = errno;
  }

  /** `str(ValidationError)`: `"[ENOENT] None: Pool 5 does not exist"`. */
  get reason(): string {
    return `[${errnoName(this.errno)}] ${this.attribute ?? 'None'}: ${this.errmsg}`;
  }
}

/**
 * Raised by `get: true` queries without a match; the middleware does not special-case it, so it is sent as
 * `-32001` with errno 22 and reason `"MatchNotFound()"`.
 *
 * @example
 * ```ts
 * import { MatchNotFound } from '@tn/mock';
 *
 * throw new MatchNotFound();
 * ```
 */
export class MatchNotFound extends TnError {
  /** Always `'MatchNotFound'`. */
  override name = 'MatchNotFound';
  constructor() {
    super(MockErrorCode.MatchNotFound, 'MatchNotFound()');
  }
}

/** Builds `format_truenas_error` data. @internal */
export function truenasErrorData(errno: number, reason: string, extra: unknown = null): TruenasErrorData {
  return { error: errno, errname: errnoName(errno), reason, trace: null, extra };
}

/**
 * Maps anything a handler threw to the wire error the middleware would send (the ONE place for this mapping): the
 * mock's `CallError`/`ValidationErrors`/`ValidationError`/`MatchNotFound` and the query engine's
 * `QueryValidationError` (-32602), `QueryEvaluationError` and `MatchNotFoundError` (-32001, errno 22).
 *
 * @example
 * ```ts
 * import { toWireError, CallError } from '@tn/mock';
 *
 * toWireError(new CallError('boom')).data?.reason; // '[EFAULT] boom'
 * ```
 */
export function toWireError(err: unknown): WireError {
  if (err instanceof ValidationErrors) {
    return { code: JsonRpcCode.InvalidParams, message: 'Invalid params', data: validationData(err.reason, err.errors) };
  }
  if (err instanceof ValidationError) {
    const entry: ValidationEntry = [err.attribute, err.errmsg, err.errno];
    return { code: JsonRpcCode.InvalidParams, message: 'Invalid params', data: validationData(err.reason, [entry]) };
  }
  if (err instanceof QueryValidationError) {
    return {
      code: JsonRpcCode.InvalidParams,
      message: 'Invalid params',
      data: validationData(err.reason, entriesOf(err)),
    };
  }
  if (err instanceof CallError) {
    return callErrorWire(err.errno, err.reason, err.extra);
  }
  if (err instanceof MatchNotFound || err instanceof MatchNotFoundError) {
    return callErrorWire(Errno.EINVAL, 'MatchNotFound()', null);
  }
  if (err instanceof QueryEvaluationError) return callErrorWire(err.errno, err.reason, null);
  return callErrorWire(Errno.EINVAL, plainReason(err), null);
}

function entriesOf(err: QueryValidationError): ValidationEntry[] {
  return err.issues.map(([attribute, message, errno]): ValidationEntry => [attribute, message, errno]);
}

/** The `-32001` error for a given errno/reason. @internal */
export function callErrorWire(errno: number, reason: string, extra: unknown): WireError {
  return {
    code: JsonRpcCode.MethodCallError,
    message: 'Method call error',
    data: truenasErrorData(errno, reason, extra),
  };
}

function validationData(reason: string, entries: ValidationEntry[]): TruenasErrorData {
  return truenasErrorData(Errno.EINVAL, reason, entries);
}

function plainReason(err: unknown): string {
  if (err instanceof Error) return err.message || `${err.name}()`;
  return String(err);
}

/**
 * Failure fields of a job object (`error`, `exception`, `exc_info`) for what the job body threw.
 *
 * @example
 * ```ts
 * import { toJobFailure, ValidationErrors } from '@tn/mock';
 *
 * toJobFailure(new ValidationErrors([['steps', 'Field required', 22]])).exc_info.type; // 'VALIDATION'
 * ```
 */
export function toJobFailure(err: unknown): {
  error: string;
  exception: string;
  exc_info: { repr: string; type: string; errno: number | null; extra: unknown };
} {
  let type: string;
  let errno: number | null = null;
  let extra: unknown = null;
  let error: string;
  if (err instanceof ValidationErrors) {
    type = 'VALIDATION';
    extra = err.errors;
    error = err.reason;
  } else if (err instanceof ValidationError) {
    type = 'VALIDATION';
    errno = err.errno;
    extra = [[err.attribute, err.errmsg, err.errno]];
    error = err.reason;
  } else if (err instanceof QueryValidationError) {
    type = 'VALIDATION';
    extra = entriesOf(err);
    error = err.reason;
  } else if (err instanceof CallError) {
    type = 'CallError';
    errno = err.errno;
    extra = err.extra;
    error = err.reason;
  } else if (err instanceof QueryEvaluationError) {
    type = err.exception;
    error = err.reason;
  } else if (err instanceof MatchNotFound || err instanceof MatchNotFoundError) {
    type = 'MatchNotFound';
    error = 'MatchNotFound()';
  } else {
    type = err instanceof Error ? err.name : 'Exception';
    error = plainReason(err);
  }
  const repr = `${type === 'VALIDATION' ? 'ValidationErrors' : type}(${JSON.stringify(error)})`;
  const exception = `Traceback (most recent call last):\n  File "<tn-mock>", line 1, in job\n${type}: ${error}\n`;
  return { error, exception, exc_info: { repr, type, errno, extra } };
}

/** `notify_unsubscribed.error` for what ended an event source (`RpcWebSocketApp.notify_unsubscribed`). @internal */
export function toUnsubscribeError(err: unknown): TruenasErrorData | null {
  if (err === undefined || err === null) return null;
  if (err instanceof ValidationErrors) return validationData(err.reason, err.errors);
  if (err instanceof ValidationError) return validationData(err.reason, [[err.attribute, err.errmsg, err.errno]]);
  if (err instanceof QueryValidationError) return validationData(err.reason, entriesOf(err));
  if (err instanceof CallError) return truenasErrorData(err.errno, err.reason, err.extra);
  if (err instanceof QueryEvaluationError) return truenasErrorData(err.errno, err.reason);
  return truenasErrorData(Errno.EINVAL, plainReason(err));
}
