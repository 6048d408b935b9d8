import { z } from 'zod';
import { oneOf } from './oneOf.js';
import { ZfsDateSchema } from './zfsDate.js';
import { ZfsNumberSchema } from './zfsNumber.js';

/**
 * A pool or vdev state. Known values are listed; any other string (a future state) is kept as printed.
 *
 * @example
 * ```ts
 * import type { ZpoolVdevState } from '@tn/zfs';
 *
 * const state: ZpoolVdevState = 'DEGRADED';
 * ```
 */
export type ZpoolVdevState =
  | 'ONLINE'
  | 'DEGRADED'
  | 'FAULTED'
  | 'OFFLINE'
  | 'REMOVED'
  | 'UNAVAIL'
  | 'SUSPENDED'
  | 'AVAIL'
  | 'INUSE'
  | (string & {});

/**
 * Kind of vdev: `root` (the pool row), `mirror`, `raidz`, `draid`, `replacing`, `spare` (a `spare-N` group),
 * `dspare` (a dRAID distributed spare such as `draid1-0-0`), `disk` or `file` (leaves; for text output `file` means
 * "an absolute path outside /dev"), or any type `zpool status -j` reports.
 *
 * @example
 * ```ts
 * import type { ZpoolVdevType } from '@tn/zfs';
 *
 * const type: ZpoolVdevType = 'raidz';
 * ```
 */
export type ZpoolVdevType =
  | 'root'
  | 'mirror'
  | 'raidz'
  | 'draid'
  | 'replacing'
  | 'spare'
  | 'dspare'
  | 'disk'
  | 'file'
  | (string & {});

const StateSchema = z.string() as z.ZodType<ZpoolVdevState>;
const TypeSchema = z.string() as z.ZodType<ZpoolVdevType>;

/**
 * The fields of one `zpool status` config row, without its children (see {@link ZpoolVdevSchema}).
 *
 * @example
 * ```ts
 * import { ZpoolVdevBaseSchema } from '@tn/zfs';
 *
 * ZpoolVdevBaseSchema.parse({ name: 'sda', type: 'disk', state: 'ONLINE' });
 * ```
 */
export const ZpoolVdevBaseSchema = z.looseObject({
  /** Name as printed: device, path, GUID, `mirror-0`, `raidz2-0`, `draid2:8d:90c:2s-0`, `spare-6`, ... */
  name: z.string(),
  /** Kind of vdev, see {@link ZpoolVdevType}. */
  type: TypeSchema,
  /** State column; missing when the row was cut. Spares show `AVAIL`/`INUSE`. */
  state: StateSchema.optional(),
  /** READ errors. Missing on spare rows and cut rows. */
  read: ZfsNumberSchema.optional(),
  /** WRITE errors. */
  write: ZfsNumberSchema.optional(),
  /** CKSUM errors. */
  cksum: ZfsNumberSchema.optional(),
  /** Further numeric columns (`-s` SLOW, pre-release DELAY, `-d` DIO), keyed by lower-case header. */
  extraCounts: z.record(z.string(), ZfsNumberSchema).optional(),
  /** Text after the counts, as printed: `was /dev/sde2`, `(resilvering)`, `cannot open`, `84K resilvered`. */
  note: z.string().optional(),
  /** Previous path of a missing device (`was ...` note). */
  was: z.string().optional(),
  /** `true` when the note says `(resilvering)`. */
  resilvering: z.boolean().optional(),
  /** Trim status from `zpool status -t`, e.g. `100% trimmed, completed at ...` or `trim unsupported`. */
  trim: z.string().optional(),
  /** Vdev GUID (decimal string; JSON output only, or the name of a missing device). */
  guid: z.string().optional(),
  /** Device path (JSON output only). */
  path: z.string().optional(),
});

/**
 * One vdev of a `zpool status` tree: the {@link ZpoolVdevBaseSchema} fields plus its children. The `children`
 * member is written by hand because zod cannot infer recursive types through `z.lazy`.
 *
 * @example
 * ```ts
 * import type { ZpoolVdev } from '@tn/zfs';
 *
 * const leaves = (v: ZpoolVdev): ZpoolVdev[] => (v.children.length === 0 ? [v] : v.children.flatMap(leaves));
 * ```
 */
export type ZpoolVdev = z.infer<typeof ZpoolVdevBaseSchema> & {
  /** Child vdevs in printed order. */
  children: ZpoolVdev[];
};

/**
 * One row of a `zpool status` config tree, with its children.
 *
 * @example
 * ```ts
 * import { ZpoolVdevSchema } from '@tn/zfs';
 *
 * ZpoolVdevSchema.parse({ name: 'sda', type: 'disk', state: 'ONLINE', children: [] });
 * ```
 */
export const ZpoolVdevSchema: z.ZodType<ZpoolVdev> = ZpoolVdevBaseSchema.extend({
  children: z.array(z.lazy(() => ZpoolVdevSchema)),
});

/**
 * The `scan:` (or old ` scrub:`) block: scrub, resilver or sequential rebuild progress or result.
 *
 * @example
 * ```ts
 * import { ZpoolScanSchema } from '@tn/zfs';
 *
 * ZpoolScanSchema.parse({ function: 'scrub', state: 'finished', errors: 0 });
 * ```
 */
