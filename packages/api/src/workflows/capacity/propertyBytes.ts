/**
 * A numeric ZFS property of a `pool.dataset.query` row, in bytes: the property object's `parsed` value when it is a
 * number, else its `rawvalue` read as an integer; `0` when absent, `none` or not numeric.
 *
 * @param row - a dataset row.
 * @param property - the property name (`used`, `volsize`, `refquota`, ...).
 * @returns the bytes.
 * @internal
 * @example
 * ```ts
 * propertyBytes({ volsize: { parsed: 1073741824, rawvalue: '1073741824' } }, 'volsize'); // 1073741824
 * ```
 */
export function propertyBytes(row: Record<string, unknown>, property: string): number {
  const value = row[property] as { parsed?: unknown; rawvalue?: unknown } | number | null | undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (value === null || typeof value !== 'object') return 0;
  if (typeof value.parsed === 'number' && Number.isFinite(value.parsed)) return value.parsed;
  if (typeof value.rawvalue === 'string' && /^\d+$/.test(value.rawvalue)) return Number(value.rawvalue);
  return 0;
}
