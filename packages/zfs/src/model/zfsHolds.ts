import { z } from 'zod';
import { ZfsDateSchema } from './zfsDate.js';

/**
 * One user hold of `zfs holds`.
 *
 * @example
 * ```ts
 * import { ZfsHoldSchema } from '@tn/zfs';
 *
 * ZfsHoldSchema.parse({ snapshot: 'tank/fs@a', tag: 'keep', timestamp: { text: 'Sun Nov 22  1:57 2026' } });
 * ```
 */
export const ZfsHoldSchema = z.looseObject({
  /** The held snapshot. */
  snapshot: z.string(),
  /** The hold tag. */
  tag: z.string(),
  /** When the hold was placed (`-p` prints epoch seconds). */
  timestamp: ZfsDateSchema.optional(),
});

/**
 * One hold; see {@link ZfsHoldSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsHold } from '@tn/zfs';
 *
 * const tags = (holds: ZfsHold[]) => holds.map((h) => h.tag);
 * ```
 */
export type ZfsHold = z.infer<typeof ZfsHoldSchema>;

/**
 * Parsed `zfs holds` output.
 *
 * @example
 * ```ts
 * import { ZfsHoldsSchema } from '@tn/zfs';
 *
 * ZfsHoldsSchema.parse({ holds: [] });
 * ```
 */
export const ZfsHoldsSchema = z.looseObject({
  /** Holds in printed order. */
  holds: z.array(ZfsHoldSchema),
});

/**
 * Parsed `zfs holds` output; see {@link ZfsHoldsSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsHolds } from '@tn/zfs';
 *
 * const held = (h: ZfsHolds) => new Set(h.holds.map((x) => x.snapshot));
 * ```
 */
export type ZfsHolds = z.infer<typeof ZfsHoldsSchema>;
