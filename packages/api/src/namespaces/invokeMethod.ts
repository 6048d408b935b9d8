import type { z } from 'zod';
import { MethodNotSupportedError } from '../methods/methodNotSupportedError.js';
import { type MethodName, methodSpec } from '../methods/methodSpec.js';
import { ParamsValidationError } from '../methods/paramsValidationError.js';
import { ResultValidationError } from '../methods/resultValidationError.js';
import type { ApiContext, InvokeOptions, MethodParams, MethodResult } from './apiContext.js';
import { toNotFoundError } from './notFoundError.js';

/** Trailing `undefined`s would go out as `null`, which the server refuses: drop them. */
function trimParams(params: readonly unknown[]): unknown[] {
  let end = params.length;
  while (end > 0 && params[end - 1] === undefined) end--;
  return params.slice(0, end);
}

/** A `*.query` whose options carry a non-empty `select`. */
function selectsFields(method: string, wire: readonly unknown[]): boolean {
  if (!method.endsWith('.query')) return false;
  const select = (wire[1] as { select?: unknown } | undefined)?.select;
  return Array.isArray(select) && select.length > 0;
}

/**
 * Calls `method` the typed way: resolves its schemas for the server's version (throws
 * `MethodNotSupportedError` before sending when the version lacks it), validates the params strictly (throws
 * `ParamsValidationError`, nothing sent), runs job methods through `rpc.job` (progress, abort) and others through
 * `rpc.call`, validates the result unless turned off (or shaped by a query's `select`), and maps both "not found" replies to {@link NotFoundError}.
 *
 * @param api - the {@link ApiContext}.
 * @param method - a method of the schema layer.
 * @param params - its positional params.
 * @param options - per-call {@link InvokeOptions}.
 * @returns the parsed result (for jobs: the job's result).
 * @example
 * ```ts
 * import { invokeMethod } from '@tn/api';
 *
 * const dataset = await invokeMethod(api, 'pool.dataset.create', [{ name: 'tank/data' }]);
 * ```
 */
export async function invokeMethod<M extends MethodName>(
  api: ApiContext,
  method: M,
  params: MethodParams<M>,
  options: InvokeOptions = {},
): Promise<MethodResult<M>> {
  const { timeout, signal, onProgress, idempotent, context } = options;
  const version = await api.version();
  const spec = methodSpec(method, version);
  if (!spec.supported) throw new MethodNotSupportedError(spec);
  const wire = trimParams(params as readonly unknown[]);
  const checked = (spec.params as z.ZodType).safeParse(wire);
  if (!checked.success) {
    throw new ParamsValidationError({
      method,
      issues: checked.error.issues,
      paramNames: spec.paramNames,
      cause: checked.error,
    });
  }
  let raw: unknown;
  try {
    raw = spec.job
      ? await api.rpc.job(method, wire, { onProgress, signal, timeout, context })
      : await api.rpc.call(method, wire, { timeout, signal, idempotent, context });
  } catch (error) {
    throw toNotFoundError(error, method, wire) ?? error;
  }
  // Rows shaped by `select` are partial by design: the row schemas' required fields would reject them.
  if (!(options.validateResult ?? api.validateResults) || selectsFields(method, wire)) return raw as MethodResult<M>;
  const parsed = (spec.result as z.ZodType).safeParse(raw);
  if (!parsed.success) {
    throw new ResultValidationError({ method, issues: parsed.error.issues, value: raw, cause: parsed.error });
  }
  return parsed.data as MethodResult<M>;
}
