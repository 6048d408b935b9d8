/**
 * The base filter operators of the server's `opmap`, in its order.
 *
 * @example
 * ```ts
 * import { QUERY_BASE_OPERATORS } from '@tn/api';
 *
 * QUERY_BASE_OPERATORS.includes('^'); // true
 * ```
 */
export const QUERY_BASE_OPERATORS = [
  '=',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  '~',
  'in',
  'nin',
  'rin',
  'rnin',
  '^',
  '!^',
  '$',
  '!$',
] as const;

/**
 * One of {@link QUERY_BASE_OPERATORS}.
 *
 * @example
 * ```ts
 * import type { QueryBaseOperator } from '@tn/api';
 *
 * const op: QueryBaseOperator = 'rin';
 * ```
 */
export type QueryBaseOperator = (typeof QUERY_BASE_OPERATORS)[number];

/**
 * Every valid filter operator: the base operators plus their case-insensitive `C` forms (`C~` is invalid).
 *
 * @example
 * ```ts
 * import { QUERY_OPERATORS } from '@tn/api';
 *
 * QUERY_OPERATORS.includes('C^'); // true
 * ```
 */
export const QUERY_OPERATORS = [
  ...QUERY_BASE_OPERATORS,
  'C=',
  'C!=',
  'C>',
  'C>=',
  'C<',
  'C<=',
  'Cin',
  'Cnin',
  'Crin',
  'Crnin',
  'C^',
  'C!^',
  'C$',
  'C!$',
] as const;

/**
 * One of {@link QUERY_OPERATORS}.
 *
 * @example
 * ```ts
 * import type { QueryOperator } from '@tn/api';
 *
 * const op: QueryOperator = 'C=';
 * ```
 */
export type QueryOperator = (typeof QUERY_OPERATORS)[number];

/**
 * The operators allowed with a `"<field>.$date"` path (the server's `TIMESTAMP_DESIGNATOR` check).
 *
 * @example
 * ```ts
 * import { QUERY_TIMESTAMP_OPERATORS } from '@tn/api';
 *
 * QUERY_TIMESTAMP_OPERATORS.includes('>='); // true
 * ```
 */
export const QUERY_TIMESTAMP_OPERATORS = ['=', '!=', '>', '>=', '<', '<='] as const;
