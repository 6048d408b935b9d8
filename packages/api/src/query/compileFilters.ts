import { checkQueryFilters } from './checkQueryFilters.js';
import { compileOperator, type ValueTest } from './compileOperator.js';
import { type CompiledFieldPath, compileFieldPath, MISSING, resolveFieldPath, WildcardHit } from './fieldPath.js';
import { parseIsoDatetime } from './parseIsoDatetime.js';
import { pyTypeName } from './pyValues.js';
import { QueryEvaluationError } from './queryEvaluationError.js';
import type { QueryFilters } from './queryFilterSchema.js';
import { QueryValidationError } from './queryValidationError.js';

/**
 * A compiled filter list: true when the row matches every filter.
 *
 * @example
 * ```ts
 * import { compileFilters, type RowPredicate } from '@tn/api';
 *
 * const isFilesystem: RowPredicate = compileFilters([['type', '=', 'FILESYSTEM']]);
 * ```
 */
export type RowPredicate = (row: unknown) => boolean;

const TIMESTAMP_DESIGNATOR = '.$date';

function matchHit(hit: WildcardHit, path: CompiledFieldPath, test: ValueTest): boolean {
  for (const item of hit.items) {
    const value = resolveFieldPath(item, path, hit.next);
    if (value === MISSING) continue;
    if (value instanceof WildcardHit ? matchHit(value, path, test) : test(value)) return true;
  }
  return false;
}

function isPlainKey(path: CompiledFieldPath): boolean {
  return path.segments.length === 1 && path.indexes[0] === -1 && path.guarded[0] === false;
}

function failing(exception: 'AttributeError' | 'TypeError', reason: string): RowPredicate {
  return () => {
    throw new QueryEvaluationError(exception, reason);
  };
}

function isUnhashable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/**
 * The server's `value_maps`: every ISO operand of a `.$date` condition, parsed. When any exist, the server swaps
 * *every* condition's field or value equal to one of these strings for the datetime, and raises on list or dict
 * fields and values (they are unhashable dict keys).
 */
type TimestampOperands = ReadonlyMap<string, Date>;

function compileCondition(field: unknown, op: string, operand: unknown, timestamps: TimestampOperands): RowPredicate {
  let serverOperand = operand;
  if (timestamps.size > 0) {
    for (const item of [field, operand]) {
      if (isUnhashable(item)) return failing('TypeError', `unhashable type: '${pyTypeName(item)}'`);
    }
    if (typeof field === 'string' && timestamps.has(field)) field = timestamps.get(field);
    if (typeof operand === 'string' && timestamps.has(operand)) serverOperand = timestamps.get(operand);
  }
  if (typeof field !== 'string') {
    return failing('AttributeError', `'${pyTypeName(field)}' object has no attribute 'partition'`);
  }
  const path = compileFieldPath(field);
  const test = compileOperator(op, serverOperand, field.endsWith(TIMESTAMP_DESIGNATOR));
  const slow: RowPredicate = (row) => {
    const value = resolveFieldPath(row, path, 0);
    if (value === MISSING) return false;
    return value instanceof WildcardHit ? matchHit(value, path, test) : test(value);
  };
  if (!isPlainKey(path)) return slow;
  const key = path.segments[0] as string;
  return (row) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row) || row instanceof Date) return slow(row);
    const value = (row as Record<string, unknown>)[key];
    return value !== undefined && test(value);
  };
}

function every(predicates: readonly RowPredicate[]): RowPredicate {
  const [first, second] = predicates;
  if (predicates.length === 0) return () => true;
  if (predicates.length === 1) return first as RowPredicate;
  if (predicates.length === 2) {
    const a = first as RowPredicate;
    const b = second as RowPredicate;
    return (row) => a(row) && b(row);
  }
  return (row) => {
    for (const predicate of predicates) if (!predicate(row)) return false;
    return true;
  };
}

function compileFilter(filter: readonly unknown[], timestamps: TimestampOperands): RowPredicate {
  if (filter.length === 2) {
    const branches = (filter[1] as readonly unknown[]).map((branch) => {
      const items = branch as readonly unknown[];
      return Array.isArray(items[0]) ? compileList(items, timestamps) : compileFilter(items, timestamps);
    });
    return (row) => {
      for (const branch of branches) if (branch(row)) return true;
      return false;
    };
  }
  return compileCondition(filter[0], filter[1] as string, filter[2], timestamps);
}

function compileList(filters: readonly unknown[], timestamps: TimestampOperands): RowPredicate {
  return every(filters.map((filter) => compileFilter(filter as readonly unknown[], timestamps)));
}

function collectTimestamps(filters: readonly unknown[], into: Map<string, Date>): Map<string, Date> {
  for (const filter of filters) {
    const items = filter as readonly unknown[];
    if (items.length === 2) {
      for (const branch of items[1] as readonly unknown[]) {
        const branchItems = branch as readonly unknown[];
        collectTimestamps(Array.isArray(branchItems[0]) ? branchItems : [branch], into);
      }
      continue;
    }
    const [field, , value] = items;
    for (const operand of [field, value]) {
      if (typeof operand !== 'string' || !operand.endsWith(TIMESTAMP_DESIGNATOR)) continue;
      const other = operand === field ? value : field;
      const parsed = typeof other === 'string' ? parseIsoDatetime(other) : undefined;
      if (parsed !== undefined) into.set(other as string, new Date(parsed.epochMs));
    }
  }
  return into;
}

/**
 * Compiles a filter list without validating it (for callers that already ran `checkQueryFilters`).
 *
 * @param filters - Valid filters.
 * @returns The row predicate.
 * @internal
 * @example
 * ```ts
 * import { compileCheckedFilters } from './compileFilters.js';
 *
 * const predicate = compileCheckedFilters([['name', '^', 'tank']]);
 * ```
 */
export function compileCheckedFilters(filters: readonly unknown[]): RowPredicate {
  return compileList(filters, collectTimestamps(filters, new Map()));
}

/**
 * Validates a filter list (server rules, exact messages) and compiles it once into a row predicate with the
 * server's `filter_list` semantics: conditions ANDed, `["OR", [...]]` branches, dotted paths with `\\.`, array
 * indexes and `*`, missing keys false, `C` prefixes, `.$date` comparisons.
 *
 * @param filters - The filters (typed `QueryFilters`, or raw JSON from the wire).
 * @returns A predicate to run on each row; it throws `QueryEvaluationError` where the server would raise.
 * @throws {QueryValidationError} When the filters break a server rule (`Invalid operation: ...`).
 * @example
 * ```ts
 * import { compileFilters } from '@tn/api';
 *
 * const matches = compileFilters([['OR', [['pool', '=', 'tank'], ['name', '^', 'boot-pool/']]]]);
 * [{ pool: 'tank', name: 'tank/a' }].filter(matches);
 * ```
 */
export function compileFilters(filters: QueryFilters | readonly unknown[]): RowPredicate {
  if (!Array.isArray(filters)) throw new QueryValidationError([['filters', 'Input should be a valid list', 22]]);
  const message = checkQueryFilters(filters);
  if (message !== undefined) throw new QueryValidationError([['filters', `Value error, ${message}`, 22]]);
  return compileCheckedFilters(filters);
}
