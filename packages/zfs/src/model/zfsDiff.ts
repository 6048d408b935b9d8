import { z } from 'zod';
import { oneOf } from './oneOf.js';
import { UnrecognizedLineSchema } from './unrecognizedLine.js';
import { ZfsDateSchema } from './zfsDate.js';

/**
 * One change reported by `zfs diff`.
 *
 * @example
 * ```ts
 * import { ZfsDiffEntrySchema } from '@tn/zfs';
 *
 * ZfsDiffEntrySchema.parse({ change: 'renamed', code: 'R', path: '/a', newPath: '/b' });
 * ```
 */
export const ZfsDiffEntrySchema = z.looseObject({
  /** `modified`, `added`, `removed` or `renamed`. */
  change: oneOf(['modified', 'added', 'removed', 'renamed']),
  /** The change as printed: `M`, `+`, `-`, `R`. */
  code: oneOf(['M', '+', '-', 'R']),
  /** The path, with `\NNNN` octal escapes decoded (UTF-8). For a rename, the old path. */
  path: z.string(),
  /** For a rename, the new path. */
  newPath: z.string().optional(),
  /** `-F` file type: `file`, `directory`, `symlink`, `block`, `char`, `fifo`, `socket`, `door`, `port`. */
  fileType: z.string().optional(),
  /** `-t` change time (`seconds.nanoseconds`). */
  time: ZfsDateSchema.optional(),
});

/**
 * One `zfs diff` change; see {@link ZfsDiffEntrySchema}.
 *
 * @example
 * ```ts
 * import type { ZfsDiffEntry } from '@tn/zfs';
 *
 * const added = (e: ZfsDiffEntry) => e.change === 'added';
 * ```
 */
export type ZfsDiffEntry = z.infer<typeof ZfsDiffEntrySchema>;

/**
 * Parsed `zfs diff` output.
 *
 * @example
 * ```ts
 * import { ZfsDiffSchema } from '@tn/zfs';
 *
 * ZfsDiffSchema.parse({ entries: [] });
 * ```
 */
export const ZfsDiffSchema = z.looseObject({
  /** Changes in printed order. */
  entries: z.array(ZfsDiffEntrySchema),
  /** Lines kept verbatim by a lenient (`strict: false`) parse. */
  unrecognized: z.array(UnrecognizedLineSchema).optional(),
});

/**
 * Parsed `zfs diff` output; see {@link ZfsDiffSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsDiff } from '@tn/zfs';
 *
 * const paths = (diff: ZfsDiff) => diff.entries.map((e) => e.path);
 * ```
 */
export type ZfsDiff = z.infer<typeof ZfsDiffSchema>;
