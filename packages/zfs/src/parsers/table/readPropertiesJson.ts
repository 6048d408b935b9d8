import { z } from 'zod';
import { ZfsParseError } from '../../errors.js';
import { parseJsonSafe } from '../safeJson.js';

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);

const RawPropertySchema = z.looseObject({
  value: ScalarSchema.optional(),
  source: z.looseObject({ type: z.string().optional(), data: ScalarSchema.optional() }).optional(),
});

const RawEntrySchema = z.looseObject({
  name: z.string().optional(),
  type: z.string().optional(),
  pool: z.string().optional(),
  createtxg: ScalarSchema.optional(),
  state: z.string().optional(),
  guid: ScalarSchema.optional(),
  properties: z.record(z.string(), RawPropertySchema).optional(),
  vdevs: z.record(z.string(), z.unknown()).optional(),
});

const RawEnvelopeSchema = z.looseObject({
  datasets: z.record(z.string(), RawEntrySchema).optional(),
  pools: z.record(z.string(), RawEntrySchema).optional(),
});

/**
 * One property of a `-j` entry: value and source as the text output would print them.
 *
 * @internal
 */
export type JsonProperty = { property: string; value: string; source: string };

/**
 * One dataset or pool of `zfs list -j`, `zfs get -j`, `zpool list -j` or `zpool get -j`.
 *
 * @internal
 */
export type JsonEntry = {
  name: string;
  /** Top-level fields (`type`, `pool`, `createtxg`, `state`, `guid`) as strings, `type` in lower case. */
  fields: Record<string, string>;
  properties: JsonProperty[];
  /** Raw `vdevs` map of `zpool list -j -v`. */
  vdevs: Record<string, unknown> | undefined;
};

/**
 * Reads the common JSON shape of `zfs list/get -j` and `zpool list/get -j`.
 *
 * @internal
 */
export function readPropertiesJson(text: string, command: string): JsonEntry[] {
  const parsed = RawEnvelopeSchema.safeParse(parseJsonSafe(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.map(String).join('.')}`;
    throw new ZfsParseError(`not ${command} JSON output${where}: ${issue?.message ?? 'invalid'}`, {
      cause: parsed.error,
    });
  }
  const entries: JsonEntry[] = [];
  const map = parsed.data.datasets ?? parsed.data.pools ?? {};
  for (const [key, raw] of Object.entries(map)) {
    const fields: Record<string, string> = {};
    if (raw.type !== undefined) fields.type = raw.type.toLowerCase();
    if (raw.pool !== undefined) fields.pool = raw.pool;
    if (raw.createtxg !== undefined) fields.createtxg = String(raw.createtxg);
    if (raw.state !== undefined) fields.state = raw.state;
    if (raw.guid !== undefined) fields.guid = String(raw.guid);
    const properties: JsonProperty[] = [];
    for (const [property, value] of Object.entries(raw.properties ?? {})) {
      properties.push({ property, value: String(value.value ?? '-'), source: sourceText(value.source) });
    }
    entries.push({ name: raw.name ?? key, fields, properties, vdevs: raw.vdevs });
  }
  return entries;
}

function sourceText(source: { type?: string | undefined; data?: unknown } | undefined): string {
  const type = source?.type?.toUpperCase();
  const data = source?.data === undefined ? '-' : String(source.data);
  switch (type) {
    case undefined:
    case 'NONE':
      return '-';
    case 'INHERITED':
      return `inherited from ${data}`;
    default:
      return type.toLowerCase();
  }
}
