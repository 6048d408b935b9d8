import { z } from 'zod';
import { ZfsDateSchema } from './zfsDate.js';
import { ZpoolCheckpointSchema, ZpoolOperationSchema, ZpoolScanSchema, ZpoolVdevSchema } from './zpoolStatusParts.js';

/**
 * The `errors:` summary and, with `-v`, the damaged files.
 *
 * @example
 * ```ts
 * import { ZpoolErrorsSchema } from '@tn/zfs';
 *
 * ZpoolErrorsSchema.parse({ text: 'No known data errors', count: 0, files: [] });
 * ```
 */
export const ZpoolErrorsSchema = z.looseObject({
  /** The summary as printed (missing for JSON input). */
  text: z.string().optional(),
  /** Number of data errors when known (`0` for "No known data errors"). */
  count: z.number().optional(),
  /** Damaged files (`-v`): paths, `dataset@snap:/path` or `<0x..>:<0x..>` object ids. */
  files: z.array(z.string()),
});

/**
 * A parsed `errors:` block; see {@link ZpoolErrorsSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolErrors } from '@tn/zfs';
 *
 * const clean = (e: ZpoolErrors) => e.count === 0 && e.files.length === 0;
 * ```
 */
export type ZpoolErrors = z.infer<typeof ZpoolErrorsSchema>;

/**
 * One pool of `zpool status` (text or `-j` JSON) or of a `zpool import` listing.
 *
 * Vdev groups keep their own lists: `root` is the pool row with the data vdevs below it; `logs`, `cache`, `spares`,
 * `special` and `dedup` hold the top-level vdevs of those sections.
 *
 * @example
 * ```ts
 * import { ZpoolStatusPoolSchema } from '@tn/zfs';
 *
 * ZpoolStatusPoolSchema.parse({
 *   name: 'tank', state: 'ONLINE', logs: [], cache: [], spares: [], special: [], dedup: [], notes: [],
 * });
 * ```
 */
export const ZpoolStatusPoolSchema = z.looseObject({
  /** Pool name; empty when the output was cut before its `pool:` line. */
  name: z.string(),
  /** Pool GUID as a decimal string (`id:` of `zpool import`, `pool_guid` of JSON). */
  id: z.string().optional(),
  /** Pool state (`ONLINE`, `DEGRADED`, `FAULTED`, `SUSPENDED`, `UNAVAIL`, ...). */
  state: z.string().optional(),
  /** Text after the state, e.g. `DESTROYED` for `ONLINE (DESTROYED)` in `zpool import -D`. */
  stateDetail: z.string().optional(),
  /** The `status:` paragraph, wrapped lines joined with single spaces. */
  status: z.string().optional(),
  /** The `action:` paragraph, joined. */
  action: z.string().optional(),
  /** The `see:` URL. */
  see: z.string().optional(),
  /** Message id (`ZFS-8000-9P`) taken from `see:` or JSON `msgid`. */
  msgid: z.string().optional(),
  /** Scrub/resilver state. Missing when the pool was never scanned (2.0+ prints no line). */
  scan: ZpoolScanSchema.optional(),
  /** Device removal (`remove:`). */
  remove: ZpoolOperationSchema.optional(),
  /** Pool checkpoint (`checkpoint:`). */
  checkpoint: ZpoolCheckpointSchema.optional(),
  /** RAID-Z expansion (`expand:`). */
  expand: ZpoolOperationSchema.optional(),
  /** Log spacemap condensing (`condense:`, 2.5+), as printed. */
  condense: z.string().optional(),
  /** The pool row and the data vdevs below it. */
  root: ZpoolVdevSchema.optional(),
  /** Log (SLOG) vdevs. */
  logs: z.array(ZpoolVdevSchema),
  /** L2ARC cache devices. */
  cache: z.array(ZpoolVdevSchema),
  /** Hot spares (state `AVAIL`/`INUSE`, no counts). */
  spares: z.array(ZpoolVdevSchema),
  /** Special allocation class vdevs. */
  special: z.array(ZpoolVdevSchema),
  /** Dedup allocation class vdevs. */
  dedup: z.array(ZpoolVdevSchema),
  /** Columns after NAME and STATE in the config header (`READ`, `WRITE`, `CKSUM`, `SLOW`, ...). */
  columns: z.array(z.string()).optional(),
  /** The `errors:` block. */
  errors: ZpoolErrorsSchema.optional(),
  /** `zpool status -D`: the `dedup:` summary line and the histogram lines as printed. */
  ddt: z
    .object({
      /** The text after `dedup:` (`DDT entries 20387, size 502B on disk, 161B in core`). */
      summary: z.string(),
      /** The histogram lines, as printed. */
      lines: z.array(z.string()),
    })
    .optional(),
  /** Other `key: value` lines, as printed. */
  extra: z.record(z.string(), z.string()).optional(),
  /** Lines that belong to the pool but have no known place (e.g. "Additional devices are known..."). */
  notes: z.array(z.string()),
  /** Transaction group (JSON only). */
  txg: z.number().optional(),
  /** SPA version (JSON only). */
  spaVersion: z.number().optional(),
  /** ZPL version (JSON only). */
  zplVersion: z.number().optional(),
});

/**
 * One pool of `zpool status`; see {@link ZpoolStatusPoolSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolStatusPool } from '@tn/zfs';
 *
 * const degraded = (pool: ZpoolStatusPool) => pool.state !== 'ONLINE';
 * ```
 */
export type ZpoolStatusPool = z.infer<typeof ZpoolStatusPoolSchema>;

/**
 * The parsed output of `zpool status` / `zpool status -j` / `zpool import`.
 *
 * @example
 * ```ts
 * import { ZpoolStatusSchema } from '@tn/zfs';
 *
 * ZpoolStatusSchema.parse({ pools: [], message: 'all pools are healthy' });
 * ```
 */
export const ZpoolStatusSchema = z.looseObject({
  /** Pools in printed order. */
  pools: z.array(ZpoolStatusPoolSchema),
  /** A whole-output message instead of pools: `all pools are healthy`, `no pools available`, ... */
  message: z.string().optional(),
  /** The first `-T u|d` timestamp line, if any. */
  timestamp: ZfsDateSchema.optional(),
});

/**
 * Parsed `zpool status` output; see {@link ZpoolStatusSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolStatus } from '@tn/zfs';
 *
 * const names = (status: ZpoolStatus) => status.pools.map((p) => p.name);
 * ```
 */
export type ZpoolStatus = z.infer<typeof ZpoolStatusSchema>;
