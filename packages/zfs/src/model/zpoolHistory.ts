import { z } from 'zod';
import { UnrecognizedLineSchema } from './unrecognizedLine.js';
import { ZfsDateSchema } from './zfsDate.js';

/**
 * One `zpool history` record: a command, or (`-i`) an internal event.
 *
 * @example
 * ```ts
 * import { ZpoolHistoryEntrySchema } from '@tn/zfs';
 *
 * ZpoolHistoryEntrySchema.parse({ time: { text: '2026-11-22.01:57:07' }, command: 'zfs create tank/data' });
 * ```
 */
export const ZpoolHistoryEntrySchema = z.looseObject({
  /** When it happened (read as UTC wall-clock). */
  time: ZfsDateSchema,
  /** The command line, for user commands. */
  command: z.string().optional(),
  /** Internal event (`-i`): its name (`property set`, `snapshot`, `create`), txg and the rest of the line. */
  internal: z
    .object({
      /** Event name: `property set`, `snapshot`, `create`, `destroy`, ... */
      event: z.string(),
      /** Transaction group of the event. */
      txg: z.number().optional(),
      /** The rest of the line (`mountpoint=/x dataset = 16`). */
      detail: z.string(),
    })
    .optional(),
  /** `-l`: the user (`root`, `0 (root)`). */
  user: z.string().optional(),
  /** `-l`: the host. */
  host: z.string().optional(),
  /** `-l`: the zone (`global`, `linux`). */
  zone: z.string().optional(),
  /** Indented lines printed under the record (newer `-i` ioctl input/output nvlists). */
  details: z.array(z.string()).optional(),
});

/**
 * One `zpool history` record; see {@link ZpoolHistoryEntrySchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolHistoryEntry } from '@tn/zfs';
 *
 * const isUser = (e: ZpoolHistoryEntry) => e.command !== undefined;
 * ```
 */
export type ZpoolHistoryEntry = z.infer<typeof ZpoolHistoryEntrySchema>;

/**
 * Parsed `zpool history` output: one block per pool.
 *
 * @example
 * ```ts
 * import { ZpoolHistorySchema } from '@tn/zfs';
 *
 * ZpoolHistorySchema.parse({ pools: [{ pool: 'tank', entries: [] }] });
 * ```
 */
export const ZpoolHistorySchema = z.looseObject({
  /** Pools in printed order. */
  pools: z.array(
    z.object({
      /** Pool name from `History for 'pool':` (empty when the output starts without it). */
      pool: z.string(),
      /** Records in printed order. */
      entries: z.array(ZpoolHistoryEntrySchema),
    }),
  ),
  /** Lines kept verbatim by a lenient (`strict: false`) parse. */
  unrecognized: z.array(UnrecognizedLineSchema).optional(),
});

/**
 * Parsed `zpool history` output; see {@link ZpoolHistorySchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolHistory } from '@tn/zfs';
 *
 * const count = (h: ZpoolHistory) => h.pools.reduce((n, p) => n + p.entries.length, 0);
 * ```
 */
export type ZpoolHistory = z.infer<typeof ZpoolHistorySchema>;
