import { z } from 'zod';

/**
 * A snapshot as {@link planRetention} sees it. Loose: other keys (e.g. a whole query row) are allowed and ignored.
 *
 * - `name`: full `pool/ds@snap` name; its dataset part groups snapshots per volume.
 * - `createdAt`: creation time (ZFS `creation`, second resolution).
 * - `createtxg`: optional; breaks ties between snapshots created in the same second (higher = newer).
 * - `holds` (user hold tags) or `held`: a snapshot with any hold is never deleted.
 * - `clones`: datasets cloned from it; a snapshot with clones is never deleted.
 *
 * @example
 * ```ts
 * import { RetentionSnapshotSchema } from '@tn/api';
 *
 * const snapshot = RetentionSnapshotSchema.parse({
 *   name: 'tank/vm@auto-2025-06-01',
 *   createdAt: new Date('2025-06-01T00:00:00Z'),
 *   createtxg: '8123',
 *   holds: ['truenas'],
 * });
 * ```
 */
export const RetentionSnapshotSchema = z.looseObject({
  /** Full name, `pool/ds@snap`. */
  name: z.string().regex(/^[^@]+@[^@]+$/, 'expected a full snapshot name "dataset@snapshot"'),
  /** When it was created. */
  createdAt: z.date(),
  /** Its creation transaction group (tie-breaker; a number, a decimal string or a bigint). */
  createtxg: z.union([z.int().min(0), z.string().regex(/^\d+$/), z.bigint().min(0n)]).optional(),
  /** User hold tags; any tag means held. */
  holds: z.array(z.string()).optional(),
  /** Held, when the tags are not known. */
  held: z.boolean().optional(),
  /** Datasets cloned from this snapshot. */
  clones: z.array(z.string()).optional(),
});

/**
 * Parsed {@link RetentionSnapshotSchema}.
 *
 * @example
 * ```ts
 * import type { RetentionSnapshot } from '@tn/api';
 *
 * const snapshot: RetentionSnapshot = { name: 'tank/vm@a', createdAt: new Date(), held: false };
 * ```
 */
export type RetentionSnapshot = z.infer<typeof RetentionSnapshotSchema>;
