import { z } from 'zod';

/**
 * The catch-all member of a discriminated result union: an object whose discriminator is a string the SDK does not
 * know yet (a variant the server added). Known values are refused here, so a known variant with a broken field still
 * fails validation instead of slipping through as "other".
 *
 * @param key the discriminator field, e.g. `purpose`
 * @param known the discriminator values of the known variants
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { otherVariant } from '@tn/api/schemas';
 *
 * const Options = z.union([
 *   z.discriminatedUnion('purpose', [z.looseObject({ purpose: z.literal('DEFAULT_SHARE') })]),
 *   otherVariant('purpose', ['DEFAULT_SHARE']),
 * ]);
 * Options.parse({ purpose: 'NEW_PURPOSE', extra: 1 }); // kept as is
 * ```
 */
export function otherVariant<K extends string>(key: K, known: readonly unknown[]) {
  const knownSet = new Set(known);
  return z.looseObject({
    [key]: z.string().refine((value) => !knownSet.has(value), { message: `Known ${key} with an invalid shape` }),
  } as { [P in K]: z.ZodString });
}
