import { type ChildProcess, spawn } from 'node:child_process';
import { ZfsCommandError, ZfsTimeoutError, ZfsUsageError } from '../errors.js';
import type { ProcessExit, RunResult, SpawnedProcess } from './commandRunner.js';

/** Default cap on buffered stdout (and, separately, stderr): 64 MiB. */
const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;
/** Time between SIGTERM and SIGKILL when a process must be stopped. */
const DEFAULT_KILL_GRACE_MS = 2_000;

/**
 * Options of {@link runCommand} and {@link spawnCommand}.
 *
 * @example
 * ```ts
 * import type { ProcessOptions } from '@tn/zfs';
 *
 * const options: ProcessOptions = { timeout: 10_000, maxBuffer: 1024 * 1024 };
 * ```
 */
export type ProcessOptions = {
  /** Kill the process and reject with `ZfsTimeoutError` when this signal aborts. */
  signal?: AbortSignal | undefined;
  /**
   * Kill the process and reject with `ZfsTimeoutError` after this many milliseconds (`runCommand` only).
   * @default undefined (no limit)
   */
  timeout?: number | undefined;
  /**
   * Largest number of bytes kept from stdout and from stderr (`runCommand` only). More output kills the process.
   * @default 67108864 (64 MiB)
   */
  maxBuffer?: number | undefined;
  /**
   * Environment of the child process.
   * @default { ...process.env, LC_ALL: 'C' } (stable, untranslated output)
   */
  env?: NodeJS.ProcessEnv | undefined;
  /**
   * Milliseconds between SIGTERM and SIGKILL when the process must be stopped.
   * @default 2000
   */
  killGraceMs?: number | undefined;
  /**
   * Text written to stdin, which is then closed (`runCommand` only).
   * @default undefined (stdin not connected)
   */
  input?: string | undefined;
  /**
   * Whether the caller writes to stdin (`spawnCommand` only).
   * @default 'ignore'
   */
  stdin?: 'pipe' | 'ignore' | undefined;
};

function startProcess(argv: readonly string[], options: ProcessOptions, stdin: 'pipe' | 'ignore'): ChildProcess {
  const [file, ...args] = argv;
  if (file === undefined || file === '') throw new ZfsUsageError('cannot run an empty argv');
  const { env = { ...process.env, LC_ALL: 'C' } } = options;
  // shell: false is the default; spelled out because argv must never be re-parsed by a shell.
  return spawn(file, args, { stdio: [stdin, 'pipe', 'pipe'], shell: false, env, windowsHide: true });
}

function makeKiller(child: ChildProcess, graceMs: number): () => void {
  let escalation: NodeJS.Timeout | undefined;
  child.once('exit', () => {
    clearTimeout(escalation);
    // A grandchild (e.g. under sudo) may keep the pipes open; we no longer want its output.
    child.stdout?.destroy();
    child.stderr?.destroy();
  });
  return () => {
    if (child.exitCode !== null || child.signalCode !== null || escalation !== undefined) return;
    child.kill('SIGTERM');
    escalation = setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, graceMs);
    escalation.unref();
  };
}

function spawnFailure(argv: readonly string[], error: Error): ZfsCommandError {
  return new ZfsCommandError({ argv, exitCode: null, stderr: error.message, kind: 'unknown', cause: error });
}

/**
 * Runs one process without a shell and buffers its output; the one place (with {@link spawnCommand}) where
 * `@tn/zfs` starts processes.
 *
 * Resolves for any exit code. Rejects with `ZfsTimeoutError` on timeout or abort (after killing the process) and
 * with `ZfsCommandError` when the process could not be started or printed more than `maxBuffer` bytes.
 *
 * @param argv - The program and its arguments, each a separate entry.
 * @param options - Timeout, abort signal, output cap, environment.
 * @returns The exit code and decoded output.
 * @example
 * ```ts
 * import { runCommand } from '@tn/zfs';
 *
 * const { stdout, exitCode } = await runCommand(['zpool', 'list', '-H'], { timeout: 10_000 });
 * ```
 */
