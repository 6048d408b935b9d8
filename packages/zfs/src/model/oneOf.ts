import { z } from 'zod';

/**
 * `z.enum(values)` typed as a plain `ZodType` of the string union, so documentation tools show the union rather
 * than zod's internal enum-object type.
 *
 * @internal
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): z.ZodType<T[number]> {
  return z.enum(values) as unknown as z.ZodType<T[number]>;
}
