import { z } from 'zod';

const WireDateSchema = z.strictObject({ $date: z.number() }).transform(({ $date }) => new Date($date));

/**
 * A middleware datetime: a `Date` (what `@tn/rpc` makes of `{"$date": ms}` while decoding a message) or the raw
 * `{"$date": ms}` object (data that did not go through the client), which becomes a `Date`.
 *
 * @example
 * ```ts
 * import { DateTimeSchema } from '@tn/api/schemas';
 *
 * DateTimeSchema.parse({ $date: 1_700_000_000_000 }); // Date 2023-11-14T22:13:20.000Z
 * DateTimeSchema.parse(new Date(0)); // the same Date
 * ```
 */
export const DateTimeSchema = z.union([z.date(), WireDateSchema]);

/**
 * Input accepted by {@link DateTimeSchema}.
 *
 * @example
 * ```ts
 * import type { DateTimeInput } from '@tn/api/schemas';
 *
 * const at: DateTimeInput = { $date: 0 };
 * ```
 */
export type DateTimeInput = z.input<typeof DateTimeSchema>;
