import { ZfsUsageError } from '../errors.js';
import type { CommandRunner } from './commandRunner.js';

/**
 * The prefix used for `sudo: true`: non-interactive sudo, which fails instead of prompting for a password.
 *
 * @example
 * ```ts
 * import { SUDO_PREFIX, withCommandPrefix, createLocalRunner } from '@tn/zfs';
 *
 * const runner = withCommandPrefix(createLocalRunner(), SUDO_PREFIX);
 * ```
 */
export const SUDO_PREFIX: readonly string[] = Object.freeze(['sudo', '-n']);

/**
 * Wraps a runner so every command is prefixed, e.g. with `sudo -n` or `doas`. The prefix is prepended as separate
 * argv entries; nothing is ever joined into a shell string.
 *
 * @param runner - The runner that does the work.
 * @param prefix - Entries put before every argv (`['sudo', '-n']`). An empty prefix returns `runner` itself.
 * @returns A runner with the same `readFile` (files are read without the prefix).
 * @throws {ZfsUsageError} When a prefix entry is empty or contains a NUL or newline.
 * @example
 * ```ts
 * import { createLocalRunner, withCommandPrefix } from '@tn/zfs';
 *
 * const runner = withCommandPrefix(createLocalRunner(), ['sudo', '-n']);
 * await runner.run(['zpool', 'list', '-H']); // runs `sudo -n zpool list -H`
 * ```
 */
export function withCommandPrefix(runner: CommandRunner, prefix: readonly string[]): CommandRunner {
  if (prefix.length === 0) return runner;
  for (const entry of prefix) {
    if (entry === '' || /[\0\n\r]/.test(entry)) {
      throw new ZfsUsageError(`invalid command prefix entry ${JSON.stringify(entry)}`);
    }
  }
  const fixed = [...prefix];
  const wrapped: CommandRunner = {
    run: (argv, options) => runner.run([...fixed, ...argv], options),
    spawn: (argv, options) => runner.spawn([...fixed, ...argv], options),
  };
  if (runner.readFile) {
    const readFile = runner.readFile.bind(runner);
    wrapped.readFile = (path, options) => readFile(path, options);
  }
  return wrapped;
}
