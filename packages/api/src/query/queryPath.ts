/**
 * Escapes literal dots in a key as the server expects (`"a.b"` -> `"a\\.b"`).
 *
 * @example
 * ```ts
 * import type { QueryPathEscape } from '@tn/api';
 *
 * type K = QueryPathEscape<'user.prop'>; // 'user\\.prop'
 * ```
 */
export type QueryPathEscape<K extends string> = K extends `${infer Head}.${infer Tail}`
  ? `${Head}\\.${QueryPathEscape<Tail>}`
  : K;

/**
 * The dotted field paths of a row type, for the typed filter builder: nested keys (`"used.parsed"`), literal dots
 * escaped (`"a\\.b"`), array indexes (`"disks.0.name"`) and `*` (`"local_groups.*.name"`). Paths deeper than five
 * levels, and every path of an untyped row, fall back to `string`.
 *
 * @example
 * ```ts
 * import type { QueryPath } from '@tn/api';
 *
 * type P = QueryPath<{ name: string; used: { parsed: number } }>; // 'name' | 'used' | 'used.parsed'
 * ```
 */
export type QueryPath<T, D extends number = 5> = [D] extends [never]
  ? string
  : unknown extends T
    ? string
    : T extends readonly (infer E)[]
      ?
          | `${number}`
          | '*'
          | `${number}.${QueryPath<NonNullable<E>, [never, 0, 1, 2, 3, 4][D]>}`
          | `*.${QueryPath<NonNullable<E>, [never, 0, 1, 2, 3, 4][D]>}`
      : T extends Date
        ? never
        : T extends object
          ? {
              [K in keyof T & string]:
                | QueryPathEscape<K>
                | `${QueryPathEscape<K>}.${QueryPath<NonNullable<T[K]>, [never, 0, 1, 2, 3, 4][D]>}`;
            }[keyof T & string]
          : never;

/**
 * Splits a path at unescaped dots and unescapes `\\.`, as the server's `partition()` does.
 *
 * @example
 * ```ts
 * import type { QueryPathSegments } from '@tn/api';
 *
 * type S = QueryPathSegments<'a\\.b.c'>; // ['a.b', 'c']
 * ```
 */
export type QueryPathSegments<P extends string, Acc extends string = ''> = P extends `${infer Head}.${infer Tail}`
  ? Head extends `${infer Escaped}\\`
    ? QueryPathSegments<Tail, `${Acc}${Escaped}.`>
    : [`${Acc}${Head}`, ...QueryPathSegments<Tail>]
  : [`${Acc}${P}`];

/**
 * The value type reached by walking path segments through `T` (lists by index or `*`, `null` passed through).
 *
 * @example
 * ```ts
 * import type { QueryPathWalk } from '@tn/api';
 *
 * type V = QueryPathWalk<{ disks: { name: string }[] }, ['disks', '*', 'name']>; // string
 * ```
 */
export type QueryPathWalk<T, Segments extends readonly string[]> = Segments extends [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? T extends null | undefined
    ? T
    : T extends readonly (infer E)[]
      ? QueryPathWalk<E, Rest>
      : Head extends keyof T
        ? QueryPathWalk<T[Head], Rest>
        : unknown
  : T;

/**
 * The value type found at a {@link QueryPath} (for `*`, the element's value, which is what the filter compares).
 *
 * @example
 * ```ts
 * import type { QueryPathValue } from '@tn/api';
 *
 * type V = QueryPathValue<{ used: { parsed: number } }, 'used.parsed'>; // number
 * ```
 */
export type QueryPathValue<T, P extends string> = unknown extends T ? unknown : QueryPathWalk<T, QueryPathSegments<P>>;
