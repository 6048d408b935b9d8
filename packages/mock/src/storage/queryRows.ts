import { filterList, MatchNotFoundError, type QueryOptions } from '@tn/api';
import { Errno } from '../errno.js';
import { ValidationError } from '../errors.js';

/**
 * `get_instance(id, options)`: `query([[key, "=", id]], {...options, get: true})`, with a miss raised as the
 * middleware's `InstanceNotFound` (`-32602`, `"<Verbose> <id> does not exist"`, errno ENOENT in `extra`).
 * @internal
 */
export function getInstance(
  rows: readonly Record<string, unknown>[],
  key: string,
  id: unknown,
  options: QueryOptions,
  verboseName: string,
): unknown {
  try {
    return filterList(rows, [[key, '=', id]], { ...options, get: true });
  } catch (err) {
    if (err instanceof MatchNotFoundError) throw instanceNotFound(verboseName, id);
    throw err;
  }
}

/** The `InstanceNotFound` error of a CRUD service (`Pool 5 does not exist`). @internal */
export function instanceNotFound(verboseName: string, id: unknown): ValidationError {
  return new ValidationError(null, `${verboseName} ${String(id)} does not exist`, Errno.ENOENT);
}

/** Query extras as a record (`options.extra`, `{}` when absent). @internal */
export function extraOf(options: QueryOptions): Record<string, unknown> {
  return options.extra ?? {};
}

/** Reads a boolean extra with a default. @internal */
export function extraFlag(options: QueryOptions, key: string, fallback: boolean): boolean {
  const value = extraOf(options)[key];
  return typeof value === 'boolean' ? value : fallback;
}

/** Reads a string-list extra (`null`/absent → `null`). @internal */
export function extraList(options: QueryOptions, key: string): string[] | null {
  const value = extraOf(options)[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
}
