import { casefoldValue } from './casefold.js';
import { parseIsoDatetime } from './parseIsoDatetime.js';
import { compilePythonRegex } from './pythonRegex.js';
import { compareCodePoints, type PyOrderOperator, pyCompare, pyEq, pyTruthy, pyTypeName } from './pyValues.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

/**
 * A compiled operator: tests one field value (never a missing key) against the condition's operand.
 *
 * @internal
 * @example
 * ```ts
 * import { compileOperator, type ValueTest } from './compileOperator.js';
 *
 * const isTank: ValueTest = compileOperator('=', 'tank', false);
 * ```
 */
export type ValueTest = (value: unknown) => boolean;

function typeError(reason: string): QueryEvaluationError {
  return new QueryEvaluationError('TypeError', reason);
}

function isHashableKey(item: unknown): boolean {
  if (typeof item !== 'object' || item === null || item instanceof Date) return true;
  throw typeError(`unhashable type: '${pyTypeName(item)}'`);
}

/** Python `item in container`. */
function contains(container: unknown, item: unknown): boolean {
  if (Array.isArray(container)) {
    for (const element of container) if (pyEq(item, element)) return true;
    return false;
  }
  if (typeof container === 'string') {
    if (typeof item !== 'string')
      throw typeError(`'in <string>' requires string as left operand, not ${pyTypeName(item)}`);
    return container.includes(item);
  }
  if (typeof container === 'object' && container !== null && !(container instanceof Date)) {
    return isHashableKey(item) && typeof item === 'string' && Object.hasOwn(container, item);
  }
  throw typeError(`argument of type '${pyTypeName(container)}' is not iterable`);
}

function equals(operand: unknown): ValueTest {
  if (typeof operand === 'string') return (x) => x === operand;
  if (operand === null) return (x) => x === null;
  if (typeof operand === 'number' || typeof operand === 'boolean') {
    const n = Number(operand);
    return (x) => x === operand || ((typeof x === 'number' || typeof x === 'boolean') && Number(x) === n);
  }
  return (x) => pyEq(x, operand);
}

function order(op: PyOrderOperator, operand: unknown): ValueTest {
  if (typeof operand === 'number') {
    if (op === '>') return (x) => (typeof x === 'number' ? x > operand : pyCompare(x, operand, op));
    if (op === '>=') return (x) => (typeof x === 'number' ? x >= operand : pyCompare(x, operand, op));
    if (op === '<') return (x) => (typeof x === 'number' ? x < operand : pyCompare(x, operand, op));
    return (x) => (typeof x === 'number' ? x <= operand : pyCompare(x, operand, op));
  }
  if (typeof operand === 'string') {
    return (x) => {
      if (typeof x !== 'string') return pyCompare(x, operand, op);
      const d = compareCodePoints(x, operand);
      return op === '<' ? d < 0 : op === '<=' ? d <= 0 : op === '>' ? d > 0 : d >= 0;
    };
  }
  return (x) => pyCompare(x, operand, op);
}

function membership(operand: unknown): ValueTest {
  if (Array.isArray(operand) && operand.every((e) => typeof e === 'string')) {
    const set = new Set<unknown>(operand);
    return (x) => typeof x === 'string' && set.has(x);
  }
  return (x) => contains(operand, x);
}

function affix(method: 'startswith' | 'endswith', operand: unknown): ValueTest {
  return (x) => {
    if (typeof x !== 'string')
      throw new QueryEvaluationError('AttributeError', `'${pyTypeName(x)}' object has no attribute '${method}'`);
    if (typeof operand !== 'string')
      throw typeError(`${method} first arg must be str or a tuple of str, not ${pyTypeName(operand)}`);
    return method === 'startswith' ? x.startsWith(operand) : x.endsWith(operand);
  };
}

