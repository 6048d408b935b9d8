import { z } from 'zod';

/**
 * A vdev row of `zpool list -v`.
 *
 * @example
 * ```ts
 * import { ZpoolListVdevSchema } from '@tn/zfs';
 *
 * ZpoolListVdevSchema.parse({ name: 'mirror-0', depth: 1, properties: { size: '24G' } });
 * ```
 */
export const ZpoolListVdevSchema = z.looseObject({
  /** Vdev name as printed. */
  name: z.string(),
  /** Nesting depth: 1 for top-level vdevs, 2 for their children, ... */
  depth: z.number(),
  /** The section it is listed under (`logs`, `cache`, `spares`, `special`, `dedup`), if any. */
  group: z.string().optional(),
  /** Columns of the row by property name, as printed (`-` when not applicable). */
  properties: z.record(z.string(), z.string()),
});

/**
 * A vdev row of `zpool list -v`; see {@link ZpoolListVdevSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolListVdev } from '@tn/zfs';
 *
 * const topLevel = (v: ZpoolListVdev) => v.depth === 1;
 * ```
 */
export type ZpoolListVdev = z.infer<typeof ZpoolListVdevSchema>;

/**
 * One pool of `zpool list`.
 *
 * @example
 * ```ts
 * import { ZpoolListRowSchema } from '@tn/zfs';
 *
 * ZpoolListRowSchema.parse({ name: 'tank', properties: { health: 'ONLINE' }, vdevs: [] });
 * ```
 */
export const ZpoolListRowSchema = z.looseObject({
  /** Pool name (empty when `-o` left it out). */
  name: z.string(),
  /** Every listed column by property name (`size`, `allocated`, `capacity`, `health`, ...), as printed. */
  properties: z.record(z.string(), z.string()),
  /** Vdev rows below the pool (`-v`), in printed order. */
  vdevs: z.array(ZpoolListVdevSchema),
});

/**
 * One pool of `zpool list`; see {@link ZpoolListRowSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolListRow } from '@tn/zfs';
 *
 * const healthy = (row: ZpoolListRow) => row.properties.health === 'ONLINE';
 * ```
 */
export type ZpoolListRow = z.infer<typeof ZpoolListRowSchema>;

/**
 * Parsed `zpool list` output.
 *
 * @example
 * ```ts
 * import { ZpoolListSchema } from '@tn/zfs';
 *
 * ZpoolListSchema.parse({ columns: ['name', 'health'], pools: [] });
 * ```
 */
export const ZpoolListSchema = z.looseObject({
  /** Property names of the columns, in printed order. */
  columns: z.array(z.string()),
  /** Pools in printed order. */
  pools: z.array(ZpoolListRowSchema),
});

/**
 * Parsed `zpool list` output; see {@link ZpoolListSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolList } from '@tn/zfs';
 *
 * const names = (list: ZpoolList) => list.pools.map((p) => p.name);
 * ```
 */
export type ZpoolList = z.infer<typeof ZpoolListSchema>;
