import { z } from 'zod';
import type { VersionProfile } from '../profile.js';

const base = {
  extra: z.record(z.string(), z.unknown()).optional(),
  order_by: z.array(z.string()).optional(),
  select: z.array(z.union([z.string(), z.tuple([z.string(), z.string()])])).optional(),
  count: z.boolean().optional(),
  get: z.boolean().optional(),
  offset: z.int().min(0).optional(),
  limit: z.int().min(0).optional(),
  force_sql_filters: z.boolean().optional(),
};

const v2510 = z.strictObject(base);
const v2504 = z.strictObject({
  ...base,
  relationships: z.boolean().optional(),
  extend: z.string().nullable().optional(),
  extend_context: z.string().nullable().optional(),
  prefix: z.string().nullable().optional(),
});

/**
 * The `QueryOptions` model of a profile: 25.10 rejects the legacy `relationships/extend/extend_context/prefix` keys
 * that 25.04 still accepts.
 * @internal
 */
export function queryOptionsSchema(profile: VersionProfile): z.ZodType {
  return profile === '25.04' ? v2504 : v2510;
}
