import { z } from 'zod';
import { UnrecognizedLineSchema } from './unrecognizedLine.js';
import { ZfsDateSchema } from './zfsDate.js';

/**
 * A value in a `zpool events -v` payload: a string (quotes removed; numbers stay as printed, e.g. `0x721ced5e`),
 * a list (space-separated values such as `time = 0x551237b8 0x2be6d613`), a nested nvlist, or a list of nvlists.
 *
 * Written by hand because zod cannot infer recursive record types; {@link ZpoolEventPayloadSchema} validates it.
 *
 * @example
 * ```ts
 * import type { ZpoolEventValue } from '@tn/zfs';
 *
 * const guid: ZpoolEventValue = '0x721ced5ecb0e6352';
 * ```
 */
export type ZpoolEventValue = string | string[] | ZpoolEventPayload | ZpoolEventPayload[];

/**
 * The `name = value` members of one `zpool events -v` record.
 *
 * @example
 * ```ts
 * import type { ZpoolEventPayload } from '@tn/zfs';
 *
 * const payload: ZpoolEventPayload = { pool: 'tank', vdev_state: '0x7' };
 * ```
 */
export type ZpoolEventPayload = { [name: string]: ZpoolEventValue };

/**
 * Validates a {@link ZpoolEventPayload}.
 *
 * @example
 * ```ts
 * import { ZpoolEventPayloadSchema } from '@tn/zfs';
 *
 * ZpoolEventPayloadSchema.parse({ class: 'ereport.fs.zfs.checksum', detector: { scheme: 'zfs' } });
 * ```
 */
export const ZpoolEventPayloadSchema: z.ZodType<ZpoolEventPayload> = z.lazy(() =>
  z.record(
    z.string(),
    z.union([z.string(), z.array(z.string()), ZpoolEventPayloadSchema, z.array(ZpoolEventPayloadSchema)]),
  ),
);

/**
 * One event of `zpool events`.
 *
 * @example
 * ```ts
 * import { ZpoolEventSchema } from '@tn/zfs';
 *
 * ZpoolEventSchema.parse({ time: { text: 'Mar 25 2015 00:21:12.736548371' }, class: 'resource.fs.zfs.statechange' });
 * ```
 */
export const ZpoolEventSchema = z.looseObject({
  /** Event time (read as UTC wall-clock; nanoseconds truncated to milliseconds in `date`). */
  time: ZfsDateSchema,
  /** Event class (`ereport.fs.zfs.checksum`, `sysevent.fs.zfs.history_event`, ...). */
  class: z.string(),
  /** The `-v` payload. */
  payload: ZpoolEventPayloadSchema.optional(),
});

/**
 * One `zpool events` record; see {@link ZpoolEventSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolEvent } from '@tn/zfs';
 *
 * const isError = (e: ZpoolEvent) => e.class.startsWith('ereport.');
 * ```
 */
export type ZpoolEvent = z.infer<typeof ZpoolEventSchema>;

/**
 * Parsed `zpool events` output.
 *
 * @example
 * ```ts
 * import { ZpoolEventsSchema } from '@tn/zfs';
 *
 * ZpoolEventsSchema.parse({ events: [] });
 * ```
 */
export const ZpoolEventsSchema = z.looseObject({
  /** Events in printed order. */
  events: z.array(ZpoolEventSchema),
  /** Lines kept verbatim by a lenient (`strict: false`) parse. */
  unrecognized: z.array(UnrecognizedLineSchema).optional(),
});

/**
 * Parsed `zpool events` output; see {@link ZpoolEventsSchema}.
 *
 * @example
 * ```ts
 * import type { ZpoolEvents } from '@tn/zfs';
 *
 * const classes = (e: ZpoolEvents) => e.events.map((x) => x.class);
 * ```
 */
export type ZpoolEvents = z.infer<typeof ZpoolEventsSchema>;