export function runCommand(argv: readonly string[], options: ProcessOptions = {}): Promise<RunResult> {
  const { signal, timeout, maxBuffer = DEFAULT_MAX_BUFFER, killGraceMs = DEFAULT_KILL_GRACE_MS, input } = options;
  if (signal?.aborted) return Promise.reject(new ZfsTimeoutError(argv, 'aborted', signal.reason));
  return new Promise<RunResult>((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = startProcess(argv, options, input === undefined ? 'ignore' : 'pipe');
    } catch (error) {
      reject(error);
      return;
    }
    // A process that exits without reading its input must not crash us with EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
    const kill = makeKiller(child, killGraceMs);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;
    let stopped: 'timeout' | 'aborted' | 'overflow' | undefined;
    let settled = false;

    const stop = (reason: 'timeout' | 'aborted' | 'overflow') => {
      stopped ??= reason;
      kill();
    };
    const onAbort = () => stop('aborted');
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeout !== undefined && timeout > 0 ? setTimeout(() => stop('timeout'), timeout) : undefined;

    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };

    child.stdout?.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxBuffer) stop('overflow');
      else stdout.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderrBytes += chunk.length;
      if (stderrBytes > maxBuffer) stop('overflow');
      else stderr.push(chunk);
    });
    child.once('error', (error) => {
      // 'error' without a pid means the process never started (ENOENT, EACCES).
      if (child.pid === undefined) finish(() => reject(spawnFailure(argv, error)));
    });
    child.once('close', (code: number | null) => {
      finish(() => {
        const err = Buffer.concat(stderr).toString('utf8');
        if (stopped === 'timeout') reject(new ZfsTimeoutError(argv, 'timeout'));
        else if (stopped === 'aborted') reject(new ZfsTimeoutError(argv, 'aborted', signal?.reason));
        else if (stopped === 'overflow') {
          const message = `output exceeded maxBuffer (${maxBuffer} bytes); the process was killed`;
          reject(new ZfsCommandError({ argv, exitCode: null, stderr: `${message}\n${err}`, kind: 'unknown' }));
        } else resolve({ argv, stdout: Buffer.concat(stdout).toString('utf8'), stderr: err, exitCode: code });
      });
    });
  });
}

/**
 * Starts one process without a shell and hands back its streams, for long-running or piped commands
 * (`zfs send | zfs receive`, `zpool iostat <interval>`, `zpool events -f`).
 *
 * @param argv - The program and its arguments, each a separate entry.
 * @param options - Abort signal, environment, whether stdin is piped.
 * @returns The running process; `exit` settles once it has ended.
 * @example
 * ```ts
 * import { spawnCommand } from '@tn/zfs';
 *
 * const proc = spawnCommand(['zpool', 'iostat', '-H', '5']);
 * setTimeout(() => proc.kill(), 20_000);
 * await proc.exit;
 * ```
 */
export function spawnCommand(argv: readonly string[], options: ProcessOptions = {}): SpawnedProcess {
  const { signal, killGraceMs = DEFAULT_KILL_GRACE_MS, stdin = 'ignore' } = options;
  if (signal?.aborted) throw new ZfsTimeoutError(argv, 'aborted', signal.reason);
  const child = startProcess(argv, options, stdin);
  const kill = makeKiller(child, killGraceMs);
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    kill();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const exit = new Promise<ProcessExit>((resolve, reject) => {
    child.once('error', (error) => {
      if (child.pid === undefined) {
        signal?.removeEventListener('abort', onAbort);
        reject(spawnFailure(argv, error));
      }
    });
    child.once('close', (exitCode: number | null, signalName: NodeJS.Signals | null) => {
      signal?.removeEventListener('abort', onAbort);
      if (aborted) reject(new ZfsTimeoutError(argv, 'aborted', signal?.reason));
      else resolve({ exitCode, signal: signalName });
    });
  });
  // Callers that only kill() and never await `exit` must not trigger an unhandled rejection.
  exit.catch(() => undefined);
  // EPIPE when the process exits before its stdin is drained is reported through `exit`, not as a crash.
  child.stdin?.on('error', () => undefined);
  const { stdout, stderr } = child;
  if (stdout === null || stderr === null) throw new ZfsUsageError('spawned process has no stdout/stderr pipes');
  return { argv, stdout, stderr, stdin: child.stdin, exit, kill };
}
