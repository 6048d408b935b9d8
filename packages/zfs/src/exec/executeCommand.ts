import type { ZfsCommand } from '../commands/zfsCommand.js';
import { ZfsCommandError, ZfsError, ZfsParseError } from '../errors.js';
import { classifyFailure } from './classifyFailure.js';
import type { CommandRunner, RunOptions } from './commandRunner.js';

/**
 * Runs a {@link ZfsCommand} through a runner and parses its output.
 *
 * @param runner - Where the command runs.
 * @param command - The argv and parser, from a builder such as `zfsListCommand`.
 * @param options - Timeout, abort signal, output cap for this call.
 * @returns What the command's `parse` returns.
 * @throws {ZfsCommandError} When the command exits non-zero (with the classified `kind`) or cannot be started.
 * @throws {ZfsTimeoutError} When it times out or is aborted.
 * @throws {ZfsParseError} When its output cannot be parsed.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolListCommand } from '@tn/zfs';
 *
 * const pools = await executeCommand(createLocalRunner(), zpoolListCommand(), { timeout: 10_000 });
 * ```
 */
export async function executeCommand<T>(
  runner: CommandRunner,
  command: ZfsCommand<T>,
  options: RunOptions = {},
): Promise<T> {
  const result = await runner.run(
    command.argv,
    command.input === undefined ? options : { ...options, input: command.input },
  );
  const { exitCode, stdout, stderr } = result;
  if (exitCode !== 0 && !(exitCode !== null && command.acceptExit?.(exitCode, stderr))) {
    throw new ZfsCommandError({ argv: result.argv, exitCode, stderr, kind: classifyFailure(stderr) });
  }
  try {
    return command.parse(stdout, stderr);
  } catch (error) {
    if (error instanceof ZfsError) throw error;
    throw new ZfsParseError(`cannot parse the output of \`${command.argv.join(' ')}\``, { cause: error, text: stdout });
  }
}
