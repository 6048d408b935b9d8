import type { z } from 'zod';
import { type MethodName, type ParamsSchemaOf, type ResultSchemaOf, requireMethodSpec } from './methodSpec.js';
import { ParamsValidationError } from './paramsValidationError.js';
import { ResultValidationError } from './resultValidationError.js';
import type { ServerVersion } from './serverVersion.js';

/**
 * Validates the positional params of a call against the method's strict schema for that server version.
 *
 * @returns the params (unchanged: params schemas do not transform)
 * @throws {@link ParamsValidationError} when they do not match; `MethodNotSupportedError` when the method is absent
 * or private on that version. Either way nothing should be sent.
 *
 * @example
 * ```ts
 * import { parseMethodParams } from '@tn/api/schemas';
 *
 * const params = parseMethodParams('pool.dataset.create', '25.10', [{ name: 'tank/data' }]);
 * ```
 */
export function parseMethodParams<M extends MethodName, V extends ServerVersion>(
  method: M,
  version: V,
  params: unknown,
): z.output<ParamsSchemaOf<M, V>> {
  const spec = requireMethodSpec(method, version);
  const parsed = (spec.params as z.ZodType).safeParse(params);
  if (!parsed.success) {
    throw new ParamsValidationError({
      method,
      issues: parsed.error.issues,
      paramNames: spec.paramNames,
      cause: parsed.error,
    });
  }
  return parsed.data as z.output<ParamsSchemaOf<M, V>>;
}

/**
 * Validates a server result against the method's loose result schema for that server version (unknown keys are
 * kept, `{"$date": ms}` and `Date` both become `Date`).
 *
 * @throws {@link ResultValidationError} when a field the SDK depends on has the wrong type or is missing.
 *
 * @example
 * ```ts
 * import { parseMethodResult } from '@tn/api/schemas';
 *
 * declare const raw: unknown;
 * const pools = parseMethodResult('pool.query', '25.10', raw);
 * ```
 */
export function parseMethodResult<M extends MethodName, V extends ServerVersion>(
  method: M,
  version: V,
  value: unknown,
): z.output<ResultSchemaOf<M, V>> {
  const spec = requireMethodSpec(method, version);
  const parsed = (spec.result as z.ZodType).safeParse(value);
  if (!parsed.success) {
    throw new ResultValidationError({ method, issues: parsed.error.issues, value, cause: parsed.error });
  }
  return parsed.data as z.output<ResultSchemaOf<M, V>>;
}
