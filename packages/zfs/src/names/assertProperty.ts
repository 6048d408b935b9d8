import { ZfsUsageError } from '../errors.js';

/** Longest property name (`ZAP_MAXNAMELEN` is 256 including the NUL). */
const MAX_NAME_LENGTH = 255;
/** Longest user property value (`ZAP_MAXVALUELEN` is 8192 including the NUL). */
const MAX_VALUE_LENGTH = 8191;
/** Property names: letters, digits and `_ . : @ + - \ $` (the part after `@` of `userquota@` names a user). */
const PROPERTY_NAME = /^[A-Za-z0-9_.:@+\\$-]+$/;

/**
 * Throws unless `name` can be a ZFS property name (native like `compression`, user like `com.example:tag`, or
 * `userquota@alice`). Names are passed in `-o a,b` lists and `name=value` entries, so `,`, `=` and whitespace are
 * rejected, as is a leading `-`.
 *
 * @param name - The property name.
 * @throws {ZfsUsageError} When the name is invalid; nothing has run.
 * @example
 * ```ts
 * import { assertPropertyName } from '@tn/zfs';
 *
 * assertPropertyName('com.example:owner');
 * assertPropertyName('a=b'); // throws ZfsUsageError
 * ```
 */
export function assertPropertyName(name: string): void {
  if (typeof name !== 'string' || name === '') throw new ZfsUsageError('empty property name');
  if (name.startsWith('-') || name.length > MAX_NAME_LENGTH || !PROPERTY_NAME.test(name)) {
    throw new ZfsUsageError(`invalid property name ${JSON.stringify(name)}`);
  }
}

/**
 * Throws unless `value` can be a property value: a string of at most 8191 characters without NUL, CR or newline
 * (zfs prints one property per line, so a newline would corrupt every later read).
 *
 * @param name - The property the value is for (for the message).
 * @param value - The value.
 * @throws {ZfsUsageError} When the value is invalid; nothing has run.
 * @example
 * ```ts
 * import { assertPropertyValue } from '@tn/zfs';
 *
 * assertPropertyValue('compression', 'lz4');
 * assertPropertyValue('com.example:note', 'a\nb'); // throws ZfsUsageError
 * ```
 */
export function assertPropertyValue(name: string, value: string): void {
  if (typeof value !== 'string') throw new ZfsUsageError(`value of ${name} must be a string`);
  if (/[\0\r\n]/.test(value)) {
    throw new ZfsUsageError(`invalid value for ${name}: NUL, CR and newline are not allowed`);
  }
  if (value.length > MAX_VALUE_LENGTH) {
    throw new ZfsUsageError(`value of ${name} is longer than ${MAX_VALUE_LENGTH} characters`);
  }
}
