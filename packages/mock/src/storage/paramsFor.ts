import { type MethodName, methodSpec } from '@tn/api/schemas';
import type { z } from 'zod';
import { Errno } from '../errno.js';
import { ValidationErrors } from '../errors.js';
import { MockErrorCode, MockServerError } from '../mockServerError.js';
import type { ParamsValidator } from '../params/defineParams.js';
import { issuesToEntries } from '../params/pydanticMessage.js';
import type { VersionProfile } from '../profile.js';

/**
 * How to report a failed union parameter like pydantic does for the middleware's tagged models: pick the member the
 * value was meant to be, validate against it only, and put the member's model name in the error path
 * (`data.PoolDatasetCreateVolume.volsize`).
 * @internal
 */
export type UnionRule = {
  /** Model names of the union members, in schema order. */
  members: readonly string[];
  /** Index of the member a (plain object) value targets. */
  pick(value: Record<string, unknown>): number;
};

/** Options of {@link paramsFor}. @internal */
export type ParamsForOptions = {
  /** Attribute names of the positional params on this version (default: the method table's names). */
  names?: readonly string[];
  /** Union rules by param index. */
  unions?: Readonly<Record<number, UnionRule>>;
};

type Def = { type: string; items?: readonly z.ZodType[]; innerType?: z.ZodType; options?: readonly z.ZodType[] };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A {@link ParamsValidator} built from `methodSpec(method, version).params` (`@tn/api/schemas`, the generated
 * strict schemas): arity (`Too many arguments`), `Field required` for missing required params, and every zod issue
 * turned into a pydantic-worded `[attribute, message, 22]` entry whose path starts with the param name. Optional
 * params that are omitted are passed to the handler as `undefined`.
 * @internal
 */
export function paramsFor(
  method: MethodName,
  version: VersionProfile,
  options: ParamsForOptions = {},
): ParamsValidator {
  const spec = methodSpec(method, version);
  if (!spec.supported) {
    throw new MockServerError(MockErrorCode.InvalidConfig, `${method} does not exist on ${version} (${spec.reason})`);
  }
  const tuple = defOf(spec.params as z.ZodType);
  const items = tuple.type === 'tuple' ? (tuple.items ?? []) : [];
  const names = options.names ?? spec.paramNames;
  return (raw) => {
    if (raw.length > items.length) {
      throw new ValidationErrors([
        ['', `Too many arguments (expected ${items.length}, found ${raw.length})`, Errno.EINVAL],
      ]);
    }
    const out: unknown[] = [];
    const errors = new ValidationErrors();
    items.forEach((item, i) => {
      const name = names[i] ?? String(i);
      const def = defOf(item);
      const optional = def.type === 'optional';
      const schema = optional && def.innerType ? def.innerType : item;
      if (i >= raw.length) {
        if (!optional) errors.add(name, 'Field required');
        out.push(undefined);
        return;
      }
      const value = raw[i];
      const rule = options.unions?.[i];
      const members = defOf(schema).options;
      if (rule && members && isRecord(value)) {
        const index = rule.pick(value);
        const member = members[index] as z.ZodType;
        const parsed = member.safeParse(value, { reportInput: true });
        if (parsed.success) out.push(parsed.data);
        else errors.errors.push(...issuesToEntries(`${name}.${rule.members[index]}`, parsed.error.issues));
        return;
      }
      const parsed = schema.safeParse(value, { reportInput: true });
      if (parsed.success) out.push(parsed.data);
      else errors.errors.push(...issuesToEntries(name, parsed.error.issues));
    });
    errors.check();
    return out;
  };
}

/**
 * The zod schema of one positional param of a method on a version (unwrapped when optional), e.g. the `id` of a
 * `get_instance`.
 * @internal
 */
export function paramSchema(method: MethodName, version: VersionProfile, index: number): z.ZodType {
  const spec = methodSpec(method, version);
  if (!spec.supported) throw new MockServerError(MockErrorCode.InvalidConfig, `${method} is not on ${version}`);
  const item = defOf(spec.params as z.ZodType).items?.[index];
  if (!item) throw new MockServerError(MockErrorCode.InvalidConfig, `${method} has no param ${index}`);
  const def = defOf(item);
  return def.type === 'optional' && def.innerType ? def.innerType : item;
}

/** Attribute names of 25.04 params where they differ from 25.10 (legacy model argument names). @internal */
export const LEGACY_PARAM_NAMES: Readonly<Partial<Record<MethodName, readonly string[]>>> = {
  'pool.attach': ['oid', 'pool_attach'],
  'pool.dataset.create': ['pool_dataset_create'],
  'pool.dataset.update': ['id', 'pool_dataset_update'],
  'pool.dataset.delete': ['id', 'dataset_delete'],
};

/** {@link paramsFor} with the version's legacy names applied. @internal */
export function storageParams(
  method: MethodName,
  version: VersionProfile,
  unions?: ParamsForOptions['unions'],
): ParamsValidator {
  const names = version === '25.04' ? LEGACY_PARAM_NAMES[method] : undefined;
  return paramsFor(method, version, { ...(names ? { names } : {}), ...(unions ? { unions } : {}) });
}
