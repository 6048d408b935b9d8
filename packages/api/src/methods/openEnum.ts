import { z } from 'zod';

/**
 * A string enum the server may extend: known values autocomplete, any other string is accepted. Used for enums in
 * results (params keep closed `z.enum`s, because the server rejects unknown values there).
 *
 * At run time this is a plain `z.string()`, so it costs one `typeof` check; the values only shape the type.
 *
 * @param values the values known today
 * @returns a schema whose output is `values[number] | (string & {})`
 *
 * @example
 * ```ts
 * import { openEnum } from '@tn/api/schemas';
 *
 * const PoolStatusSchema = openEnum(['ONLINE', 'DEGRADED', 'FAULTED']);
 * PoolStatusSchema.parse('SUSPENDED'); // accepted: the server added a value
 * ```
 */
export function openEnum<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodType<T[number] | (string & Record<never, never>), T[number] | (string & Record<never, never>)> {
  void values;
  return z.string() as unknown as z.ZodType<
    T[number] | (string & Record<never, never>),
    T[number] | (string & Record<never, never>)
  >;
}
