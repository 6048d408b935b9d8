// Small pieces of the emitter: type-string splitting, pydantic discriminators and constraint checks as zod text.
import type { Constraints, ObjectShape } from './methodsJson.js';

/** Splits `array<string|integer>|null` at top-level bars. */
export function splitType(type: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of type) {
    if (ch === '<') depth++;
    if (ch === '>') depth--;
    if (ch === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.filter(Boolean);
}

/** A field every variant requires, typed as an enum, with disjoint values: a pydantic discriminator. */
export function findDiscriminator(variants: ObjectShape[]): string | undefined {
  const first = variants[0]?.fields ?? [];
  for (const candidate of first) {
    if (!candidate.required || candidate.type !== 'enum') continue;
    const seen = new Set<unknown>();
    const ok = variants.every((v) => {
      const field = v.fields?.find((f) => f.name === candidate.name);
      if (!field?.required || field.type !== 'enum' || !field.enum) return false;
      return field.enum.every((value) => value !== null && !seen.has(value) && seen.add(value));
    });
    if (ok) return candidate.name;
  }
  return undefined;
}

/** `z.string()` with the params-side checks; pydantic models cap strings at 1024 characters. */
export function stringParam(c: Constraints, pydantic: boolean): string {
  let s = 'z.string()';
  if (c.min_length !== undefined) s += `.min(${c.min_length})`;
  const max = c.max_length ?? (pydantic ? 1024 : undefined);
  if (max !== undefined) s += `.max(${max})`;
  if (c.pattern !== undefined) s += `.regex(/${c.pattern.replace(/\//g, '\\/')}/)`;
  return s;
}

/** Range checks of a number. */
export function numberChecks(c: Constraints): string {
  let s = '';
  if (c.ge !== undefined) s += `.gte(${c.ge})`;
  if (c.gt !== undefined) s += `.gt(${c.gt})`;
  if (c.le !== undefined) s += `.lte(${c.le})`;
  if (c.lt !== undefined) s += `.lt(${c.lt})`;
  return s;
}

/** Length checks of an array. */
export function lengthChecks(c: Constraints): string {
  let s = '';
  if (c.min_length !== undefined) s += `.min(${c.min_length})`;
  if (c.max_length !== undefined) s += `.max(${c.max_length})`;
  return s;
}
