import { ZfsParseError } from '../errors.js';
import type { ArcStats } from '../model/kstat.js';
import { parseKstat } from './parseKstat.js';
import { setRecordValue } from './safeRecord.js';

/** Return type of {@link parseArcstats}.
 *
 * @example
 * ```ts
 * import { parseArcstats, type ParseArcstatsReturnType } from '@tn/zfs';
 *
 * const result: ParseArcstatsReturnType = parseArcstats(text);
 * ```
 */
export type ParseArcstatsReturnType = ArcStats;
/** Errors {@link parseArcstats} can throw.
 *
 * @example
 * ```ts
 * import { parseArcstats, type ParseArcstatsErrorType } from '@tn/zfs';
 *
 * try {
 *   parseArcstats(text);
 * } catch (err) {
 *   console.error((err as ParseArcstatsErrorType).shortMessage);
 * }
 * ```
 */
export type ParseArcstatsErrorType = ZfsParseError;

function ratio(hits: number | undefined, misses: number | undefined): number | null {
  if (hits === undefined || misses === undefined) return null;
  const total = hits + misses;
  return total === 0 ? null : hits / total;
}

function sum(values: Record<string, number>, ...keys: string[]): number | undefined {
  let total = 0;
  for (const key of keys) {
    const value = values[key];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/**
 * Parses `/proc/spl/kstat/zfs/arcstats` and derives the ARC hit ratio (overall, demand, prefetch, L2ARC) and sizes.
 * Counters become JavaScript numbers (exact below 2^53); {@link parseKstat} keeps exact strings.
 *
 * @param text - The arcstats file content.
 * @returns Every counter plus `hits`, `misses`, `hitRatio` (0..1 or `null` before any access), `size`, `targetSize`...
 * @throws {ZfsParseError} When the file is not a named kstat or lacks `hits`, `misses`, `size` or `c`.
 *
 * @example
 * ```ts
 * import { parseArcstats } from '@tn/zfs';
 *
 * const arc = parseArcstats(arcstatsText);
 * console.log(`ARC ${(arc.size / 2 ** 30).toFixed(1)} GiB, hit ratio ${((arc.hitRatio ?? 0) * 100).toFixed(1)}%`);
 * ```
 */
export function parseArcstats(text: string): ParseArcstatsReturnType {
  const kstat = parseKstat(text);
  if (kstat.kind !== 'named') throw new ZfsParseError('arcstats: expected a named kstat ("name type data")');
  const values: Record<string, number> = {};
  for (const [name, value] of Object.entries(kstat.values)) {
    if (kstat.types[name] !== 7 && /^-?\d+$/.test(value)) setRecordValue(values, name, Number(value));
  }
  const { hits, misses, size, c } = values;
  if (hits === undefined || misses === undefined || size === undefined || c === undefined) {
    throw new ZfsParseError('arcstats: missing hits, misses, size or c');
  }
  const stats = { hits, misses, hitRatio: ratio(hits, misses), size, targetSize: c } as ArcStats;
  const demandHits = sum(values, 'demand_data_hits', 'demand_metadata_hits');
  const demandMisses = sum(values, 'demand_data_misses', 'demand_metadata_misses');
  if (demandHits !== undefined && demandMisses !== undefined) stats.demandHitRatio = ratio(demandHits, demandMisses);
  const prefetchHits = sum(values, 'prefetch_data_hits', 'prefetch_metadata_hits');
  const prefetchMisses = sum(values, 'prefetch_data_misses', 'prefetch_metadata_misses');
  if (prefetchHits !== undefined && prefetchMisses !== undefined) {
    stats.prefetchHitRatio = ratio(prefetchHits, prefetchMisses);
  }
  const optional = [
    ['minSize', 'c_min'],
    ['maxSize', 'c_max'],
    ['mruSize', 'mru_size'],
    ['mfuSize', 'mfu_size'],
    ['dataSize', 'data_size'],
    ['metadataSize', 'metadata_size'],
    ['l2Size', 'l2_size'],
  ] as const;
  for (const [key, name] of optional) {
    const value = values[name];
    if (value !== undefined) stats[key] = value;
  }
  if (values.l2_hits !== undefined && values.l2_misses !== undefined) {
    stats.l2HitRatio = ratio(values.l2_hits, values.l2_misses);
  }
  stats.values = values;
  return stats;
}
