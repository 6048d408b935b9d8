import { ZfsParseError } from '../errors.js';

/**
 * Where a line sits in the input: its 1-based number and its text.
 *
 * @example
 * ```ts
 * import type { LineContext } from '@tn/zfs';
 *
 * const where: LineContext = { line: 3, text: '  pool: tank' };
 * ```
 */
export type LineContext = {
  /** 1-based line number. */
  line: number;
  /** The whole line, without its line terminator. */
  text: string;
};

/**
 * One rule of a line-oriented parser: a regular expression and what to do with its match.
 *
 * Rules are tried in order; the first whose regex matches a line consumes it (simple-git's `LineParser` idea).
 *
 * @example
 * ```ts
 * import { LineParser, parseLinesWith } from '@tn/zfs';
 *
 * const sizes: number[] = [];
 * const rule = new LineParser<number[]>(/^size\t(\d+)$/, (target, [, bytes]) => target.push(Number(bytes)));
 * parseLinesWith('size\t42\n', [rule], sizes); // sizes = [42]
 * ```
 */
export class LineParser<T> {
  /**
   * @param regex - Matched against the whole line (anchor it yourself).
   * @param useMatches - Called with the target, the match and the line's position. Returning `false` (exactly) declines
   * the line, which then goes to the next rule; any other return value is ignored.
   */
  constructor(
    readonly regex: RegExp,
    readonly useMatches: (target: T, match: RegExpExecArray, context: LineContext) => unknown,
  ) {}

  /**
   * Applies the rule to one line.
   *
   * @returns `true` when the regex matched and the handler accepted the line.
   */
  parse(target: T, context: LineContext): boolean {
    const match = this.regex.exec(context.text);
    if (match === null) return false;
    return this.useMatches(target, match, context) !== false;
  }
}

const BLANK = /^\s*$/;

/**
 * What {@link parseLinesWith} does with a non-blank line no rule matches.
 *
 * @example
 * ```ts
 * import type { UnmatchedLineHandler } from '@tn/zfs';
 *
 * const keepUnknown: UnmatchedLineHandler<{ notes: string[] }> = (target, { text }) => {
 *   target.notes.push(text);
 * };
 * ```
 */
export type UnmatchedLineHandler<T> = (target: T, context: LineContext) => void;

/**
 * Splits text into lines, accepting `\n`, `\r\n` and a missing final newline.
 *
 * @example
 * ```ts
 * import { splitLines } from '@tn/zfs';
 *
 * splitLines('a\r\nb\n'); // ['a', 'b']
 * ```
 */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/**
 * Runs every line of `text` through `rules` (first match wins). Blank lines are skipped. The context passed to
 * handlers is reused from line to line: copy what you keep. A line no rule matches is
 * passed to `onUnmatched`; without one, parsing stops with a {@link ZfsParseError} naming that line.
 *
 * @returns `target`, for chaining.
 * @throws {ZfsParseError} When a non-blank line matches no rule and no `onUnmatched` handler is given.
 *
 * @example
 * ```ts
 * import { LineParser, parseLinesWith } from '@tn/zfs';
 *
 * const seen: string[] = [];
 * parseLinesWith('would destroy tank@a\n', [new LineParser(/^would destroy (.+)$/, (t: string[], m) => t.push(m[1] ?? ''))], seen);
 * ```
 */
export function parseLinesWith<T>(
  text: string,
  rules: readonly LineParser<T>[],
  target: T,
  onUnmatched?: UnmatchedLineHandler<T>,
): T {
  const lines = splitLines(text);
  // One context object, updated per line: handlers must not keep it.
  const context: LineContext = { line: 0, text: '' };
  for (let i = 0; i < lines.length; i++) {
    context.line = i + 1;
    context.text = lines[i] as string;
    if (BLANK.test(context.text)) continue;
    let matched = false;
    for (const rule of rules) {
      if (rule.parse(target, context)) {
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (onUnmatched === undefined) {
      throw new ZfsParseError('unrecognised line', { line: context.line, text: context.text });
    }
    onUnmatched(target, { line: context.line, text: context.text });
  }
  return target;
}
