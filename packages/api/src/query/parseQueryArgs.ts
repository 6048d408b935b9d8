import type { z } from 'zod';
import { checkQueryFilters } from './checkQueryFilters.js';
import { type QueryOptions, QueryOptionsSchema } from './queryOptionsSchema.js';
import { QueryValidationError, type QueryValidationIssue } from './queryValidationError.js';

const TYPE_MESSAGES: Readonly<Record<string, string>> = {
  array: 'Input should be a valid list',
  boolean: 'Input should be a valid boolean',
  int: 'Input should be a valid integer',
  number: 'Input should be a valid integer',
  string: 'Input should be a valid string',
  object: 'Input should be a valid dictionary',
  record: 'Input should be a valid dictionary',
};

function toWire(attribute: string, issue: z.core.$ZodIssue): QueryValidationIssue[] {
  const where = [attribute, ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key): QueryValidationIssue => [`${where}.${key}`, 'Extra inputs are not permitted', 22]);
  }
  if (issue.code === 'custom' && issue.params?.pydantic === 'value_error') {
    return [[where, `Value error, ${issue.message}`, 22]];
  }
  if (issue.code === 'invalid_type' && where === attribute && issue.expected === 'object') {
    return [[where, 'Input should be a valid dictionary or instance of QueryOptions', 22]];
  }
  if (issue.code === 'invalid_type') return [[where, TYPE_MESSAGES[issue.expected] ?? issue.message, 22]];
  return [[where, issue.message, 22]];
}

function parseFilters(filters: unknown): { filters: readonly unknown[]; issues: QueryValidationIssue[] } {
  if (filters === undefined) return { filters: [], issues: [] };
  if (!Array.isArray(filters)) return { filters: [], issues: [['filters', 'Input should be a valid list', 22]] };
  const message = checkQueryFilters(filters);
  return { filters, issues: message === undefined ? [] : [['filters', `Value error, ${message}`, 22]] };
}

/**
 * Validated `*.query` arguments, as returned by {@link parseQueryArgs}.
 *
 * @example
 * ```ts
 * import type { ParsedQueryArgs } from '@tn/api/schemas';
 *
 * const args: ParsedQueryArgs = { filters: [], options: {} };
 * ```
 */
export type ParsedQueryArgs = {
  /** The filters, as sent (they passed the server's rules; pass them to `filterList`). */
  filters: readonly unknown[];
  /** The options, typed. */
  options: QueryOptions;
};

/**
 * Validates raw `*.query` params the way the server's pydantic models do, for the mock server: filters get the
 * server's rule checks, options the strict schema and rule checks, and every failure becomes a
 * `[attribute, message, 22]` entry (`Extra inputs are not permitted`, `Input should be a valid integer`,
 * `Value error, Invalid operation: O`, ...), all collected into one error.
 *
 * @param filters - `params[0]` (`undefined` means `[]`).
 * @param options - `params[1]` (`undefined` means `{}`; `null` is invalid, as on the server).
 * @returns The validated arguments.
 * @throws {QueryValidationError} With every issue; the server answers -32602.
 * @example
 * ```ts
 * import { parseQueryArgs } from '@tn/api/schemas';
 *
 * const { filters, options } = parseQueryArgs([['name', '=', 'tank']], { get: true });
 * ```
 */
export function parseQueryArgs(filters: unknown, options: unknown): ParsedQueryArgs {
  const parsedFilters = parseFilters(filters);
  const issues = [...parsedFilters.issues];
  const parsedOptions = QueryOptionsSchema.safeParse(options === undefined ? {} : options);
  if (!parsedOptions.success) {
    for (const issue of parsedOptions.error.issues) issues.push(...toWire('options', issue));
  }
  if (issues.length > 0 || !parsedOptions.success) throw new QueryValidationError(issues);
  return { filters: parsedFilters.filters, options: parsedOptions.data };
}
