import { parseIsoDatetime } from './parseIsoDatetime.js';
import { pyStr } from './pyRepr.js';
import { pyTruthy } from './pyValues.js';
import { QUERY_BASE_OPERATORS, QUERY_TIMESTAMP_OPERATORS } from './queryOperators.js';

const MAX_FILTERS_DEPTH = 3;
const TIMESTAMP_DESIGNATOR = '.$date';
const BASE_OPERATORS: ReadonlySet<string> = new Set(QUERY_BASE_OPERATORS);
const TIMESTAMP_OPERATORS: ReadonlySet<string> = new Set(QUERY_TIMESTAMP_OPERATORS);

/** Python sequences: lists, and strings (iterated by code point). Anything else is not one. */
function asSequence(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return Array.from(value);
  return undefined;
}

function checkTimestamps(filter: readonly unknown[], op: string): string | undefined {
  const [field, , value] = filter;
  for (const operand of [field, value]) {
    if (typeof operand !== 'string' || !operand.endsWith(TIMESTAMP_DESIGNATOR)) continue;
    if (!TIMESTAMP_OPERATORS.has(op)) return `${op}: invalid timestamp operation.`;
    const other = operand === field ? value : field;
    if (typeof other !== 'string' || parseIsoDatetime(other) === undefined) {
      return `${pyStr(other)}: must be an ISO-8601 formatted timestamp string`;
    }
  }
  return undefined;
}

function checkCondition(filter: readonly unknown[]): string | undefined {
  const op = filter[1];
  if (typeof op !== 'string' || op === '') return `Invalid operation: ${pyStr(op)}`;
  let base = op;
  if (op.startsWith('C')) {
    base = op.slice(1);
    if (base === '~') return `Invalid case-insensitive operation: ${op}`;
  }
  if (!BASE_OPERATORS.has(base)) return `Invalid operation: ${op}`;
  return checkTimestamps(filter, base);
}

function checkOr(filter: readonly unknown[], depth: number): string | undefined {
  const [op, value] = filter;
  if (op !== 'OR') return `Invalid operation: ${pyStr(op)}`;
  if (!pyTruthy(value)) return 'OR filter requires at least one branch.';
  const branches = asSequence(value);
  if (branches === undefined) return `Invalid filter ${pyStr(filter)}`;
  for (const branch of branches) {
    const items = asSequence(branch);
    if (items === undefined || items.length === 0) return `Invalid filter ${pyStr(branch)}`;
    const error = Array.isArray(items[0]) ? checkLevel(items, depth + 1) : checkLevel([branch], depth + 1);
    if (error !== undefined) return error;
  }
  return undefined;
}

function checkLevel(filters: readonly unknown[], depth: number): string | undefined {
  if (depth > MAX_FILTERS_DEPTH) return 'query-filters max recursion depth exceeded';
  for (const filter of filters) {
    const items = asSequence(filter);
    const error =
      items?.length === 2
        ? checkOr(items, depth)
        : items?.length === 3
          ? checkCondition(items)
          : `Invalid filter ${pyStr(filter)}`;
    if (error !== undefined) return error;
  }
  return undefined;
}

/**
 * Runs the server's `validate_filters()` on a filter list and returns its first error message, or `undefined`.
 *
 * Messages are exact: `Invalid operation: <op>`, `Invalid filter [...]`, `OR filter requires at least one branch.`,
 * `query-filters max recursion depth exceeded`, `Invalid case-insensitive operation: C~`,
 * `<op>: invalid timestamp operation.` and `<value>: must be an ISO-8601 formatted timestamp string`. (The server
 * sends them prefixed with `Value error, `.) Like Python, strings are walked as sequences, so a bare
 * `["OR", [...]]` list fails with `Invalid operation: O`.
 *
 * @param filters - The `filters` argument, unvalidated.
 * @returns The error message, or `undefined` when the filters are valid.
 * @internal
 * @example
 * ```ts
 * import { checkQueryFilters } from './checkQueryFilters.js';
 *
 * checkQueryFilters([['name', 'C~', 'x']]); // 'Invalid case-insensitive operation: C~'
 * ```
 */
export function checkQueryFilters(filters: unknown): string | undefined {
  const items = asSequence(filters);
  if (items === undefined) return `Invalid filter ${pyStr(filters)}`;
  return checkLevel(items, 0);
}
