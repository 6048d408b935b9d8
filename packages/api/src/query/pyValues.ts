import { QueryEvaluationError } from './queryEvaluationError.js';

/**
 * A Python ordering operator.
 *
 * @internal
 * @example
 * ```ts
 * import type { PyOrderOperator } from './pyValues.js';
 *
 * const op: PyOrderOperator = '>=';
 * ```
 */
export type PyOrderOperator = '<' | '<=' | '>' | '>=';

/**
 * Python's name for the type of a JSON-like value, as it appears in Python error messages.
 *
 * @param value - Any JSON-like value.
 * @returns `'NoneType'`, `'bool'`, `'int'`, `'float'`, `'str'`, `'list'`, `'dict'` or `'datetime.datetime'`.
 * @internal
 * @example
 * ```ts
 * import { pyTypeName } from './pyValues.js';
 *
 * pyTypeName(null); // 'NoneType'
 * ```
 */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'object':
      if (Array.isArray(value)) return 'list';
      return value instanceof Date ? 'datetime.datetime' : 'dict';
    default:
      return typeof value;
  }
}

/**
 * Python truthiness (`bool(x)`): `None`, `False`, `0`, `''`, `[]` and `{}` are false.
 *
 * @param value - Any JSON-like value.
 * @returns Whether Python would treat the value as true.
 * @internal
 * @example
 * ```ts
 * import { pyTruthy } from './pyValues.js';
 *
 * pyTruthy([]); // false
 * ```
 */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
    case 'string':
      return value.length > 0;
    case 'object':
      if (Array.isArray(value)) return value.length > 0;
      return value instanceof Date || Object.keys(value).length > 0;
    default:
      return true;
  }
}

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Python `==` on JSON-like values: deep for lists and dicts, `True == 1`, `1 == 1.0`, dates by instant.
 *
 * @param a - Left operand.
 * @param b - Right operand.
 * @returns Whether Python considers the values equal.
 * @internal
 * @example
 * ```ts
 * import { pyEq } from './pyValues.js';
 *
 * pyEq(true, 1); // true
 * ```
 */
export function pyEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'number' || ta === 'boolean') return (tb === 'number' || tb === 'boolean') && Number(a) === Number(b);
  if (ta !== 'object' || tb !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEq(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (!isDict(a) || !isDict(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !pyEq(a[key], b[key])) return false;
  return true;
}

function fixSurrogate(code: number): number {
  return code >= 0xe000 ? code - 0x800 : code + 0x2000;
}

/**
 * Compares strings by code point, as Python does (JS `<` compares UTF-16 code units).
 *
 * @param a - Left string.
 * @param b - Right string.
 * @returns A negative number, zero or a positive number.
 * @internal
 * @example
 * ```ts
 * import { compareCodePoints } from './pyValues.js';
 *
 * compareCodePoints('\uFFFF', '\u{1F600}') < 0; // true (JS '<' says the opposite)
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = fixSurrogate(x);
      y = fixSurrogate(y);
    }
    return x - y;
  }
  return a.length - b.length;
}

function unsupported(op: PyOrderOperator, a: unknown, b: unknown): QueryEvaluationError {
  return new QueryEvaluationError(
    'TypeError',
    `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
  );
}

function applyOrder(op: PyOrderOperator, difference: number): boolean {
  switch (op) {
    case '<':
      return difference < 0;
    case '<=':
      return difference <= 0;
    case '>':
      return difference > 0;
    default:
      return difference >= 0;
  }
}

/**
 * Python ordering comparison (`a < b` and friends) on JSON-like values.
 *
 * @param a - Left operand.
 * @param b - Right operand.
 * @param op - The operator.
 * @returns The comparison result.
 * @throws {QueryEvaluationError} `TypeError` when Python cannot order the types (`None`, dicts, mixed types).
 * @internal
 * @example
 * ```ts
 * import { pyCompare } from './pyValues.js';
 *
 * pyCompare([1, 2], [1, 3], '<'); // true
 * ```
 */
export function pyCompare(a: unknown, b: unknown, op: PyOrderOperator): boolean {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'boolean') && (tb === 'number' || tb === 'boolean')) {
    const x = Number(a);
    const y = Number(b);
    if (op === '<') return x < y;
    if (op === '<=') return x <= y;
    if (op === '>') return x > y;
    return x >= y;
  }
  if (ta === 'string' && tb === 'string') return applyOrder(op, compareCodePoints(a as string, b as string));
  if (a instanceof Date && b instanceof Date) return applyOrder(op, a.getTime() - b.getTime());
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) if (!pyEq(a[i], b[i])) return pyCompare(a[i], b[i], op);
    return applyOrder(op, a.length - b.length);
  }
  throw unsupported(op, a, b);
}
