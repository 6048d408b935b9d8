import type { Readable, Writable } from 'node:stream';

/**
 * Per-call options understood by every {@link CommandRunner}.
 *
 * @example
 * ```ts
 * import type { RunOptions } from '@tn/zfs';
 *
 * const options: RunOptions = { timeout: 5_000, signal: AbortSignal.timeout(10_000) };
 * ```
 */
export type RunOptions = {
  /** Kill the process and reject with `ZfsTimeoutError` when this signal aborts. */
  signal?: AbortSignal | undefined;
  /**
   * Kill the process and reject with `ZfsTimeoutError` after this many milliseconds. `0` or `undefined` means no
   * limit.
   * @default undefined
   */
  timeout?: number | undefined;
  /**
   * Largest number of bytes kept from stdout (and, separately, from stderr). A process that prints more is killed
   * and the call rejects with `ZfsCommandError`.
   * @default 64 MiB (the runner's own default)
   */
  maxBuffer?: number | undefined;
  /**
   * Text written to the process's stdin, which is then closed (a passphrase for `zfs load-key`, so it never shows in
   * argv). Without it stdin is not connected.
   * @default undefined
   */
  input?: string | undefined;
};

/**
 * What a finished command produced. A runner resolves with this for any exit code: deciding that a non-zero exit
 * is an error is the caller's job.
 *
 * @example
 * ```ts
 * import type { RunResult } from '@tn/zfs';
 *
 * const result: RunResult = { argv: ['zpool', 'list', '-H'], stdout: 'tank\t...\n', stderr: '', exitCode: 0 };
 * ```
 */
export type RunResult = {
  /** The argv that actually ran (including any prefix such as `sudo -n`). */
  argv: readonly string[];
  /** Everything printed on stdout, decoded as UTF-8. */
  stdout: string;
  /** Everything printed on stderr, decoded as UTF-8. */
  stderr: string;
  /** Exit code, or `null` when the process was ended by a signal. */
  exitCode: number | null;
};

/**
 * How a streamed process ended.
 *
 * @example
 * ```ts
 * import type { ProcessExit } from '@tn/zfs';
 *
 * const exit: ProcessExit = { exitCode: 0, signal: null };
 * ```
 */
export type ProcessExit = {
  /** Exit code, or `null` when the process was ended by a signal. */
  exitCode: number | null;
  /** The signal that ended the process, if any (`'SIGTERM'`). */
  signal: string | null;
};

/**
 * Options of {@link CommandRunner.spawn}.
 *
 * @example
 * ```ts
 * import type { SpawnOptions } from '@tn/zfs';
 *
 * const options: SpawnOptions = { stdin: 'pipe', signal: controller.signal };
 * ```
 */
export type SpawnOptions = {
  /** Kill the process when this signal aborts; `exit` then rejects with `ZfsTimeoutError`. */
  signal?: AbortSignal | undefined;
  /**
   * Whether the caller writes to the process's stdin.
   * @default 'ignore'
   */
  stdin?: 'pipe' | 'ignore' | undefined;
};

/**
 * A process started by {@link CommandRunner.spawn} whose output is consumed as a stream.
 *
 * @example
 * ```ts
 * import type { SpawnedProcess } from '@tn/zfs';
 *
 * async function firstLine(proc: SpawnedProcess) {
 *   for await (const chunk of proc.stdout) return String(chunk).split('\n')[0];
 * }
 * ```
 */
export type SpawnedProcess = {
  /** The argv that actually ran (including any prefix). */
  readonly argv: readonly string[];
  /** The process's stdout. */
  readonly stdout: Readable;
  /** The process's stderr. */
  readonly stderr: Readable;
  /** The process's stdin, or `null` unless `stdin: 'pipe'` was asked for. */
  readonly stdin: Writable | null;
  /**
   * Settles when the process has exited and its output streams have closed. Resolves for any exit code; rejects with
   * `ZfsTimeoutError` when the `signal` aborted it and with `ZfsCommandError` when it could not be started.
   */
  readonly exit: Promise<ProcessExit>;
  /** Ends the process (SIGTERM, then SIGKILL after a grace period). Safe to call more than once. */
  kill(): void;
};

/**
 * The single seam through which `@tn/zfs` runs `zfs`/`zpool`. The local runner spawns processes without a shell; a
 * remote runner (SSH, an agent) can implement the same interface.
 *
 * Implementations must pass argv entries through unchanged (never join them into a shell string), resolve `run` for
 * any exit code, and reject only for timeouts/aborts (`ZfsTimeoutError`) or when nothing could be started
 * (`ZfsCommandError`).
 *
 * @example
 * ```ts
 * import { createZfs, type CommandRunner } from '@tn/zfs';
 *
 * const runner: CommandRunner = {
 *   async run(argv) {
 *     return { argv, stdout: '', stderr: '', exitCode: 0 };
 *   },
 *   spawn() {
 *     throw new Error('streaming not supported');
 *   },
 * };
 * const zfs = createZfs({ runner });
 * ```
 */
export type CommandRunner = {
  /** Runs `argv` to completion and buffers its output. */
  run(argv: readonly string[], options?: RunOptions): Promise<RunResult>;
  /** Starts `argv` and hands back its streams (used by send/receive, iostat and events). */
  spawn(argv: readonly string[], options?: SpawnOptions): SpawnedProcess;
  /**
   * Reads a whole text file on the host the commands run on (used for `/proc/spl/kstat/zfs/arcstats`). Optional:
   * without it, `@tn/zfs` runs `cat <path>` through {@link CommandRunner.run}.
   */
  readFile?(path: string, options?: RunOptions): Promise<string>;
};
