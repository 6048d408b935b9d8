import { ZfsUsageError } from '../errors.js';
import { assertArgument } from '../names/assertArgument.js';
import { assertZfsName } from '../names/validateZfsName.js';

/**
 * Validates a `{ name } | { all }` choice and returns the trailing argv (`['-a']` or `[name]`). A name may be a
 * dataset or, when `allowPath`, an absolute mountpoint path.
 *
 * @internal
 */
export function targetArgs(
  verb: string,
  target: { name?: string | undefined; all?: boolean | undefined },
  options: { allowPath?: boolean } = {},
): string[] {
  const { name, all = false } = target;
  if (all === (name !== undefined)) throw new ZfsUsageError(`${verb}: give exactly one of name and all`);
  if (all) return ['-a'];
  const value = name as string;
  if (options.allowPath && value.startsWith('/')) assertArgument(value, 'mountpoint');
  else assertZfsName(value, 'dataset');
  return [value];
}
