const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeChar(char: string, quote: string): string {
  if (char === '\\') return '\\\\';
  if (char === quote) return `\\${quote}`;
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  if (char === ' ' || !NON_PRINTABLE.test(char)) return char;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

function reprString(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of value) out += escapeChar(char, quote);
  return out + quote;
}

function reprFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  // Python prints fixed notation for decimal exponents -4..15, as JS does for these magnitudes.
  if (exponent >= -4 && exponent < 16) return String(value);
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

function reprNumber(value: number): string {
  // Integral numbers print as ints; beyond 1e16 JSON has lost precision anyway, so print them as floats.
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value);
  return reprFloat(value);
}

function reprDate(value: Date): string {
  const parts = [
    value.getUTCFullYear(),
    value.getUTCMonth() + 1,
    value.getUTCDate(),
    value.getUTCHours(),
    value.getUTCMinutes(),
  ];
  const seconds = value.getUTCSeconds();
  const micros = value.getUTCMilliseconds() * 1000;
  if (seconds || micros) parts.push(seconds);
  if (micros) parts.push(micros);
  return `datetime.datetime(${parts.join(', ')}, tzinfo=datetime.timezone.utc)`;
}

/**
 * Formats a JSON-like value the way Python's `repr()` does, for error messages that must match the server's.
 *
 * @param value - Any JSON-like value (`Date` prints as an aware `datetime.datetime`).
 * @returns The Python representation, e.g. `['a', None, True]`.
 * @internal
 * @example
 * ```ts
 * import { pyRepr } from './pyRepr.js';
 *
 * pyRepr(['name', '=']); // "['name', '=']"
 * ```
 */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return reprNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return reprString(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value instanceof Date) return reprDate(value);
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${reprString(key)}: ${pyRepr(item)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

/**
 * Formats a value the way Python's `str()` does: strings as they are, everything else as {@link pyRepr}.
 *
 * @param value - Any JSON-like value.
 * @returns The text Python's f-strings would print.
 * @internal
 * @example
 * ```ts
 * import { pyStr } from './pyRepr.js';
 *
 * pyStr('O'); // 'O'
 * pyStr(['a']); // "['a']"
 * ```
 */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value);
}