export const ZpoolScanSchema = z.looseObject({
  /** The block as printed, lines joined with `\n` (missing for JSON input). */
  text: z.string().optional(),
  /** `scrub`, `resilver`, `rebuild` (sequential resilver of a dRAID/mirror vdev), `errorscrub`, or `none`. */
  function: z.string(),
  /** `none`, `in-progress`, `paused`, `finished`, `canceled` or `unknown`. */
  state: oneOf(['none', 'in-progress', 'paused', 'finished', 'canceled', 'unknown']),
  /** Vdev being rebuilt (`resilver (draid1:4d:11c:1s-0) in progress`). */
  vdev: z.string().optional(),
  /** When the scan started. */
  startedAt: ZfsDateSchema.optional(),
  /** When it finished or was canceled. */
  endedAt: ZfsDateSchema.optional(),
  /** When it was paused. */
  pausedAt: ZfsDateSchema.optional(),
  /** How long a finished scan took, as printed (`00:15:42`, `1h18m`, `0 days 01:15:49`). */
  duration: z.string().optional(),
  /** `duration` in seconds. */
  durationSeconds: z.number().optional(),
  /** Bytes scanned (examined). */
  scanned: ZfsNumberSchema.optional(),
  /** Bytes issued. */
  issued: ZfsNumberSchema.optional(),
  /** Total bytes to scan. */
  total: ZfsNumberSchema.optional(),
  /** Scan rate in bytes/s. */
  scanRate: ZfsNumberSchema.optional(),
  /** Issue rate in bytes/s. */
  issueRate: ZfsNumberSchema.optional(),
  /** Bytes repaired by a scrub. */
  repaired: ZfsNumberSchema.optional(),
  /** Bytes resilvered. */
  resilvered: ZfsNumberSchema.optional(),
  /** Percent done (0-100, may exceed 100 on some versions). */
  percentDone: z.number().optional(),
  /** Time left as printed (`07:21:15`, `60h43m`). */
  timeToGo: z.string().optional(),
  /** `timeToGo` in seconds. */
  timeToGoSeconds: z.number().optional(),
  /** Errors found (`with N errors`). */
  errors: z.number().optional(),
});

/**
 * A parsed `scan:` block; see {@link ZpoolScanSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolScan } from '@tn/zfs';
 *
 * const busy = (scan: ZpoolScan) => scan.state === 'in-progress';
 * ```
 */
export type ZpoolScan = z.infer<typeof ZpoolScanSchema>;

/**
 * Progress of a long-running pool operation: `remove:` (device evacuation) or `expand:` (raidz expansion).
 *
 * @example
 * ```ts
 * import { ZpoolOperationSchema } from '@tn/zfs';
 *
 * ZpoolOperationSchema.parse({ state: 'in-progress', vdev: 'raidz2-0', percentDone: 95.75 });
 * ```
 */
export const ZpoolOperationSchema = z.looseObject({
  /** The block as printed, lines joined with `\n` (missing for JSON input). */
  text: z.string().optional(),
  /** `in-progress`, `paused`, `finished`, `canceled` or `unknown`. */
  state: oneOf(['in-progress', 'paused', 'finished', 'canceled', 'unknown']),
  /** The vdev being removed or expanded, as printed (`/dev/sdb`, `vdev 1`, `raidz2-0`). */
  vdev: z.string().optional(),
  /** When it started. */
  startedAt: ZfsDateSchema.optional(),
  /** When it finished or was canceled. */
  endedAt: ZfsDateSchema.optional(),
  /** Bytes copied so far. */
  copied: ZfsNumberSchema.optional(),
  /** Total bytes to copy. */
  total: ZfsNumberSchema.optional(),
  /** Copy rate in bytes/s. */
  rate: ZfsNumberSchema.optional(),
  /** Percent done. */
  percentDone: z.number().optional(),
  /** Time left as printed. */
  timeToGo: z.string().optional(),
  /** `timeToGo` in seconds. */
  timeToGoSeconds: z.number().optional(),
  /** How long a finished operation took, as printed. */
  duration: z.string().optional(),
  /** `duration` in seconds. */
  durationSeconds: z.number().optional(),
  /** Memory used for removed-device mappings (`remove:` only). */
  mappingMemory: ZfsNumberSchema.optional(),
});

/**
 * A parsed `remove:` or `expand:` block; see {@link ZpoolOperationSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolOperation } from '@tn/zfs';
 *
 * const done = (op: ZpoolOperation) => op.state === 'finished';
 * ```
 */
export type ZpoolOperation = z.infer<typeof ZpoolOperationSchema>;

/**
 * The `checkpoint:` line.
 *
 * @example
 * ```ts
 * import { ZpoolCheckpointSchema } from '@tn/zfs';
 *
 * ZpoolCheckpointSchema.parse({ state: 'exists' });
 * ```
 */
export const ZpoolCheckpointSchema = z.looseObject({
  /** The line as printed (missing for JSON input). */
  text: z.string().optional(),
  /** `exists`, `discarding` or `unknown`. */
  state: oneOf(['exists', 'discarding', 'unknown']),
  /** When the checkpoint was created. */
  createdAt: ZfsDateSchema.optional(),
  /** Space the checkpoint consumes (or, while discarding, what remains). */
  space: ZfsNumberSchema.optional(),
});

/**
 * A parsed `checkpoint:` line; see {@link ZpoolCheckpointSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolCheckpoint } from '@tn/zfs';
 *
 * const checkpoint: ZpoolCheckpoint = { state: 'discarding' };
 * ```
 */
export type ZpoolCheckpoint = z.infer<typeof ZpoolCheckpointSchema>;
