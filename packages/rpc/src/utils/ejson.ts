/**
 * TrueNAS "extended JSON": datetimes travel as `{"$date": <epoch ms>}`.
 *
 * Decoding does not use a `JSON.parse` reviver (which costs a call per key on every message): the text is scanned
 * once for the `"$date"` marker and only messages that contain it are walked.
 */

const DATE_MARKER = '"$date"';

/**
 * Parses one wire message, turning every `{"$date": ms}` object into a `Date`.
 *
 * @example
 * ```ts
 * import { parseEjson } from '@tn/rpc';
 *
 * const value = parseEjson('{"boottime": {"$date": 1700000000000}}') as { boottime: Date };
 * value.boottime.toISOString(); // '2023-11-14T22:13:20.000Z'
 * ```
 */
export function parseEjson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return text.includes(DATE_MARKER) ? reviveDates(value) : value;
}

function reviveDates(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = reviveDates(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  const date = record.$date;
  if (typeof date === 'number' && Object.keys(record).length === 1) return new Date(date);
  for (const key of Object.keys(record)) record[key] = reviveDates(record[key]);
  return record;
}

/**
 * Serialises a value for the wire, turning every `Date` into `{"$date": ms}`.
 *
 * @example
 * ```ts
 * import { stringifyEjson } from '@tn/rpc';
 *
 * stringifyEjson({ at: new Date(0) }); // '{"at":{"$date":0}}'
 * ```
 */
export function stringifyEjson(value: unknown): string {
  return JSON.stringify(value, dateReplacer);
}

function dateReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  // `Date#toJSON` has already run when the replacer sees the value, so look at the holder's own property.
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.getTime() } : value;
}

/**
 * Encodes a JSON-RPC request. Params are walked for `Date` values first so the common case (no dates) uses plain
 * `JSON.stringify` without a replacer. @internal
 */
export function encodeRequest(id: number, method: string, params: readonly unknown[]): string {
  const body = params.length === 0 ? '[]' : containsDate(params, 0) ? stringifyEjson(params) : JSON.stringify(params);
  return `{"jsonrpc":"2.0","id":${id},"method":${JSON.stringify(method)},"params":${body}}`;
}

function containsDate(value: unknown, depth: number): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'object' || value === null || depth > 64) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (containsDate(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (containsDate((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}
