import { splitFieldPath } from './fieldPath.js';
import { pyTypeName } from './pyValues.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

type Selector = { readonly segments: readonly string[]; readonly alias: string | undefined };

/**
 * Projects one row to the selected fields.
 *
 * @internal
 * @example
 * ```ts
 * import { compileSelect, type RowProjection } from './compileSelect.js';
 *
 * const project: RowProjection = compileSelect(['name']);
 * ```
 */
export type RowProjection = (row: unknown) => Record<string, unknown>;

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** The server's `select_path()`: keys walked while the value is a dict, and the value found (or `undefined`). */
function selectPath(row: unknown, segments: readonly string[]): { keys: string[]; value: unknown } {
  const keys: string[] = [];
  let current = row;
  let found = true;
  for (const segment of segments) {
    if (!found) break;
    if (Array.isArray(current))
      throw new QueryEvaluationError('ValueError', 'Selecting by list index is not supported');
    if (!isDict(current)) continue;
    found = Object.hasOwn(current, segment) && current[segment] !== undefined;
    current = found ? current[segment] : undefined;
    keys.push(segment);
  }
  return { keys, value: found ? current : undefined };
}

function place(entry: Record<string, unknown>, owned: Set<object>, keys: string[], value: unknown): void {
  const last = keys.pop();
  if (last === undefined) throw new QueryEvaluationError('IndexError', 'pop from empty list');
  let target = entry;
  for (const key of keys) {
    let next = Object.hasOwn(target, key) ? target[key] : undefined;
    if (next === undefined) {
      next = {};
      owned.add(next as object);
    } else if (Array.isArray(next)) {
      throw new QueryEvaluationError('TypeError', 'list indices must be integers or slices, not str');
    } else if (!isDict(next)) {
      throw new QueryEvaluationError('TypeError', `'${pyTypeName(next)}' object does not support item assignment`);
    } else if (!owned.has(next)) {
      // The server writes into the row's own nested dict here; copy it so the source row is never mutated.
      next = { ...next };
      owned.add(next as object);
    }
    setKey(target, key, next);
    target = next as Record<string, unknown>;
  }
  setKey(target, last, value);
}

/**
 * Compiles `options.select` into a row projection with the server's `do_select()` semantics: dotted paths build
 * nested objects (`"a.b"` gives `{ a: { b } }`), `[src, alias]` stores the value under `alias` at the top level,
 * missing keys are skipped, and paths through lists raise.
 *
 * @param select - The `select` entries (strings or `[src, alias]` pairs).
 * @returns The projection; it never mutates the source row.
 * @throws {QueryEvaluationError} From the projection, where the server raises (`Selecting by list index is not
 * supported`).
 * @internal
 * @example
 * ```ts
 * import { compileSelect } from './compileSelect.js';
 *
 * compileSelect(['name', ['used.parsed', 'used']])({ name: 'tank', used: { parsed: 5 } }); // { name: 'tank', used: 5 }
 * ```
 */
export function compileSelect(select: readonly (string | readonly string[])[]): RowProjection {
  const selectors: Selector[] = select.map((item) =>
    typeof item === 'string'
      ? { segments: splitFieldPath(item), alias: undefined }
      : { segments: splitFieldPath(item[0] ?? ''), alias: item[1] },
  );
  return (row) => {
    const entry: Record<string, unknown> = {};
    const owned = new Set<object>();
    for (const { segments, alias } of selectors) {
      const { keys, value } = selectPath(row, segments);
      if (value === undefined) continue;
      if (alias !== undefined) setKey(entry, alias, value);
      else place(entry, owned, keys, value);
    }
    return entry;
  };
}
