import { QueryEvaluationError } from './queryEvaluationError.js';

/**
 * Splits a dotted field path the way the server's `partition()` does: `.` separates segments, `\.` is a literal dot,
 * and a trailing `.` is ignored.
 *
 * @param path - A field path such as `"props.a"` or `"user\\.props.a"`.
 * @returns The path segments (`[]` for the empty path, which names the row itself).
 * @internal
 * @example
 * ```ts
 * import { splitFieldPath } from './fieldPath.js';
 *
 * splitFieldPath('a\\.b.c'); // ['a.b', 'c']
 * ```
 */
export function splitFieldPath(path: string): string[] {
  const segments: string[] = [];
  let rest = path;
  let pending = '';
  while (rest !== '') {
    const dot = rest.indexOf('.');
    if (dot < 0) {
      segments.push(pending + rest);
      return segments;
    }
    const left = rest.slice(0, dot);
    rest = rest.slice(dot + 1);
    if (left.endsWith('\\')) {
      pending += `${left.slice(0, -1)}.`;
      if (rest === '') segments.push(pending);
      continue;
    }
    segments.push(pending + left);
    pending = '';
  }
  return segments;
}

const NOT_INDEX = -1;
const WILDCARD = -2;

/**
 * A field path prepared once for fast lookups in every row.
 *
 * @internal
 * @example
 * ```ts
 * import { compileFieldPath, type CompiledFieldPath } from './fieldPath.js';
 *
 * const path: CompiledFieldPath = compileFieldPath('disks.0.name');
 * ```
 */
export type CompiledFieldPath = {
  /** The segments, unescaped. */
  readonly segments: readonly string[];
  /** Per segment: the array index it denotes, -1 when it is not a number, -2 for `*`. */
  readonly indexes: readonly number[];
  /** Per segment: whether the key also names an `Object.prototype` member and needs an own-property check. */
  readonly guarded: readonly boolean[];
};

/**
 * Prepares a field path for {@link resolveFieldPath}.
 *
 * @param path - The dotted path.
 * @returns The compiled path.
 * @internal
 * @example
 * ```ts
 * import { compileFieldPath } from './fieldPath.js';
 *
 * compileFieldPath('local_groups.*.name').indexes; // [-1, -2, -1]
 * ```
 */
export function compileFieldPath(path: string): CompiledFieldPath {
  const segments = splitFieldPath(path);
  return {
    segments,
    indexes: segments.map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s === '*' ? WILDCARD : NOT_INDEX)),
    guarded: segments.map((s) => s in Object.prototype),
  };
}

/**
 * Marks a key that does not exist (the server's `undefined` sentinel): the condition is false.
 *
 * @internal
 * @example
 * ```ts
 * import { MISSING, compileFieldPath, resolveFieldPath } from './fieldPath.js';
 *
 * resolveFieldPath({}, compileFieldPath('a'), 0) === MISSING; // true
 * ```
 */
export const MISSING: unique symbol = Symbol('MISSING');

/**
 * Returned when a `*` segment meets an array: the caller tries each element with the rest of the path.
 *
 * @internal
 * @example
 * ```ts
 * import { WildcardHit, compileFieldPath, resolveFieldPath } from './fieldPath.js';
 *
 * const hit = resolveFieldPath({ a: [{ b: 1 }] }, compileFieldPath('a.*.b'), 0);
 * if (hit instanceof WildcardHit) console.log(hit.items, hit.next); // [{ b: 1 }] 2
 * ```
 */
export class WildcardHit {
  constructor(
    /** The array the wildcard met. */
    readonly items: readonly unknown[],
    /** Index of the first path segment after the `*`. */
    readonly next: number,
  ) {}
}

/**
 * Looks a compiled path up in a value with the server's `get_impl` rules: dict keys, numeric array indexes (out of
 * range gives `null`), `*` over arrays, and scalars (including `null` and dates) ending the walk as they are.
 *
 * @param value - The row (or a nested value).
 * @param path - The compiled path.
 * @param from - The first segment to use.
 * @returns The value, {@link MISSING}, or a {@link WildcardHit}.
 * @throws {QueryEvaluationError} `ValueError` when a non-numeric segment other than `*` meets an array.
 * @internal
 * @example
 * ```ts
 * import { compileFieldPath, resolveFieldPath } from './fieldPath.js';
 *
 * resolveFieldPath({ disks: [{ name: 'sda' }] }, compileFieldPath('disks.0.name'), 0); // 'sda'
 * ```
 */
export function resolveFieldPath(value: unknown, path: CompiledFieldPath, from: number): unknown {
  const { segments, indexes, guarded } = path;
  let current = value;
  for (let i = from; i < segments.length; i++) {
    if (typeof current !== 'object' || current === null) return current;
    if (Array.isArray(current)) {
      const index = indexes[i] as number;
      if (index >= 0) {
        current = index < current.length ? (current[index] ?? null) : null;
      } else if (index === WILDCARD) {
        return new WildcardHit(current, i + 1);
      } else {
        throw new QueryEvaluationError('ValueError', `${segments[i]}: must be array index or wildcard character`);
      }
    } else if (current instanceof Date) {
      return current;
    } else {
      const key = segments[i] as string;
      const next = (current as Record<string, unknown>)[key];
      if (next === undefined || (guarded[i] && !Object.hasOwn(current, key))) return MISSING;
      current = next;
    }
  }
  return current;
}
