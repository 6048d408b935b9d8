import { type ParsedQueryArgs, parseQueryArgs, type QueryOptions } from '@tn/api';
import { z } from 'zod';
import { Errno } from '../errno.js';
import { type ValidationEntry, ValidationErrors } from '../errors.js';
import type { VersionProfile } from '../profile.js';
import type { ParamsValidator } from './defineParams.js';
import { issuesToEntries } from './pydanticMessage.js';

/** Keys the 25.04 `QueryOptions` model still accepts (and ignores in memory); 25.10 rejects them. */
const LEGACY_OPTIONS = z.object({
  relationships: z.boolean().optional(),
  extend: z.string().max(1024).nullable().optional(),
  extend_context: z.string().max(1024).nullable().optional(),
  prefix: z.string().max(1024).nullable().optional(),
});
const LEGACY_KEYS = ['relationships', 'extend', 'extend_context', 'prefix'] as const;

/**
 * Validates `(filters, options)` of a query exactly like the middleware (through the `@tn/api` query engine's
 * `parseQueryArgs`): on 25.04 the legacy option keys are checked and dropped first. Throws `QueryValidationError`
 * (or `ValidationErrors` for the legacy keys), both sent as -32602.
 * @internal
 */
export function parseQueryParams(profile: VersionProfile, filters: unknown, options: unknown): ParsedQueryArgs {
  let rest = options;
  if (profile === '25.04' && typeof options === 'object' && options !== null && !Array.isArray(options)) {
    const legacy = LEGACY_OPTIONS.safeParse(options, { reportInput: true });
    if (!legacy.success) throw new ValidationErrors(issuesToEntries('options', legacy.error.issues));
    const copy: Record<string, unknown> = { ...(options as Record<string, unknown>) };
    for (const key of LEGACY_KEYS) delete copy[key];
    rest = copy;
  }
  return parseQueryArgs(filters, rest);
}

/**
 * A {@link ParamsValidator} for `*.query(filters = [], options = {})`: arity, then {@link parseQueryParams}. The
 * handler receives `[filters, options]` with defaults filled in.
 * @internal
 */
export function queryParams(profile: VersionProfile): ParamsValidator {
  return (raw) => {
    tooMany(raw, 2);
    const { filters, options } = parseQueryParams(profile, raw[0], raw[1]);
    return [filters, options];
  };
}

/**
 * A {@link ParamsValidator} for `get_instance(id, options = {})`: `id` with `idSchema`, `options` through the query
 * engine. The handler receives `[id, options]`.
 * @internal
 */
export function getInstanceParams(profile: VersionProfile, idSchema: z.ZodType): ParamsValidator {
  return (raw) => {
    tooMany(raw, 2);
    if (raw.length === 0) throw new ValidationErrors([['id', 'Field required', Errno.EINVAL]]);
    const id = idSchema.safeParse(raw[0], { reportInput: true });
    const entries: ValidationEntry[] = id.success ? [] : issuesToEntries('id', id.error.issues);
    if (entries.length > 0) throw new ValidationErrors(entries);
    const { options } = parseQueryParams(profile, [], raw[1]);
    return [id.data, options satisfies QueryOptions];
  };
}

function tooMany(raw: readonly unknown[], count: number): void {
  if (raw.length > count) {
    throw new ValidationErrors([['', `Too many arguments (expected ${count}, found ${raw.length})`, Errno.EINVAL]]);
  }
}
