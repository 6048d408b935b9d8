import { createHash } from 'node:crypto';

/**
 * The id a datastore (SQLite) table gives its next row: `max(existing) + 1`, so a deleted highest id is re-used, as
 * on a real TrueNAS. `1` for an empty table.
 * @internal
 */
export function nextRowId(ids: Iterable<number>): number {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  return max + 1;
}

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

/**
 * A deterministic 64-bit ZFS guid (decimal string, as the middleware sends guids) derived from `seed`, so a seeded
 * server looks the same after every `reset()`.
 * @internal
 */
export function guidFor(seed: string): string {
  return digest(seed).readBigUInt64BE(0).toString();
}

/** A deterministic RFC 4122-shaped uuid (version 4 layout) derived from `seed`. @internal */
export function uuidFor(seed: string): string {
  const hex = digest(seed).toString('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
