import { pyTypeName } from './pyValues.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

const NON_ASCII = /[\u0080-\uffff]/;
const CHEROKEE_SMALL = /[\uab70-\uabbf\u13f8-\u13fd]/g;

function foldCherokee(char: string): string {
  const code = char.charCodeAt(0);
  // Python folds Cherokee small letters to the capitals: U+AB70.. -> U+13A0.., U+13F8.. -> U+13F0..
  return String.fromCharCode(code >= 0xab70 ? code - 0xab70 + 0x13a0 : code - 8);
}

function foldNonAscii(value: string): string {
  return value.toLowerCase().toUpperCase().toLowerCase().replace(/ς/g, 'σ').replace(CHEROKEE_SMALL, foldCherokee);
}

/**
 * Python's `str.casefold()`: full Unicode case folding (`'ß'` -> `'ss'`, `'Σ'`/`'ς'` -> `'σ'`).
 *
 * Exact for ASCII and for every code point of Unicode 14 (the server's Python 3.11); code points added later may
 * fold differently.
 *
 * @param value - The string to fold.
 * @returns The folded string.
 * @internal
 * @example
 * ```ts
 * import { casefold } from './casefold.js';
 *
 * casefold('Straße'); // 'strasse'
 * ```
 */
export function casefold(value: string): string {
  if (!NON_ASCII.test(value)) return value.toLowerCase();
  if (!value.includes('ı')) return foldNonAscii(value);
  // Dotless i folds to itself, but toUpperCase() would turn it into 'I'.
  return value.split('ı').map(foldNonAscii).join('ı');
}

/**
 * The server's `casefold()` helper for `C`-prefixed operators: `None` stays `None`, strings fold, lists of strings
 * fold element-wise, anything else raises.
 *
 * @param value - A field value or operand.
 * @returns The folded value.
 * @throws {QueryEvaluationError} `ValueError` for numbers, booleans, dicts and dates; `AttributeError` for a list
 * holding a non-string.
 * @internal
 * @example
 * ```ts
 * import { casefoldValue } from './casefold.js';
 *
 * casefoldValue(['Tank', 'BOOT']); // ['tank', 'boot']
 * ```
 */
export function casefoldValue(value: unknown): unknown {
  if (value === null) return null;
  if (typeof value === 'string') return casefold(value);
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item === 'string') return casefold(item);
      throw new QueryEvaluationError('AttributeError', `'${pyTypeName(item)}' object has no attribute 'casefold'`);
    });
  }
  throw new QueryEvaluationError(
    'ValueError',
    `<class '${pyTypeName(value)}'>: support for casefolding object type not implemented.`,
  );
}
