import { z } from 'zod';
import { oneOf } from './oneOf.js';
import { UnrecognizedLineSchema } from './unrecognizedLine.js';
import { ZfsNumberSchema } from './zfsNumber.js';

/**
 * A stream `zfs send -v/-P/-n` announces: full or incremental, with its estimated size.
 *
 * @example
 * ```ts
 * import { ZfsSendStreamSchema } from '@tn/zfs';
 *
 * ZfsSendStreamSchema.parse({ kind: 'full', snapshot: 'tank/fs@a' });
 * ```
 */
export const ZfsSendStreamSchema = z.looseObject({
  /** `full` or `incremental`. */
  kind: oneOf(['full', 'incremental']),
  /** The incremental source (`@snap1` or `tank/fs@snap1`). */
  from: z.string().optional(),
  /** The snapshot sent. */
  snapshot: z.string(),
  /** Estimated stream size. */
  size: ZfsNumberSchema.optional(),
});

/**
 * A stream announced by `zfs send`; see {@link ZfsSendStreamSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsSendStream } from '@tn/zfs';
 *
 * const stream: ZfsSendStream = { kind: 'incremental', from: '@a', snapshot: 'tank/fs@b' };
 * ```
 */
export type ZfsSendStream = z.infer<typeof ZfsSendStreamSchema>;

/**
 * A per-second progress line of `zfs send -v/-P` (`HH:MM:SS <sent> <snapshot>`).
 *
 * @example
 * ```ts
 * import { ZfsSendProgressSchema } from '@tn/zfs';
 *
 * ZfsSendProgressSchema.parse({ time: '15:15:40', sent: { value: 1, text: '1', exact: true }, snapshot: 'p@s' });
 * ```
 */
export const ZfsSendProgressSchema = z.looseObject({
  /** Wall-clock time as printed. */
  time: z.string(),
  /** Bytes sent so far. */
  sent: ZfsNumberSchema,
  /** Snapshot being sent. */
  snapshot: z.string(),
});

/**
 * A `zfs send` progress line; see {@link ZfsSendProgressSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsSendProgress } from '@tn/zfs';
 *
 * const bytes = (p: ZfsSendProgress) => p.sent.value;
 * ```
 */
export type ZfsSendProgress = z.infer<typeof ZfsSendProgressSchema>;

/**
 * Parsed `zfs send -v`, `-P`, `-nP` or `-nvP` output (stderr for `-v`, stdout for `-nP`).
 *
 * @example
 * ```ts
 * import { ZfsSendSchema } from '@tn/zfs';
 *
 * ZfsSendSchema.parse({ streams: [], progress: [] });
 * ```
 */
export const ZfsSendSchema = z.looseObject({
  /** Streams announced, in order. */
  streams: z.array(ZfsSendStreamSchema),
  /** The total estimated size (`size` / `total estimated size is`). */
  totalSize: ZfsNumberSchema.optional(),
  /** Progress lines, in order. */
  progress: z.array(ZfsSendProgressSchema),
  /** Lines kept verbatim by a lenient (`strict: false`) parse. */
  unrecognized: z.array(UnrecognizedLineSchema).optional(),
});

/**
 * Parsed `zfs send` verbose output; see {@link ZfsSendSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsSend } from '@tn/zfs';
 *
 * const lastSent = (s: ZfsSend) => s.progress.at(-1)?.sent.value ?? 0;
 * ```
 */
export type ZfsSend = z.infer<typeof ZfsSendSchema>;

/**
 * One stream reported by `zfs receive -v`.
 *
 * @example
 * ```ts
 * import { ZfsReceiveStreamSchema } from '@tn/zfs';
 *
 * ZfsReceiveStreamSchema.parse({ kind: 'full', source: 'a@s', target: 'b@s', dryRun: false });
 * ```
 */
export const ZfsReceiveStreamSchema = z.looseObject({
  /** `full` or `incremental`. */
  kind: oneOf(['full', 'incremental']),
  /** Snapshot the stream was made from. */
  source: z.string(),
  /** Snapshot it is received into. */
  target: z.string(),
  /** `true` for `would receive` (`-n`). */
  dryRun: z.boolean(),
  /** Clone origin found for the stream (`found clone origin ...`). */
  origin: z.string().optional(),
  /** Bytes received (`received 8.03MB stream in 1 seconds`). */
  bytes: ZfsNumberSchema.optional(),
  /** Seconds taken. */
  seconds: z.number().optional(),
  /** Rate in bytes/s. */
  rate: ZfsNumberSchema.optional(),
});

/**
 * A received stream; see {@link ZfsReceiveStreamSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsReceiveStream } from '@tn/zfs';
 *
 * const done = (s: ZfsReceiveStream) => s.bytes !== undefined;
 * ```
 */
export type ZfsReceiveStream = z.infer<typeof ZfsReceiveStreamSchema>;

/**
 * Parsed `zfs receive -v` output.
 *
 * @example
 * ```ts
 * import { ZfsReceiveSchema } from '@tn/zfs';
 *
 * ZfsReceiveSchema.parse({ streams: [] });
 * ```
 */
export const ZfsReceiveSchema = z.looseObject({
  /** Streams in order. */
  streams: z.array(ZfsReceiveStreamSchema),
  /** Lines kept verbatim by a lenient (`strict: false`) parse. */
  unrecognized: z.array(UnrecognizedLineSchema).optional(),
});

/**
 * Parsed `zfs receive -v` output; see {@link ZfsReceiveSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsReceive } from '@tn/zfs';
 *
 * const targets = (r: ZfsReceive) => r.streams.map((s) => s.target);
 * ```
 */
export type ZfsReceive = z.infer<typeof ZfsReceiveSchema>;
