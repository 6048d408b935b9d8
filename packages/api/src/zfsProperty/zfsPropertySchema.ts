import { z } from 'zod';
import { openEnum } from '../methods/openEnum.js';

/**
 * Where a ZFS property value comes from. Open: values the server adds are accepted.
 *
 * @example
 * ```ts
 * import { ZfsPropertySourceSchema } from '@tn/api/schemas';
 *
 * ZfsPropertySourceSchema.parse('INHERITED');
 * ```
 */
export const ZfsPropertySourceSchema = openEnum(['NONE', 'DEFAULT', 'LOCAL', 'TEMPORARY', 'INHERITED', 'RECEIVED']);

function isNullableText(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

/** The loose check of a property object whose `parsed` may be anything. @internal */
export function isZfsPropertyObject(value: unknown): value is ZfsProperty {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prop = value as Record<string, unknown>;
  return isNullableText(prop.rawvalue) && isNullableText(prop.value) && isNullableText(prop.source);
}

const PROPERTY_ERROR = 'Expected a ZFS property object { parsed, rawvalue, value, source, source_info }';

/**
 * Schema of a ZFS property object as the middleware returns it (`pool.dataset.query`, `pool.snapshot.query`, ...):
 * `{ parsed, rawvalue, value, source, source_info }`. Loose and lenient: every key may be missing, unknown keys are
 * kept, `rawvalue`/`value`/`source` are strings or null, and `parsed` is checked with `valueSchema` when present.
 *
 * With `z.unknown()` (what the generated schemas use; `parsed` varies by property) the check is a single predicate
 * that returns the object as is: a query result holds thousands of these, and a loose `z.looseObject` costs about
 * 20% more than `JSON.parse` itself on a 200 KB `pool.dataset.query` result (see scripts/bench/apiValidation.ts).
 * Other value schemas get a `z.looseObject`.
 *
 * @param valueSchema schema of `parsed` (e.g. `z.number()` for sizes, `z.unknown()` when it varies)
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { zfsProperty } from '@tn/api/schemas';
 *
 * const UsedSchema = zfsProperty(z.number());
 * UsedSchema.parse({ parsed: 1024, rawvalue: '1024', value: '1K', source: 'NONE', source_info: null });
 * ```
 */
export function zfsProperty<T extends z.ZodType>(
  valueSchema: T,
): z.ZodType<ZfsProperty<z.output<T>>, ZfsProperty<z.input<T>>> {
  const kind = valueSchema.def.type;
  if (kind === 'unknown' || kind === 'any') {
    return z.custom<ZfsProperty<z.output<T>>>(isZfsPropertyObject, { error: PROPERTY_ERROR }) as z.ZodType<
      ZfsProperty<z.output<T>>,
      ZfsProperty<z.input<T>>
    >;
  }
  return z.looseObject({
    parsed: valueSchema.optional(),
    rawvalue: z.string().nullish(),
    value: z.string().nullish(),
    source: ZfsPropertySourceSchema.nullish(),
    source_info: z.unknown().optional(),
  }) as unknown as z.ZodType<ZfsProperty<z.output<T>>, ZfsProperty<z.input<T>>>;
}

/**
 * A parsed ZFS property object.
 *
 * @example
 * ```ts
 * import type { ZfsProperty } from '@tn/api/schemas';
 *
 * const used: ZfsProperty<number> = { parsed: 1024, rawvalue: '1024', value: '1K', source: 'NONE' };
 * ```
 */
export type ZfsProperty<T = unknown> = {
  parsed?: T | undefined;
  rawvalue?: string | null | undefined;
  value?: string | null | undefined;
  source?: z.output<typeof ZfsPropertySourceSchema> | null | undefined;
  source_info?: unknown;
  [key: string]: unknown;
};

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/**
 * The `parsed` value of a ZFS property object, typed by its schema; `undefined` when the property, or its parsed
 * value, is missing or `null`.
 *
 * @param prop a property object, e.g. `dataset.used`
 *
 * @example
 * ```ts
 * import { propertyValue } from '@tn/api/schemas';
 *
 * propertyValue({ parsed: 'lz4', rawvalue: 'lz4', value: 'LZ4', source: 'LOCAL' }); // 'lz4'
 * propertyValue(undefined); // undefined
 * ```
 */
export function propertyValue<T>(prop: ZfsProperty<T> | null | undefined): T | undefined {
  const parsed = prop?.parsed;
  return parsed === null || parsed === undefined ? undefined : parsed;
}

/**
 * The property as a number: `parsed` when it is a finite number (or a numeric string), else `rawvalue` when `parsed`
 * is missing and `rawvalue` is numeric (e.g. `quota` "none" is `parsed: null, rawvalue: "0"`, giving 0). Anything
 * else (`"none"`, `"-"`, booleans) gives `undefined`.
 *
 * @param prop a property object, e.g. `dataset.used`
 *
 * @example
 * ```ts
 * import { parsedNumber } from '@tn/api/schemas';
 *
 * parsedNumber({ parsed: 1536, rawvalue: '1536', value: '1.50K', source: 'NONE' }); // 1536
 * parsedNumber({ parsed: null, rawvalue: '0', value: null, source: 'DEFAULT' }); // 0
 * parsedNumber({ parsed: 'off', rawvalue: 'off', value: 'OFF', source: 'DEFAULT' }); // undefined
 * ```
 */
export function parsedNumber(prop: ZfsProperty | null | undefined): number | undefined {
  if (!prop) return undefined;
  const { parsed, rawvalue } = prop;
  if (typeof parsed === 'number') return Number.isFinite(parsed) ? parsed : undefined;
  if (typeof parsed === 'string') return NUMERIC.test(parsed) ? Number(parsed) : undefined;
  if ((parsed === null || parsed === undefined) && typeof rawvalue === 'string' && NUMERIC.test(rawvalue)) {
    return Number(rawvalue);
  }
  return undefined;
}
