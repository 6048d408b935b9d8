import { z } from 'zod';

/**
 * A line a lenient (`strict: false`) parser did not recognise and kept verbatim.
 *
 * @example
 * ```ts
 * import { UnrecognizedLineSchema } from '@tn/zfs';
 *
 * UnrecognizedLineSchema.parse({ line: 4, text: '1098368' });
 * ```
 */
export const UnrecognizedLineSchema = z.object({
  /** 1-based line number. */
  line: z.number(),
  /** The line as printed. */
  text: z.string(),
});

/**
 * A line kept verbatim by a lenient parser; see {@link UnrecognizedLineSchema}.
 *
 * @example
 * ```ts
 * import type { UnrecognizedLine } from '@tn/zfs';
 *
 * const skipped: UnrecognizedLine = { line: 4, text: '1098368' };
 * ```
 */
export type UnrecognizedLine = z.infer<typeof UnrecognizedLineSchema>;
