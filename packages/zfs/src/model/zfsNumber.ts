import { z } from 'zod';

/**
 * A number as zfs/zpool printed it: the parsed `value`, the original `text`, and whether `value` is `exact`.
 *
 * Human-readable values such as `1.68K` are rounded by zfs (`zfs_nicenum`, base 1024), so they parse to an
 * approximation (`exact: false`). Values printed in full (`-p`, plain counts, `21K` exact multiples) are exact.
 *
 * @example
 * ```ts
 * import { ZfsNumberSchema } from '@tn/zfs';
 *
 * ZfsNumberSchema.parse({ value: 1720, text: '1.68K', exact: false });
 * ```
 */
export const ZfsNumberSchema = z.object({
  /** The parsed value (bytes for sizes, a count for counters). */
  value: z.number(),
  /** The text as printed. */
  text: z.string(),
  /** `false` when `value` is an approximation of a rounded, human-readable number. */
  exact: z.boolean(),
});

/**
 * A parsed zfs/zpool number; see {@link ZfsNumberSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsNumber } from '@tn/zfs';
 *
 * const errors: ZfsNumber = { value: 0, text: '0', exact: true };
 * ```
 */
export type ZfsNumber = z.infer<typeof ZfsNumberSchema>;
