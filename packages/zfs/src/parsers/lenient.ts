import type { UnrecognizedLine } from '../model/unrecognizedLine.js';
import type { UnmatchedLineHandler } from './lineParser.js';

/**
 * The unmatched-line policy of a line parser: `undefined` (throw a `ZfsParseError`) when `strict`, otherwise a
 * handler that keeps the line in `target.unrecognized`.
 *
 * @internal
 */
export function unmatchedPolicy<T extends { unrecognized?: UnrecognizedLine[] | undefined }>(
  strict: boolean,
): UnmatchedLineHandler<T> | undefined {
  if (strict) return undefined;
  return (target, { line, text }) => {
    target.unrecognized ??= [];
    target.unrecognized.push({ line, text });
  };
}
