import type { ZpoolStatusPool } from '../../model/zpoolStatus.js';

const ORDER = [
  'name',
  'id',
  'state',
  'stateDetail',
  'status',
  'action',
  'see',
  'msgid',
  'scan',
  'remove',
  'checkpoint',
  'expand',
  'condense',
  'extra',
  'txg',
  'spaVersion',
  'zplVersion',
  'columns',
  'root',
  'logs',
  'cache',
  'spares',
  'special',
  'dedup',
  'errors',
  'ddt',
  'notes',
] as const;

/**
 * Returns the pool with its keys in one fixed order (text and JSON parsers fill them in different orders), so
 * snapshots and `JSON.stringify` output are stable.
 *
 * @internal
 */
export function orderPool(pool: ZpoolStatusPool): ZpoolStatusPool {
  const ordered: Record<string, unknown> = {};
  const source = pool as Record<string, unknown>;
  for (const key of ORDER) if (source[key] !== undefined) ordered[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in ordered)) ordered[key] = source[key];
  return ordered as ZpoolStatusPool;
}
