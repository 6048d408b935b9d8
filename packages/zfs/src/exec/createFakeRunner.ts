import { PassThrough } from 'node:stream';
import { ZfsTimeoutError } from '../errors.js';
import type {
  CommandRunner,
  ProcessExit,
  RunOptions,
  RunResult,
  SpawnedProcess,
  SpawnOptions,
} from './commandRunner.js';

/**
 * A canned answer of {@link createFakeRunner}.
 *
 * @example
 * ```ts
 * import type { FakeResponse } from '@tn/zfs';
 *
 * const busy: FakeResponse = { exitCode: 1, stderr: "cannot destroy 'tank/a': dataset is busy\n" };
 * ```
 */
export type FakeResponse = {
  /** Text on stdout (for `spawn`, written as one chunk unless `chunks` is given). @default '' */
  stdout?: string | undefined;
  /** Text on stderr. @default '' */
  stderr?: string | undefined;
  /** Exit code; `null` means "killed by a signal". @default 0 */
  exitCode?: number | null | undefined;
  /** `spawn` only: stdout chunks written `chunkDelayMs` apart. @default undefined */
  chunks?: readonly string[] | undefined;
  /** `spawn` only: milliseconds between chunks. @default 0 */
  chunkDelayMs?: number | undefined;
  /** `spawn` only: keep running after the output until killed (like `zpool events -f`). @default false */
  keepAlive?: boolean | undefined;
  /** `spawn` only: wait for stdin to end before exiting (like `zfs receive`). @default false */
  readStdin?: boolean | undefined;
};

/**
 * One call recorded by {@link createFakeRunner}.
 *
 * @example
 * ```ts
 * import type { FakeCall } from '@tn/zfs';
 *
 * const argvOf = (call: FakeCall) => call.argv.join(' ');
 * ```
 */
export type FakeCall = {
  /** `run`, `spawn` or `readFile`. */
  method: 'run' | 'spawn' | 'readFile';
  /** The argv (for `readFile`: `['readFile', path]`). */
  argv: readonly string[];
  /** Options passed with the call. */
  options: RunOptions | SpawnOptions | undefined;
  /** Everything written to stdin (`run` input or `spawn` stdin), once it ended. */
  stdin: string;
  /** `spawn` only: whether the process was killed. */
  killed: boolean;
};

/**
 * A {@link CommandRunner} that records every call and answers from a function, for tests without `zfs`.
 *
 * @example
 * ```ts
 * import type { FakeRunner } from '@tn/zfs';
 *
 * const lastArgv = (runner: FakeRunner) => runner.calls.at(-1)?.argv;
 * ```
 */
export type FakeRunner = CommandRunner & {
  /** Calls in order. */
  readonly calls: FakeCall[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates a fake runner: `respond(argv)` decides stdout, stderr and exit code; every call is recorded in `calls`.
 * `spawn` streams the answer through real Node streams, honours `kill()` and the abort signal.
 *
 * @param respond - Answer for an argv. @default every command succeeds with no output
 * @returns The fake runner.
 * @example
 * ```ts
 * import { createFakeRunner, createZfs } from '@tn/zfs';
 *
 * const runner = createFakeRunner((argv) => (argv[1] === 'list' ? { stdout: 'tank\t1024\n' } : {}));
 * const zfs = createZfs({ runner });
 * await zfs.pools.list({ properties: ['name', 'size'] });
 * runner.calls[0]?.argv; // ['zpool', 'list', '-H', '-p', '-o', 'name,size']
 * ```
 */
export function createFakeRunner(
  respond: (argv: readonly string[]) => FakeResponse | Promise<FakeResponse> = () => ({}),
): FakeRunner {
  const calls: FakeCall[] = [];
  const runner: FakeRunner = {
    calls,
    async run(argv, options): Promise<RunResult> {
      calls.push({ method: 'run', argv: [...argv], options, stdin: options?.input ?? '', killed: false });
      if (options?.signal?.aborted) throw new ZfsTimeoutError(argv, 'aborted', options.signal.reason);
      const { stdout = '', stderr = '', exitCode = 0 } = await respond(argv);
      return { argv, stdout, stderr, exitCode };
    },
    spawn(argv, options): SpawnedProcess {
      const call: FakeCall = { method: 'spawn', argv: [...argv], options, stdin: '', killed: false };
      calls.push(call);
      const signal = options?.signal;
      if (signal?.aborted) throw new ZfsTimeoutError(argv, 'aborted', signal.reason);
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const stdin = options?.stdin === 'pipe' ? new PassThrough() : null;
      let killed = false;
      let onKill: () => void = () => undefined;
      const killedPromise = new Promise<void>((resolve) => {
        onKill = resolve;
      });
      const stdinDone = new Promise<void>((resolve) => {
        if (stdin === null) return resolve();
        stdin.setEncoding('utf8');
        stdin.on('data', (chunk: string) => {
          call.stdin += chunk;
        });
        stdin.on('end', resolve);
        stdin.on('close', resolve);
      });
      const kill = () => {
        if (killed) return;
        killed = true;
        call.killed = true;
        onKill();
      };
      signal?.addEventListener('abort', kill, { once: true });
      const play = async (): Promise<ProcessExit> => {
        const response = await respond(argv);
        const { stderr: err = '', exitCode = 0, chunkDelayMs = 0, keepAlive = false, readStdin = false } = response;
        const chunks = response.chunks ?? (response.stdout ? [response.stdout] : []);
        for (const [index, chunk] of chunks.entries()) {
          if (killed) break;
          if (index > 0 && chunkDelayMs > 0) await Promise.race([sleep(chunkDelayMs), killedPromise]);
          if (!killed) stdout.write(chunk);
        }
        if (readStdin && !killed) await Promise.race([stdinDone, killedPromise]);
        if (err && !killed) stderr.write(err);
        if (keepAlive && !killed) await killedPromise;
        stdout.end();
        stderr.end();
        stdin?.destroy();
        signal?.removeEventListener('abort', kill);
        if (killed && signal?.aborted) throw new ZfsTimeoutError(argv, 'aborted', signal.reason);
        return killed ? { exitCode: null, signal: 'SIGTERM' } : { exitCode, signal: null };
      };
      const exit = play();
      exit.catch(() => undefined);
      return { argv, stdout, stderr, stdin, exit, kill };
    },
    async readFile(path, options) {
      calls.push({ method: 'readFile', argv: ['readFile', path], options, stdin: '', killed: false });
      const { stdout = '' } = await respond(['readFile', path]);
      return stdout;
    },
  };
  return runner;
}
