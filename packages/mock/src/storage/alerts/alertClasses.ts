/** An alert class the emulation knows (for `alert.list_categories` and default texts). @internal */
export type AlertClassInfo = {
  id: string;
  category: string;
  title: string;
  level: string;
  text: string;
  proactiveSupport: boolean;
};

/** Category ids and titles, in `AlertCategory` order. @internal */
export const ALERT_CATEGORIES: readonly (readonly [string, string])[] = [
  ['HARDWARE', 'Hardware'],
  ['STORAGE', 'Storage'],
  ['SYSTEM', 'System'],
];

/** Classes the storage emulation raises, plus a few common ones. @internal */
export const ALERT_CLASSES: readonly AlertClassInfo[] = [
  {
    id: 'VolumeStatus',
    category: 'STORAGE',
    title: 'Pool Status Is Not Healthy',
    level: 'CRITICAL',
    text: 'Pool %(volume)s state is %(state)s: %(status)s%(devices)s',
    proactiveSupport: true,
  },
  {
    id: 'ZpoolCapacityWarning',
    category: 'STORAGE',
    title: 'Pool Space Usage Is Above 80%',
    level: 'WARNING',
    text: 'Space usage for pool "%(volume)s" is %(capacity)d%%. Keeping space usage below 80%% is recommended for performance.',
    proactiveSupport: false,
  },
  {
    id: 'ZpoolCapacityCritical',
    category: 'STORAGE',
    title: 'Pool Space Usage Is Above 90%',
    level: 'CRITICAL',
    text: 'Space usage for pool "%(volume)s" is %(capacity)d%%. Keeping space usage below 80%% is recommended for performance.',
    proactiveSupport: false,
  },
  {
    id: 'ScrubPaused',
    category: 'STORAGE',
    title: 'Scrub Is Paused',
    level: 'WARNING',
    text: 'Scrub for pool %r is paused for more than 8 hours.',
    proactiveSupport: false,
  },
  {
    id: 'BootPoolStatus',
    category: 'SYSTEM',
    title: 'Boot Pool Is Not Healthy',
    level: 'CRITICAL',
    text: 'Boot pool status is %(status)s: %(status_detail)s.',
    proactiveSupport: true,
  },
  {
    id: 'SMART',
    category: 'HARDWARE',
    title: 'S.M.A.R.T. Error',
    level: 'CRITICAL',
    text: '%(message)s',
    proactiveSupport: true,
  },
];

/** Python `repr` of a string (single quotes unless the text holds one). @internal */
export function pyRepr(value: unknown): string {
  if (typeof value !== 'string') return pyStr(value);
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * Python `text % args` for alert texts: `%(name)s`, `%(name)d`, `%(name)r` with a mapping, `%s`/`%r`/`%d` with a
 * scalar or list, `%%`. Returns `null` when the arguments do not fit (the middleware then formats nothing useful).
 * @internal
 */
export function pyFormat(text: string, args: unknown): string | null {
  let position = 0;
  const list = Array.isArray(args) ? args : [args];
  try {
    return text.replace(/%(?:\(([^)]+)\))?([sdr%])/g, (_match, key: string | undefined, conversion: string) => {
      if (conversion === '%') return '%';
      let value: unknown;
      if (key !== undefined) {
        if (typeof args !== 'object' || args === null || !(key in args)) throw new Error(key);
        value = (args as Record<string, unknown>)[key];
      } else {
        if (position >= list.length) throw new Error('args');
        value = list[position++];
      }
      if (conversion === 'd') return String(Math.trunc(Number(value)));
      return conversion === 'r' ? pyRepr(value) : pyStr(value);
    });
  } catch {
    return null;
  }
}

/** `json.dumps(value, sort_keys=True)` (Python separators `, ` and `: `). @internal */
export function pyJsonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}: ${pyJsonDumps((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(', ')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}
