import { RetentionInputError } from './retentionInputError.js';
import type { RetentionSnapshot } from './retentionSnapshot.js';

type Property = { parsed?: unknown; rawvalue?: unknown; value?: unknown };

function property(row: Record<string, unknown>, name: string): Property | undefined {
  const properties = row.properties;
  if (typeof properties !== 'object' || properties === null) return undefined;
  const value = (properties as Record<string, unknown>)[name];
  return typeof value === 'object' && value !== null ? (value as Property) : undefined;
}

function creationOf(row: Record<string, unknown>): Date | undefined {
  const creation = property(row, 'creation');
  if (creation === undefined) return undefined;
  // rawvalue is epoch seconds on both versions; parsed is a Date (or, from older servers, epoch seconds).
  if (typeof creation.rawvalue === 'string' && /^\d+$/.test(creation.rawvalue)) {
    return new Date(Number(creation.rawvalue) * 1000);
  }
  if (creation.parsed instanceof Date && !Number.isNaN(creation.parsed.getTime())) return creation.parsed;
  if (typeof creation.parsed === 'number' && Number.isFinite(creation.parsed)) return new Date(creation.parsed * 1000);
  return undefined;
}

function createtxgOf(row: Record<string, unknown>): string | undefined {
  for (const value of [row.createtxg, property(row, 'createtxg')?.rawvalue]) {
    if (typeof value === 'string' && /^\d+$/.test(value)) return value;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  }
  return undefined;
}

function clonesOf(row: Record<string, unknown>): string[] {
  const clones = property(row, 'clones');
  const value = clones?.parsed ?? clones?.rawvalue ?? clones?.value;
  if (Array.isArray(value)) return value.filter((c): c is string => typeof c === 'string' && c !== '');
  if (typeof value === 'string') return value.split(',').filter((c) => c !== '' && c !== '-');
  return [];
}

function heldOf(row: Record<string, unknown>): Pick<RetentionSnapshot, 'holds' | 'held'> {
  const holds = row.holds;
  if (typeof holds === 'object' && holds !== null && !Array.isArray(holds)) return { holds: Object.keys(holds) };
  const userrefs = property(row, 'userrefs');
  const refs = Number(userrefs?.rawvalue ?? userrefs?.parsed ?? 0);
  return { held: Number.isFinite(refs) && refs > 0 };
}

/**
 * Turns a snapshot query row (`pool.snapshot.query` on 25.10, `zfs.snapshot.query` on 25.04) into the input of
 * {@link planRetention}:
 * - `createdAt` from `properties.creation` (`rawvalue`, epoch seconds; else `parsed`);
 * - `createtxg` from `createtxg` (or `properties.createtxg`);
 * - `holds` from the `holds` object (query extra `{ holds: true }`); without it, `held` from
 *   `properties.userrefs` (the hold count);
 * - `clones` from `properties.clones` (comma-separated names).
 *
 * Throws {@link RetentionInputError} (`subject: 'snapshots'`) when the row has no name or no creation time: such a
 * snapshot cannot be placed in time, so nothing is planned.
 *
 * @param row - one snapshot row.
 * @example
 * ```ts
 * import { planRetention, toRetentionSnapshot } from '@tn/api';
 *
 * const rows = await api.snapshots.query([['dataset', '=', 'tank/vm']], { extra: { holds: true } });
 * const plan = planRetention(rows.map(toRetentionSnapshot), { keepLast: 5 }, new Date());
 * ```
 */
export function toRetentionSnapshot(row: Record<string, unknown>): RetentionSnapshot {
  const name = typeof row.name === 'string' ? row.name : typeof row.id === 'string' ? row.id : undefined;
  if (name === undefined) {
    throw new RetentionInputError({ subject: 'snapshots', issues: [{ path: 'name', message: 'row has no name' }] });
  }
  const createdAt = creationOf(row);
  if (createdAt === undefined) {
    throw new RetentionInputError({
      subject: 'snapshots',
      issues: [{ path: `${name}.properties.creation`, message: 'no creation time in the snapshot row' }],
    });
  }
  const snapshot: RetentionSnapshot = { name, createdAt, ...heldOf(row), clones: clonesOf(row) };
  const createtxg = createtxgOf(row);
  if (createtxg !== undefined) snapshot.createtxg = createtxg;
  return snapshot;
}
