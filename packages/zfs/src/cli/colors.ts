import { styleText } from 'node:util';

/**
 * Styles understood by {@link Painter} (a subset of `util.styleText` formats).
 *
 * @internal
 */
export type PaintStyle = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

/**
 * Applies a style to text, or returns it unchanged when colours are off.
 *
 * @internal
 */
export type Painter = (style: PaintStyle, text: string) => string;

/** `styleText` of Node 22+ checks the stream itself; we decide, so ask it not to (Node 20 ignores the option). */
const style = styleText as (format: PaintStyle, text: string, options?: { validateStream?: boolean }) => string;

/**
 * Decides whether to colour: `--no-color` or a non-empty `NO_COLOR` turn colours off, `--color` or a non-empty
 * `FORCE_COLOR` (other than `0`) turn them on, otherwise only a TTY gets colours.
 *
 * @internal
 */
export function shouldUseColor(options: {
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}): boolean {
  const { flag, env, isTTY } = options;
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}

/**
 * Creates a {@link Painter}; with `enabled: false` it never emits escape codes.
 *
 * @internal
 */
export function createPainter(enabled: boolean): Painter {
  return enabled ? (format, text) => style(format, text, { validateStream: false }) : (_format, text) => text;
}
