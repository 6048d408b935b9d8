import { z } from 'zod';

/**
 * A timestamp as printed, plus the `Date` it denotes when the format is known.
 *
 * zfs prints local wall-clock time without a zone; such times are read as UTC (so parsing is deterministic). When
 * the text names a zone (`CET`, `UTC`, ...) or is an epoch number, `date` is the true instant. Re-read `text` with
 * {@link parseZfsDate} and `{ timeZone: 'local' }` when the output came from this host.
 *
 * @example
 * ```ts
 * import { ZfsDateSchema } from '@tn/zfs';
 *
 * ZfsDateSchema.parse({ text: 'Sun Feb 11 04:00:01 2024', date: new Date('2024-02-11T04:00:01Z') });
 * ```
 */
export const ZfsDateSchema = z.object({
  /** The timestamp text as printed. */
  text: z.string(),
  /** The instant, when the text could be read. */
  date: z.date().optional(),
});

/**
 * A parsed timestamp; see {@link ZfsDateSchema}.
 *
 * @example
 * ```ts
 * import type { ZfsDate } from '@tn/zfs';
 *
 * const when: ZfsDate = { text: '1795312645', date: new Date(1795312645 * 1000) };
 * ```
 */
export type ZfsDate = z.infer<typeof ZfsDateSchema>;
