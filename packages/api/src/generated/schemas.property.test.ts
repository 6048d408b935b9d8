// Property tests over every method of the table: a valid result with random extra keys still parses and keeps them
// (also once the schema is compiled, after its third parse), and params refuse any unknown key.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { type MethodName, methodTable } from '../schemas.js';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  items?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A small valid value of `schema`: required keys only, one element per array, the first union member that fits. */
function sampleOf(schema: z.ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'x';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'null':
    case 'unknown':
    case 'any':
      return null;
    case 'date':
      return new Date(0);
    case 'literal':
      return def.values?.[0];
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'optional':
      return undefined;
    case 'nullable':
      return sampleOf(def.innerType as z.ZodType);
    case 'array':
      return [sampleOf(def.element as z.ZodType)];
    case 'record':
      return {};
    case 'tuple':
      return (def.items ?? []).map(sampleOf);
    case 'pipe':
      return sampleOf(def.in as z.ZodType);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const value = sampleOf(child);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'union':
      for (const option of def.options ?? []) {
        const value = sampleOf(option);
        if (option.safeParse(value).success) return value;
      }
      throw new Error('no union member could be sampled');
    case 'custom':
      for (const candidate of [{}, 'x', 1, null]) if (schema.safeParse(candidate).success) return candidate;
      throw new Error('no custom sample');
    default:
      throw new Error(`cannot sample ${def.type}`);
  }
}

/** The object the extra keys go into: the result itself, or the first row of a list result. */
function target(value: unknown): Record<string, unknown> | undefined {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (candidate === null || typeof candidate !== 'object' || Array.isArray(candidate) || candidate instanceof Date) {
    return undefined;
  }
  return candidate as Record<string, unknown>;
}

const methods = Object.keys(methodTable) as MethodName[];
const resultSchemas = methods.flatMap((method) => {
  const entry = methodTable[method] as { result: z.ZodType; resultByVersion?: Record<string, z.ZodType> };
  const all = new Set<z.ZodType>([entry.result, ...Object.values(entry.resultByVersion ?? {})]);
  return [...all].map((schema) => ({ method, schema }));
});
const paramsSchemas = methods.flatMap((method) => {
  const entry = methodTable[method] as { params: z.ZodType; paramsByVersion?: Record<string, z.ZodType> };
  const all = new Set<z.ZodType>([entry.params, ...Object.values(entry.paramsByVersion ?? {})]);
  return [...all].map((schema) => ({ method, schema }));
});

const extraKey = fc.string({ minLength: 1, maxLength: 12 }).map((k) => `x_${k}`);
const extras = fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 });

describe('every method of the table', () => {
  test('default: each result schema has a valid sample', () => {
    for (const { method, schema } of resultSchemas) {
      const sample = sampleOf(schema);
      expect(schema.safeParse(sample).success, method).toBe(true);
    }
  });

  test.each(resultSchemas)('behavior: $method result keeps random extra keys', ({ method, schema }) => {
    const sample = sampleOf(schema);
    // A primitive result has no keys to add; a map (`z.record`) has data for keys, whose values it checks.
    if (!target(sample) || defOf(schema).type === 'record') return;
    fc.assert(
      fc.property(extras, (added) => {
        const value = structuredClone(sample);
        Object.assign(target(value) as object, added);
        const parsed = schema.safeParse(value);
        expect(parsed.success, method).toBe(true);
        const out = target(parsed.data) as Record<string, unknown>;
        for (const [key, v] of Object.entries(added)) expect(out[key]).toEqual(v);
      }),
      { numRuns: 25 },
    );
  });

  test('behavior: each params schema refuses any unknown key in its object params', () => {
    let checked = 0;
    for (const { method, schema } of paramsSchemas) {
      const tuple = defOf(schema).items ?? [];
      tuple.forEach((item, index) => {
        const sample = sampleOf(schema) as unknown[];
        let inner = item;
        while (['optional', 'nullable'].includes(defOf(inner).type)) inner = defOf(inner).innerType as z.ZodType;
        const value = sampleOf(inner);
        if (defOf(inner).type !== 'object' || !target(value)) return;
        fc.assert(
          fc.property(extraKey, (key) => {
            const params = [...sample];
            params[index] = { ...(value as object), [key]: 1 };
            const result = schema.safeParse(params);
            expect(result.success, `${method} [${index}].${key}`).toBe(false);
            expect(result.error?.issues, method).toContainEqual(
              expect.objectContaining({ code: 'unrecognized_keys', path: [index], keys: [key] }),
            );
          }),
          { numRuns: 10 },
        );
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(50);
  });
});
