import { pyRepr, pyStr } from './pyRepr.js';
import { pyTruthy } from './pyValues.js';

/** The server's `MAX_LIMIT` for `options.limit`. */
const MAX_LIMIT = 10_000;
const GET_CONFLICT = 'Invalid options combination. `get` implies a single result.';

function checkSelect(select: unknown): string | undefined {
  if (!Array.isArray(select)) return undefined;
  for (const item of select) {
    if (typeof item === 'string') continue;
    if (!Array.isArray(item)) {
      return (
        `${pyStr(item)}: selectors must be either a parameter name as a string or a list containing two items ` +
        '[<parameter name>, <as name>] to emulate SELECT <parameter name> AS <as name>.'
      );
    }
    if (item.length !== 2) {
      return (
        `${pyRepr(item)}: A select as list may only contain two parameters: the name of the parameter being ` +
        'selected, and the name to which to assign it in resulting data.'
      );
    }
    const bad = item.findIndex((part) => typeof part !== 'string');
    if (bad >= 0) return `${pyRepr(item)}: ${bad === 0 ? 'first' : 'second'} item must be a string.`;
  }
  return undefined;
}

function checkOrderBy(orderBy: unknown): string | undefined {
  if (!Array.isArray(orderBy)) return undefined;
  const bad = orderBy.findIndex((key) => typeof key !== 'string');
  if (bad < 0) return undefined;
  return `${pyRepr(orderBy)}: parameter at index ${bad} [${pyStr(orderBy[bad])}] is not a string.`;
}

/**
 * Runs the server's `validate_options()` on query options and returns its first error message, or `undefined`.
 *
 * Checks, in the server's order: `get` with `limit > 1` or a non-zero `offset`
 * (`Invalid options combination. \`get\` implies a single result.`), `limit > 10000`
 * (`Options limit must be between 1 and 10000`), then the shape of `select` and `order_by` entries. Field types and
 * unknown keys are the job of `QueryOptionsSchema`.
 *
 * @param options - The `options` argument (already an object).
 * @returns The error message, or `undefined` when the options are valid.
 * @internal
 * @example
 * ```ts
 * import { checkQueryOptions } from './checkQueryOptions.js';
 *
 * checkQueryOptions({ get: true, limit: 2 }); // 'Invalid options combination. `get` implies a single result.'
 * ```
 */
export function checkQueryOptions(options: Readonly<Record<string, unknown>>): string | undefined {
  const { get, limit = 0, offset } = options;
  const limitNumber = typeof limit === 'number' ? limit : 0;
  if (pyTruthy(get) && limitNumber > 1) return GET_CONFLICT;
  if (pyTruthy(get) && pyTruthy(offset)) return GET_CONFLICT;
  if (limitNumber > MAX_LIMIT) return `Options limit must be between 1 and ${MAX_LIMIT}`;
  return checkSelect(options.select) ?? checkOrderBy(options.order_by);
}
