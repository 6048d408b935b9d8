import { MatchNotFound, ValidationErrors } from '../errors.js';
import { DATE_SUFFIX, validateQueryFilters } from './validateQueryFilters.js';

/**
 * `query-options` of `*.query` methods (`QueryOptions` model).
 *
 * @example
 * ```ts
 * import type { QueryOptions } from '@tn/mock';
 *
 * const options: QueryOptions = { get: true, select: ['id', 'state'] };
 * ```
 */
export type QueryOptions = {
  /** Per-method extras (ignored by `filterList`). */
  extra?: Record<string, unknown>;
  /** Sort keys; `-` for descending, `nulls_first:`/`nulls_last:` prefixes. The last key is primary. */
  order_by?: string[];
  /** Fields to keep: dotted paths or `[source, alias]`. */
  select?: (string | [string, string])[];
  /** Return the number of matches. */
  count?: boolean;
  /** Return the first match, or throw `MatchNotFound`. */
  get?: boolean;
  /** Rows to skip. */
  offset?: number;
  /** Max rows (0 = all, at most 10000). */
  limit?: number;
  /** Accepted and ignored. */
  force_sql_filters?: boolean;
};

type Row = Record<string, unknown>;

function splitPath(path: string): string[] {
  return path.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));
}

/** Values at `path` (several when `*` crosses an array); `undefined` marks a missing key. */
function lookup(row: unknown, parts: readonly string[]): unknown[] {
  let current: unknown[] = [row];
  for (const part of parts) {
    const next: unknown[] = [];
    for (const value of current) {
      if (part === '*' && Array.isArray(value)) next.push(...value);
      else if (Array.isArray(value) && /^\d+$/.test(part)) {
        if (Number(part) < value.length) next.push(value[Number(part)]);
      } else if (typeof value === 'object' && value !== null && Object.hasOwn(value, part)) {
        next.push((value as Row)[part]);
      }
    }
    current = next;
  }
  return current;
}

function pyEquals(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => pyEquals((a as Row)[k], (b as Row)[k]));
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  return Array.isArray(v) ? 'list' : 'dict';
}

function order(x: unknown, y: unknown, op: string): number {
  const comparable =
    (typeof x === 'number' && typeof y === 'number') ||
    (typeof x === 'string' && typeof y === 'string') ||
    (x instanceof Date && y instanceof Date);
  if (!comparable) {
    throw new TypeError(`'${op}' not supported between instances of '${typeName(x)}' and '${typeName(y)}'`);
  }
  const a = x instanceof Date ? x.getTime() : (x as number | string);
  const b = y instanceof Date ? y.getTime() : (y as number | string);
  return a < b ? -1 : a > b ? 1 : 0;
}

function contains(container: unknown, item: unknown): boolean {
  if (typeof container === 'string') return typeof item === 'string' && container.includes(item);
  if (Array.isArray(container)) return container.some((c) => pyEquals(c, item));
  if (typeof container === 'object' && container !== null && typeof item === 'string')
    return Object.hasOwn(container, item);
  return false;
}

function fold(v: unknown): unknown {
  if (typeof v === 'string') return v.toLowerCase();
  if (Array.isArray(v)) return v.map(fold);
  return v;
}

function applyOp(op: string, rawX: unknown, rawY: unknown): boolean {
  const ci = op.startsWith('C');
  const base = ci ? op.slice(1) : op;
  const x = ci ? fold(rawX) : rawX;
  const y = ci ? fold(rawY) : rawY;
  const none = x === null || x === undefined;
  switch (base) {
    case '=':
      return pyEquals(x, y);
    case '!=':
      return !pyEquals(x, y);
    case '>':
      return order(x, y, op) > 0;
    case '>=':
      return order(x, y, op) >= 0;
    case '<':
      return order(x, y, op) < 0;
    case '<=':
      return order(x, y, op) <= 0;
    case '~':
      return new RegExp(`^(?:${String(y)})`).test(typeof x === 'string' ? x : '');
    case 'in':
      return contains(y, x);
    case 'nin':
      return !none && !contains(y, x);
    case 'rin':
      return !none && contains(x, y);
    case 'rnin':
      return !none && !contains(x, y);
    case '^':
      return typeof x === 'string' && typeof y === 'string' && x.startsWith(y);
    case '!^':
      return typeof x === 'string' && typeof y === 'string' && !x.startsWith(y);
    case '$':
      return typeof x === 'string' && typeof y === 'string' && x.endsWith(y);
    case '!$':
      return typeof x === 'string' && typeof y === 'string' && !x.endsWith(y);
    default:
      return false;
  }
}

