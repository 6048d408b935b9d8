const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;

function roundNumber(value: number): string {
  return value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * `humanfriendly.format_size(bytes, binary=True)`, the middleware's `format_size`: `96 KiB`, `1.5 GiB`, `512 bytes`.
 * Used for the `value` of dataset size properties.
 * @internal
 */
export function formatSize(bytes: number): string {
  for (let i = UNITS.length - 1; i >= 0; i--) {
    const divider = 1024 ** (i + 1);
    if (bytes >= divider) return `${roundNumber(bytes / divider)} ${UNITS[i]}`;
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

const NICE_UNITS = 'BKMGTPE';

/**
 * libzfs `zfs_nicenum` (what `zfs get` prints without `-p`): `96K`, `1.50G`, `512B`, `0B`.
 * @internal
 */
export function zfsNicenum(bytes: number): string {
  let index = 0;
  let n = bytes;
  while (n >= 1024 && index < NICE_UNITS.length - 1) {
    n = Math.floor(n / 1024);
    index++;
  }
  const unit = NICE_UNITS[index] as string;
  const divider = 1024 ** index;
  if (index === 0 || bytes % divider === 0) return `${n}${unit}`;
  let text = '';
  for (let digits = 2; digits >= 0; digits--) {
    text = `${(bytes / divider).toFixed(digits)}${unit}`;
    if (text.length <= 5) break;
  }
  return text;
}

/** `recordsize`/`volblocksize` `value` as the middleware formats it: `128K`, `1M`, `512`. @internal */
export function formatBlockSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.trunc(bytes / (1024 * 1024))}M`;
  if (bytes >= 1024) return `${Math.trunc(bytes / 1024)}K`;
  return String(bytes);
}

const SIZE_SUFFIX: Record<string, number> = { '': 1, B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/**
 * Parses ZFS size strings (`16K`, `1M`, `512`, `512B`) or passes numbers through; `undefined` when invalid.
 * @internal
 */
export function parseZfsSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  const match = /^(\d+)([BKMGT]?)$/i.exec(value.trim());
  if (!match) return undefined;
  const factor = SIZE_SUFFIX[(match[2] ?? '').toUpperCase()];
  return factor === undefined ? undefined : Number(match[1]) * factor;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * The `value` of a `creation` property: `strftime('%a %b %d %H:%M %Y')` with a space-padded hour, in UTC (the mock's
 * timezone), e.g. `Tue Jan 02  9:05 2024`.
 * @internal
 */
export function formatCreation(date: Date): string {
  const hour = date.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${
    hour < 10 ? ` ${hour}` : hour
  }:${pad(date.getUTCMinutes())} ${date.getUTCFullYear()}`;
}
