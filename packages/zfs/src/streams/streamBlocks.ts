import { ZfsCommandError } from '../errors.js';
import { classifyFailure } from '../exec/classifyFailure.js';
import type { CommandRunner, SpawnedProcess } from '../exec/commandRunner.js';
import { AsyncQueue } from './asyncQueue.js';
import { createLineSplitter, createTextCollector } from './lineSplitter.js';

/**
 * Groups output lines into blocks (one iostat interval, one event). `line` returns blocks completed by this line;
 * `flush` returns what is pending when output pauses or ends.
 *
 * @internal
 */
export type BlockSplitter = {
  line(line: string): string[][];
  flush(): string[][];
};

/**
 * Options of {@link streamBlocks}.
 *
 * @internal
 */
export type StreamBlocksOptions<T> = {
  signal?: AbortSignal | undefined;
  /** Quiet time after which a pending block counts as complete. @default 50 */
  settleMs?: number | undefined;
  splitter: BlockSplitter;
  parse(lines: string[]): T[];
};

/**
 * Spawns a long-running command and yields parsed blocks of its output as they complete. The process starts on the
 * first `next()` and is killed when the consumer stops (`break`, `return()`, even while a `next()` is pending), when
 * `signal` aborts (iteration then throws `ZfsTimeoutError`) or when parsing fails. A non-zero exit that we did not
 * cause throws `ZfsCommandError`.
 *
 * @internal
 */
export function streamBlocks<T>(
  runner: CommandRunner,
  argv: readonly string[],
  options: StreamBlocksOptions<T>,
): AsyncIterableIterator<T> {
  const { signal, settleMs = 50, splitter, parse } = options;
  const queue = new AsyncQueue<T>();
  let proc: SpawnedProcess | undefined;
  let stopped = false;
  let idle: NodeJS.Timeout | undefined;

  const stop = () => {
    stopped = true;
    clearTimeout(idle);
    proc?.kill();
  };
  const start = (): SpawnedProcess => {
    const child = runner.spawn(argv, { signal });
    const stderr = createTextCollector();
    const emit = (blocks: string[][]) => {
      try {
        for (const block of blocks) for (const value of parse(block)) queue.push(value);
      } catch (error) {
        stop();
        queue.fail(error);
      }
    };
    const lines = createLineSplitter((line) => emit(splitter.line(line)));
    child.stdout.on('data', (chunk: Buffer) => {
      clearTimeout(idle);
      lines.write(chunk);
      idle = setTimeout(() => emit(splitter.flush()), settleMs);
    });
    child.stdout.on('error', () => undefined);
    child.stderr.on('data', (chunk: Buffer) => stderr.write(chunk));
    child.stderr.on('error', () => undefined);
    child.exit.then(
      (exit) => {
        clearTimeout(idle);
        lines.end();
        if (!stopped) emit(splitter.flush());
        if (exit.exitCode === 0 || stopped) queue.end();
        else {
          const text = stderr.text();
          const kind = classifyFailure(text);
          queue.fail(new ZfsCommandError({ argv: child.argv, exitCode: exit.exitCode, stderr: text, kind }));
        }
      },
      (error: unknown) => {
        clearTimeout(idle);
        queue.fail(error);
      },
    );
    return child;
  };

  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (proc === undefined && !stopped) {
        try {
          proc = start();
        } catch (error) {
          stopped = true;
          return Promise.reject(error);
        }
      }
      return queue.next();
    },
    return: () => {
      stop();
      queue.discard();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
