import type { ZfsParseError } from '../errors.js';
import type { ZfsDestroyDryRun } from '../model/zfsDestroyDryRun.js';
import { unmatchedPolicy } from './lenient.js';
import { LineParser, parseLinesWith } from './lineParser.js';
import { parseZfsNumber } from './parseZfsNumber.js';

/** Parameters of {@link parseZfsDestroyDryRun} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZfsDestroyDryRun, type ParseZfsDestroyDryRunParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZfsDestroyDryRunParameters) => parseZfsDestroyDryRun(text, options);
 * ```
 */
export type ParseZfsDestroyDryRunParameters = {
  /**
   * Throw on a line that is not destroy output; with `false`, keep it in `unrecognized`.
   * @default true
   */
  strict?: boolean;
};
/** Return type of {@link parseZfsDestroyDryRun}.
 *
 * @example
 * ```ts
 * import { parseZfsDestroyDryRun, type ParseZfsDestroyDryRunReturnType } from '@tn/zfs';
 *
 * const result: ParseZfsDestroyDryRunReturnType = parseZfsDestroyDryRun(text);
 * ```
 */
export type ParseZfsDestroyDryRunReturnType = ZfsDestroyDryRun;
/** Errors {@link parseZfsDestroyDryRun} can throw.
 *
 * @example
 * ```ts
 * import { parseZfsDestroyDryRun, type ParseZfsDestroyDryRunErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZfsDestroyDryRun(text);
 * } catch (err) {
 *   console.error((err as ParseZfsDestroyDryRunErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZfsDestroyDryRunErrorType = ZfsParseError;

const RULES: LineParser<ZfsDestroyDryRun>[] = [
  // -v: would destroy X / will destroy X; -p: destroy\tX
  new LineParser(/^(?:(would|will) destroy|destroy\t)\s*(\S.*?)\s*$/, (target, [, verb, name]) => {
    if (verb === 'will') target.dryRun = false;
    target.datasets.push(name as string);
  }),
  new LineParser(/^(?:(would|will) reclaim|reclaim\t)\s*(\S+)\s*$/, (target, [, verb, amount]) => {
    if (verb === 'will') target.dryRun = false;
    const value = parseZfsNumber(amount as string);
    if (value !== undefined) target.reclaim = value;
  }),
];

/**
 * Parses `zfs destroy -nv` (dry run: `would destroy X`, `would reclaim 1.23M`), `zfs destroy -nvp`
 * (`destroy\tX`, `reclaim\t<bytes>`) and `zfs destroy -v` (`will destroy X`).
 *
 * @param text - stdout of `zfs destroy -nv[p]` or `zfs destroy -v`.
 * @param parameters - {@link ParseZfsDestroyDryRunParameters}.
 * @returns The datasets (to be) destroyed and the space (to be) reclaimed; `dryRun` is `false` for `will ...`.
 * @throws {ZfsParseError} On a line that is not destroy output (unless `strict: false`).
 *
 * @example
 * ```ts
 * import { parseZfsDestroyDryRun } from '@tn/zfs';
 *
 * parseZfsDestroyDryRun('would destroy tank/fs@a\nwould reclaim 1.23M\n'); // { dryRun: true, datasets: ['tank/fs@a'], reclaim: {...} }
 * ```
 */
export function parseZfsDestroyDryRun(
  text: string,
  parameters: ParseZfsDestroyDryRunParameters = {},
): ParseZfsDestroyDryRunReturnType {
  const { strict = true } = parameters;
  return parseLinesWith<ZfsDestroyDryRun>(text, RULES, { dryRun: true, datasets: [] }, unmatchedPolicy(strict));
}
