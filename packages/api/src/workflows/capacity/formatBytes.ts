const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/**
 * A byte count for messages: binary units, up to two decimals, trailing zeros dropped (`1.5 GiB`, `512 B`).
 * Non-finite values print as they are (`Infinity`).
 *
 * @param bytes - the size.
 * @returns the text.
 * @internal
 * @example
 * ```ts
 * formatBytes(1610612736); // '1.5 GiB'
 * ```
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : String(Number(value.toFixed(2)));
  return `${sign}${text} ${UNITS[unit]}`;
}
