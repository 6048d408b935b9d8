import { z } from 'zod';

/**
 * Input schemas of `zpool status -j` (OpenZFS 2.3+). Loose: every field the adapter reads is optional and accepts
 * the string form (`-j`) and the integer form (`--json-int`); unknown fields are kept.
 *
 * @internal
 */
export const JsonScalarSchema = z.union([z.string(), z.number()]);

/** @internal */
export type JsonScalar = z.infer<typeof JsonScalarSchema>;

/** @internal */
export const RawVdevSchema = z.looseObject({
  name: z.string().optional(),
  vdev_type: z.string().optional(),
  guid: JsonScalarSchema.optional(),
  path: z.string().optional(),
  state: z.string().optional(),
  read_errors: JsonScalarSchema.optional(),
  write_errors: JsonScalarSchema.optional(),
  checksum_errors: JsonScalarSchema.optional(),
  slow_ios: JsonScalarSchema.optional(),
  get vdevs() {
    return z.record(z.string(), RawVdevSchema).optional();
  },
});

/** @internal */
export type RawVdev = z.infer<typeof RawVdevSchema>;

const RawVdevMapSchema = z.record(z.string(), RawVdevSchema);

/** @internal */
export const RawStatsSchema = z.record(z.string(), z.unknown());

/** @internal */
export const RawPoolSchema = z.looseObject({
  name: z.string().optional(),
  state: z.string().optional(),
  pool_guid: JsonScalarSchema.optional(),
  guid: JsonScalarSchema.optional(),
  txg: JsonScalarSchema.optional(),
  spa_version: JsonScalarSchema.optional(),
  zpl_version: JsonScalarSchema.optional(),
  status: z.string().optional(),
  action: z.string().optional(),
  msgid: z.string().optional(),
  moreinfo: z.string().optional(),
  scan_stats: RawStatsSchema.optional(),
  removal_stats: RawStatsSchema.optional(),
  checkpoint_stats: RawStatsSchema.optional(),
  raidz_expand_stats: RawStatsSchema.optional(),
  vdevs: RawVdevMapSchema.optional(),
  logs: RawVdevMapSchema.optional(),
  l2cache: RawVdevMapSchema.optional(),
  spares: RawVdevMapSchema.optional(),
  special: RawVdevMapSchema.optional(),
  dedup: RawVdevMapSchema.optional(),
  error_count: JsonScalarSchema.optional(),
  errors: z.unknown().optional(),
});

/** @internal */
export type RawPool = z.infer<typeof RawPoolSchema>;

/** @internal */
export const RawZpoolStatusSchema = z.looseObject({
  output_version: z.unknown().optional(),
  pools: z.record(z.string(), RawPoolSchema).optional(),
});
