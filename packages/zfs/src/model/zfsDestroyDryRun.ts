import { z } from 'zod';
import { UnrecognizedLineSchema } from './unrecognizedLine.js';
import { ZfsNumberSchema } from './zfsNumber.js';

/**
 * Parsed `zfs destroy -nv` (dry run) or `zfs destroy -v` output.
 *
 * @example
 * ```ts
 * import { ZfsDestroyDryRunSchema } from '@tn/zfs';
 *
 * ZfsDestroyDryRunSchema.parse({ dryRun: true, datasets: ['tank/fs@a'] });
 * ```
 */
export const ZfsDestroyDryRunSchema = z.looseObject({
  /** `true` for `would destroy` / `-n` output, `false` for `will destroy`. */
  dryRun: z.boolean(),
  /** Datasets and snapshots (to be) destroyed, in printed order. */
  datasets: z.array(z.string()),
  /** Space (to be) reclaimed. */
  reclaim: ZfsNumberSchema.optional(),
  /** Lines kept verbatim by a lenient (`strict: false`) parse. */
  unrecognized: z.array(UnrecognizedLineSchema).optional(),
});

/**
 * Parsed `zfs destroy -nv` output; see {@link ZfsDestroyDryRunSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsDestroyDryRun } from '@tn/zfs';
 *
 * const bytes = (d: ZfsDestroyDryRun) => d.reclaim?.value ?? 0;
 * ```
 */
export type ZfsDestroyDryRun = z.infer<typeof ZfsDestroyDryRunSchema>;