function regexMatch(pattern: unknown): ValueTest {
  let compiled: RegExp | undefined;
  return (x) => {
    // `re` looks the pattern up in a cache dict first, so lists and dicts fail as unhashable.
    if (typeof pattern === 'object' && pattern !== null && !(pattern instanceof Date)) isHashableKey(pattern);
    if (typeof pattern !== 'string') throw typeError('first argument must be string or compiled pattern');
    compiled ??= compilePythonRegex(pattern);
    const subject = pyTruthy(x) ? x : '';
    if (typeof subject !== 'string') throw typeError(`expected string or bytes-like object, got '${pyTypeName(x)}'`);
    compiled.lastIndex = 0;
    return compiled.test(subject);
  };
}

/** Returns `test` for non-null values and `false` for `None`, as the server's null-guarded operators do. */
function nullGuarded(test: ValueTest, negate: boolean): ValueTest {
  return negate ? (x) => x !== null && !test(x) : (x) => x !== null && test(x);
}

function baseOperator(op: string, operand: unknown): ValueTest {
  switch (op) {
    case '=':
      return equals(operand);
    case '!=': {
      const eq = equals(operand);
      return (x) => !eq(x);
    }
    case '>':
    case '>=':
    case '<':
    case '<=':
      return order(op, operand);
    case '~':
      return regexMatch(operand);
    case 'in':
      return membership(operand);
    case 'nin':
      return nullGuarded(membership(operand), true);
    case 'rin':
      return nullGuarded((x) => contains(x, operand), false);
    case 'rnin':
      return nullGuarded((x) => contains(x, operand), true);
    case '^':
      return nullGuarded(affix('startswith', operand), false);
    case '!^':
      return nullGuarded(affix('startswith', operand), true);
    case '$':
      return nullGuarded(affix('endswith', operand), false);
    case '!$':
      return nullGuarded(affix('endswith', operand), true);
    default:
      throw new QueryEvaluationError('ValueError', `Invalid operation: ${op}`);
  }
}

/** Field values of a `.$date` condition: a `Date`, or epoch milliseconds as in the wire form `{"$date": ms}`. */
function timestampOperator(op: string, operand: unknown): ValueTest {
  const epochMs = typeof operand === 'string' ? parseIsoDatetime(operand)?.epochMs : undefined;
  const instant = operand instanceof Date ? operand : epochMs === undefined ? undefined : new Date(epochMs);
  if (instant === undefined) return baseOperator(op, operand);
  const test = baseOperator(op, instant);
  return (x) => test(typeof x === 'number' ? new Date(x) : x);
}

/**
 * Compiles one operator with its operand into a value test with the server's `opmap` semantics, `C` prefix
 * (casefold both sides) and `.$date` handling.
 *
 * Errors the server raises while evaluating (comparing `None` with `<`, `C=` on a number, a bad pattern) are thrown
 * when a row is tested, not here, so an empty row list never fails.
 *
 * @param op - A validated operator (`=`, `Cin`, ...).
 * @param operand - The condition's value.
 * @param timestamp - Whether the field path ends with `.$date` (the operand is then an ISO-8601 string).
 * @returns The value test.
 * @internal
 * @example
 * ```ts
 * import { compileOperator } from './compileOperator.js';
 *
 * compileOperator('C^', 'TA', false)('tank'); // true
 * ```
 */
export function compileOperator(op: string, operand: unknown, timestamp: boolean): ValueTest {
  const caseInsensitive = op.startsWith('C');
  const base = caseInsensitive ? op.slice(1) : op;
  const make = timestamp ? timestampOperator : baseOperator;
  if (!caseInsensitive) return make(base, operand);
  let folded: unknown;
  let foldError: unknown;
  try {
    // A `.$date` operand is a datetime by now on the server, and casefolding a datetime raises.
    const serverOperand = timestamp && typeof operand === 'string' ? new Date(Number.NaN) : operand;
    folded = casefoldValue(serverOperand);
  } catch (err) {
    foldError = err;
  }
  const test = foldError === undefined ? make(base, folded) : undefined;
  return (x) => {
    const value = casefoldValue(x);
    if (test === undefined) throw foldError;
    return test(value);
  };
}
