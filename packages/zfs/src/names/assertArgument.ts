import { ZfsUsageError } from '../errors.js';

/** Control characters other than TAB. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * Throws unless `value` is safe as one free-form argv entry (a device path, hold tag, user name): non-empty, no
 * leading `-` (it would be read as an option), no NUL, newline or other control character.
 *
 * @param value - The argument.
 * @param what - What it is, for the error message (`'hold tag'`).
 * @throws {ZfsUsageError} When the argument is unsafe; nothing has run.
 * @example
 * ```ts
 * import { assertArgument } from '@tn/zfs';
 *
 * assertArgument('/dev/sdb', 'device');
 * assertArgument('-f', 'device'); // throws ZfsUsageError
 * ```
 */
export function assertArgument(value: string, what: string): void {
  if (typeof value !== 'string' || value === '') throw new ZfsUsageError(`empty ${what}`);
  if (value.startsWith('-')) {
    throw new ZfsUsageError(`invalid ${what} ${JSON.stringify(value)}: a leading "-" would be read as an option`);
  }
  if (CONTROL.test(value)) throw new ZfsUsageError(`invalid ${what} ${JSON.stringify(value)}: control character`);
}
