import { z } from 'zod';

/**
 * One dataset of `zfs list`: its name and the listed properties as printed (`-p` gives exact integers).
 *
 * @example
 * ```ts
 * import { ZfsListRowSchema } from '@tn/zfs';
 *
 * ZfsListRowSchema.parse({ name: 'tank/data', properties: { name: 'tank/data', used: '9007104' } });
 * ```
 */
export const ZfsListRowSchema = z.looseObject({
  /** The `name` column (empty when `-o` left it out). */
  name: z.string(),
  /** Every listed column by property name (`used`, `available`, `mountpoint`, ...), values as printed. */
  properties: z.record(z.string(), z.string()),
});

/**
 * One dataset of `zfs list`; see {@link ZfsListRowSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsListRow } from '@tn/zfs';
 *
 * const used = (row: ZfsListRow) => Number(row.properties.used);
 * ```
 */
export type ZfsListRow = z.infer<typeof ZfsListRowSchema>;

/**
 * Parsed `zfs list` output.
 *
 * @example
 * ```ts
 * import { ZfsListSchema } from '@tn/zfs';
 *
 * ZfsListSchema.parse({ columns: ['name'], datasets: [] });
 * ```
 */
export const ZfsListSchema = z.looseObject({
  /** Property names of the columns, in printed order. */
  columns: z.array(z.string()),
  /** Datasets in printed order. */
  datasets: z.array(ZfsListRowSchema),
});

/**
 * Parsed `zfs list` output; see {@link ZfsListSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsList } from '@tn/zfs';
 *
 * const names = (list: ZfsList) => list.datasets.map((d) => d.name);
 * ```
 */
export type ZfsList = z.infer<typeof ZfsListSchema>;
