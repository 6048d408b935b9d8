import type { z } from 'zod';
import { Errno } from '../errno.js';
import { ValidationErrors } from '../errors.js';
import { issuesToEntries } from './pydanticMessage.js';

/**
 * One positional parameter: its model argument name, schema and whether it may be omitted.
 *
 * @example
 * ```ts
 * import type { ParamSpec } from '@tn/mock';
 * import { z } from 'zod';
 *
 * const ttl: ParamSpec = { name: 'ttl', schema: z.int().nullable(), default: () => 600 };
 * ```
 */
export type ParamSpec = {
  /** Argument name, used as the attribute prefix in errors (`"options.get"`). */
  name: string;
  /** zod schema; use `z.strictObject` for objects (the middleware forbids extra keys). */
  schema: z.ZodType;
  /** Value used when the argument is omitted; without it the argument is required. */
  default?: () => unknown;
  /** Discriminator key of a tagged union: errors inside a member get the tag in their path, like pydantic. */
  discriminator?: string;
};

/**
 * A positional-params validator: returns the parsed params (defaults filled in) or throws {@link ValidationErrors}
 * with pydantic-style entries (`["", "Too many arguments (expected 2, found 3)", 22]`, `["id", "Field required", 22]`).
 *
 * @example
 * ```ts
 * import { defineParams } from '@tn/mock';
 * import { z } from 'zod';
 *
 * const params = defineParams([{ name: 'id', schema: z.int() }]);
 * params([5]); // [5]
 * ```
 */
export type ParamsValidator = (raw: readonly unknown[]) => unknown[];

/**
 * Builds a {@link ParamsValidator} from positional parameter specs.
 *
 * @example
 * ```ts
 * import { defineParams } from '@tn/mock';
 * import { z } from 'zod';
 *
 * const validate = defineParams([
 *   { name: 'filters', schema: z.array(z.unknown()), default: () => [] },
 *   { name: 'options', schema: z.strictObject({ get: z.boolean().optional() }), default: () => ({}) },
 * ]);
 * validate([]); // [[], {}]
 * ```
 */
export function defineParams(specs: readonly ParamSpec[]): ParamsValidator {
  const count = specs.length;
  return (raw) => {
    if (raw.length > count) {
      throw new ValidationErrors([['', `Too many arguments (expected ${count}, found ${raw.length})`, Errno.EINVAL]]);
    }
    if (count === 0) return [];
    const out: unknown[] = new Array(count);
    const errors = new ValidationErrors();
    for (let i = 0; i < count; i++) {
      const spec = specs[i] as ParamSpec;
      if (i >= raw.length) {
        if (spec.default) out[i] = spec.default();
        else errors.add(spec.name, 'Field required');
        continue;
      }
      const result = spec.schema.safeParse(raw[i], { reportInput: true });
      if (result.success) out[i] = result.data;
      else errors.errors.push(...issuesToEntries(prefixFor(spec, raw[i]), result.error.issues, spec.name));
    }
    errors.check();
    return out;
  };
}

function prefixFor(spec: ParamSpec, value: unknown): string {
  if (!spec.discriminator || typeof value !== 'object' || value === null) return spec.name;
  const tag = (value as Record<string, unknown>)[spec.discriminator];
  return typeof tag === 'string' ? `${spec.name}.${tag}` : spec.name;
}
