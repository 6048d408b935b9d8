import { isZfsPropertyObject, parsedNumber } from '../../zfsProperty/zfsPropertySchema.js';

/**
 * A numeric ZFS property of a `pool.dataset.query` row, in bytes ({@link parsedNumber} of the property object, or a
 * bare number); `0` when absent, `none` or not numeric.
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
  const value = row[property];
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  return isZfsPropertyObject(value) ? (parsedNumber(value) ?? 0) : 0;
}
