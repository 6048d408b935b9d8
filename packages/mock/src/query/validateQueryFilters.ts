import { ValidationErrors } from '../errors.js';

const MAX_DEPTH = 3;
const COMPARE_OPS = new Set(['=', '!=', '>', '>=', '<', '<=']);
const BASE_OPS = new Set([...COMPARE_OPS, '~', 'in', 'nin', 'rin', 'rnin', '^', '!^', '$', '!$']);
/** Suffix comparing a datetime field with an ISO-8601 operand. @internal */
export const DATE_SUFFIX = '.$date';

function isValidOp(op: unknown): op is string {
  if (typeof op !== 'string') return false;
  if (op.startsWith('C')) return op !== 'C~' && BASE_OPS.has(op.slice(1));
  return BASE_OPS.has(op);
}

function reprFilter(f: unknown): string {
  return JSON.stringify(f) ?? String(f);
}

/**
 * Validates query filters like the middleware's `QueryFilters` model; throws {@link ValidationErrors} on
 * `filters` (`"Invalid operation: O"`, `"Invalid filter [...]"`, ...).
 *
 * @example
 * ```ts
 * import { validateQueryFilters } from '@tn/mock';
 *
 * validateQueryFilters([['id', '=', 1]]); // ok
 * ```
 */
export function validateQueryFilters(filters: unknown, attribute = 'filters', depth = 0): void {
  const fail = (msg: string): never => {
    throw new ValidationErrors([[attribute, `Value error, ${msg}`, 22]]);
  };
  if (depth > MAX_DEPTH) fail('query-filters max recursion depth exceeded');
  if (!Array.isArray(filters)) fail('Input should be a valid list');
  for (const f of filters as unknown[]) {
    if ((typeof f !== 'string' && !Array.isArray(f)) || f.length < 2 || f.length > 3)
      fail(`Invalid filter ${reprFilter(f)}`);
    const item = f as ArrayLike<unknown>;
    if (item.length === 2) {
      if (item[0] !== 'OR') fail(`Invalid operation: ${String(item[0])}`);
      const branches = item[1];
      if (!Array.isArray(branches) || branches.length === 0) fail('OR filter requires at least one branch.');
      for (const branch of branches as unknown[]) {
        const list = Array.isArray(branch) && Array.isArray(branch[0]) ? branch : [branch];
        validateQueryFilters(list, attribute, depth + 1);
      }
      continue;
    }
    const op = item[1];
    if (typeof op === 'string' && op.startsWith('C') && op.slice(1) === '~')
      fail('Invalid case-insensitive operation: C~');
    if (!isValidOp(op)) fail(`Invalid operation: ${String(op)}`);
    if (typeof item[0] === 'string' && item[0].endsWith(DATE_SUFFIX) && !COMPARE_OPS.has(op as string)) {
      fail(`Invalid operation for timestamp: ${String(op)}`);
    }
  }
}
