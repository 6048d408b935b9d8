import { readFile } from 'node:fs/promises';
import { ZfsCommandError, ZfsTimeoutError } from '../errors.js';
import type { CommandRunner, RunOptions } from './commandRunner.js';
import { runCommand, spawnCommand } from './runCommand.js';
import { withCommandPrefix } from './withCommandPrefix.js';

/**
 * Options of {@link createLocalRunner}.
 *
 * @example
 * ```ts
 * import type { LocalRunnerOptions } from '@tn/zfs';
 *
 * const options: LocalRunnerOptions = { prefix: ['sudo', '-n'], maxBuffer: 16 * 1024 * 1024 };
 * ```
 */
export type LocalRunnerOptions = {
  /**
   * Entries put before every argv, e.g. `['sudo', '-n']`.
   * @default []
   */
  prefix?: readonly string[] | undefined;
  /**
   * Default cap on buffered stdout/stderr per command, in bytes (a per-call `maxBuffer` wins).
   * @default 67108864 (64 MiB)
   */
  maxBuffer?: number | undefined;
  /**
   * Environment of the child processes.
   * @default { ...process.env, LC_ALL: 'C' }
   */
  env?: NodeJS.ProcessEnv | undefined;
  /**
   * Milliseconds between SIGTERM and SIGKILL when a process must be stopped.
   * @default 2000
   */
  killGraceMs?: number | undefined;
};

function fileError(path: string, error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  const kind =
    code === 'ENOENT' ? 'not_found' : code === 'EACCES' || code === 'EPERM' ? 'permission_denied' : 'unknown';
  const message = error instanceof Error ? error.message : String(error);
  return new ZfsCommandError({ argv: ['cat', path], exitCode: null, stderr: message, kind, cause: error });
}

async function readLocalFile(path: string, options: RunOptions = {}): Promise<string> {
  const { signal, timeout } = options;
  const signals = [signal, timeout ? AbortSignal.timeout(timeout) : undefined].filter((s) => s !== undefined);
  const combined = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  try {
    return await readFile(path, { encoding: 'utf8', signal: combined });
  } catch (error) {
    if (combined?.aborted) throw new ZfsTimeoutError(['cat', path], signal?.aborted ? 'aborted' : 'timeout', error);
    throw fileError(path, error);
  }
}

/**
 * Creates the runner that spawns `zfs`/`zpool` on this machine, without a shell.
 *
 * @param options - Command prefix (`sudo -n`), output cap, environment.
 * @returns A {@link CommandRunner} to pass to `createZfs`.
 * @example
 * ```ts
 * import { createLocalRunner, createZfs } from '@tn/zfs';
 *
 * const zfs = createZfs({ runner: createLocalRunner({ prefix: ['sudo', '-n'] }) });
 * ```
 */
export function createLocalRunner(options: LocalRunnerOptions = {}): CommandRunner {
  const { prefix = [], maxBuffer, env, killGraceMs } = options;
  const runner: CommandRunner = {
    run: (argv, runOptions = {}) =>
      runCommand(argv, { ...runOptions, maxBuffer: runOptions.maxBuffer ?? maxBuffer, env, killGraceMs }),
    spawn: (argv, spawnOptions = {}) => spawnCommand(argv, { ...spawnOptions, env, killGraceMs }),
    readFile: readLocalFile,
  };
  return withCommandPrefix(runner, prefix);
}
