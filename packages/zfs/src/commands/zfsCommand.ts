/**
 * A typed `zfs`/`zpool` invocation: the argv to run (never through a shell) and how to read its output. Builders
 * validate their arguments and throw `ZfsUsageError` before a command object even exists.
 *
 * @typeParam T - What `parse` returns.
 * @example
 * ```ts
 * import type { ZfsCommand } from '@tn/zfs';
 *
 * const version: ZfsCommand<string> = {
 *   argv: ['zfs', 'version'],
 *   parse: (stdout) => stdout.trim(),
 * };
 * ```
 */
export type ZfsCommand<T> = {
  /** Program and arguments, one entry each. */
  readonly argv: readonly string[];
  /** Turns the output of a successful run into a value; throws `ZfsParseError` on unexpected output. */
  parse(stdout: string, stderr: string): T;
  /** Text for the command's stdin (a passphrase), kept out of argv. */
  readonly input?: string;
  /**
   * Decides whether a non-zero exit still counts as success (e.g. `zpool import` exits 1 when nothing is
   * importable). Absent means only exit code 0 succeeds.
   */
  acceptExit?(exitCode: number, stderr: string): boolean;
};

/**
 * A `zfs`/`zpool` invocation whose output is a stream rather than text to parse (`zfs send`, `zfs receive`,
 * `zpool iostat <interval>`), run with `CommandRunner.spawn`.
 *
 * @example
 * ```ts
 * import type { ZfsStreamCommand } from '@tn/zfs';
 *
 * const send: ZfsStreamCommand = { argv: ['zfs', 'send', 'tank/home@today'] };
 * ```
 */
export type ZfsStreamCommand = {
  /** Program and arguments, one entry each. */
  readonly argv: readonly string[];
};