function matchCondition(row: unknown, filter: readonly unknown[]): boolean {
  if (filter.length === 2) {
    const branches = filter[1] as unknown[];
    return branches.some((branch) => {
      const list = (Array.isArray(branch) && Array.isArray(branch[0]) ? branch : [branch]) as unknown[][];
      return list.every((f) => matchCondition(row, f));
    });
  }
  const [field, op, value] = filter as [string, string, unknown];
  if (field.endsWith(DATE_SUFFIX)) {
    const operand = new Date(String(value));
    return lookup(row, splitPath(field.slice(0, -DATE_SUFFIX.length))).some(
      (v) => v instanceof Date && applyOp(op, v, operand),
    );
  }
  return lookup(row, splitPath(field)).some((v) => v !== undefined && applyOp(op, v, value));
}

function setPath(target: Row, parts: readonly string[], value: unknown): void {
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Row;
  }
  node[parts.at(-1) as string] = value;
}

function applySelect(row: unknown, select: readonly (string | [string, string])[]): Row {
  const out: Row = {};
  for (const entry of select) {
    const [src, alias] = typeof entry === 'string' ? [entry, entry] : entry;
    const found = lookup(row, splitPath(src));
    if (found.length === 0 || found[0] === undefined) continue;
    setPath(out, splitPath(alias), found[0]);
  }
  return out;
}

function sortRows<T>(rows: T[], orderBy: readonly string[]): T[] {
  let sorted = [...rows];
  for (const key of orderBy) {
    let name = key;
    let nulls: 'first' | 'last' | undefined;
    if (name.startsWith('nulls_first:')) [nulls, name] = ['first', name.slice(12)];
    else if (name.startsWith('nulls_last:')) [nulls, name] = ['last', name.slice(11)];
    const desc = name.startsWith('-');
    if (desc) name = name.slice(1);
    const parts = splitPath(name);
    const value = (row: T): unknown => lookup(row, parts)[0] ?? null;
    sorted = sorted.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (nulls && (va === null || vb === null)) {
        if (va === vb) return 0;
        const nullFirst = (va === null ? -1 : 1) * (nulls === 'first' ? 1 : -1);
        return nullFirst;
      }
      const cmp = order(va, vb, '<');
      return desc ? -cmp : cmp;
    });
  }
  return sorted;
}

function validateOptions(options: QueryOptions): void {
  const limit = options.limit ?? 0;
  if (options.get && (limit > 1 || (options.offset ?? 0) > 0)) {
    throw new ValidationErrors([['options', 'Invalid options combination. `get` implies a single result.', 22]]);
  }
  if (limit < 0 || limit > 10000) {
    throw new ValidationErrors([['options', 'Options limit must be between 1 and 10000', 22]]);
  }
}

/**
 * In-memory `filter_list` with the middleware's semantics: filters → select → count → order_by (successive stable
 * sorts, so the last key is primary) → get → offset → limit. `get` without a match throws {@link MatchNotFound}.
 *
 * @example
 * ```ts
 * import { filterList } from '@tn/mock';
 *
 * filterList([{ id: 1, name: 'tank' }, { id: 2, name: 'boot' }], [['name', '^', 't']], { get: true }); // { id: 1, ... }
 * ```
 */
export function filterList<T>(
  items: readonly T[],
  filters: readonly unknown[] = [],
  options: QueryOptions = {},
): T[] | T | number {
  validateQueryFilters(filters);
  validateOptions(options);
  let rows: unknown[] = items.filter((row) => filters.every((f) => matchCondition(row, f as unknown[])));
  if (options.select && options.select.length > 0) {
    const select = options.select;
    rows = rows.map((row) => applySelect(row, select));
  }
  if (options.count) return rows.length;
  if (options.order_by && options.order_by.length > 0) rows = sortRows(rows, options.order_by);
  if (options.get) {
    if (rows.length === 0) throw new MatchNotFound();
    return rows[0] as T;
  }
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 0;
  if (offset > 0) rows = rows.slice(offset);
  if (limit > 0) rows = rows.slice(0, limit);
  return rows as T[];
}
