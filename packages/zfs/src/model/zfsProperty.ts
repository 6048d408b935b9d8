import { z } from 'zod';

/**
 * One `NAME PROPERTY VALUE SOURCE` row of `zfs get` or `zpool get`. Columns left out with `-o` are missing.
 *
 * @example
 * ```ts
 * import { ZfsPropertySchema } from '@tn/zfs';
 *
 * ZfsPropertySchema.parse({ name: 'tank/data', property: 'mountpoint', value: '/mnt', source: 'default' });
 * ```
 */
export const ZfsPropertySchema = z.looseObject({
  /** Dataset, snapshot or pool name. */
  name: z.string().optional(),
  /** Property name (`mountpoint`, `feature@async_destroy`, `com.example:tag`, ...). */
  property: z.string().optional(),
  /** Value as printed (`-p` gives exact integers; `-` means none). */
  value: z.string().optional(),
  /** Source as printed: `local`, `default`, `-`, `inherited from tank`, `temporary`, `received`. */
  source: z.string().optional(),
  /** Kind of source: `local`, `default`, `inherited`, `temporary`, `received`, `none` (`-`) or as printed. */
  sourceType: z.string().optional(),
  /** Dataset the value is inherited from. */
  inheritedFrom: z.string().optional(),
  /** The `received` column (`-o received`). */
  received: z.string().optional(),
});

/**
 * One property row; see {@link ZfsPropertySchema}.
 *
 * @example
 * ```ts
 * import type { ZfsProperty } from '@tn/zfs';
 *
 * const isLocal = (p: ZfsProperty) => p.sourceType === 'local';
 * ```
 */
export type ZfsProperty = z.infer<typeof ZfsPropertySchema>;

/**
 * Parsed `zfs get` / `zpool get` output.
 *
 * @example
 * ```ts
 * import { ZfsPropertyListSchema } from '@tn/zfs';
 *
 * ZfsPropertyListSchema.parse({ properties: [] });
 * ```
 */
export const ZfsPropertyListSchema = z.looseObject({
  /** Rows in printed order. */
  properties: z.array(ZfsPropertySchema),
});

/**
 * Parsed `zfs get` / `zpool get` output; see {@link ZfsPropertyListSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsPropertyList } from '@tn/zfs';
 *
 * const byName = (list: ZfsPropertyList) => new Map(list.properties.map((p) => [p.property, p.value]));
 * ```
 */
export type ZfsPropertyList = z.infer<typeof ZfsPropertyListSchema>;
