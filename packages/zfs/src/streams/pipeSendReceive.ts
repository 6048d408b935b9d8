import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ZfsReceiveParameters, zfsReceiveCommand } from '../commands/zfs/zfsReceiveCommand.js';
import { type ZfsSendParameters, zfsSendCommand } from '../commands/zfs/zfsSendCommand.js';
import { ZfsCommandError, ZfsTimeoutError } from '../errors.js';
import { classifyFailure } from '../exec/classifyFailure.js';
import type { CommandRunner, ProcessExit, SpawnedProcess } from '../exec/commandRunner.js';
import type { ZfsReceive, ZfsSend, ZfsSendProgress } from '../model/zfsSend.js';
import { parseZfsReceive } from '../parsers/parseZfsReceive.js';
import { parseZfsSend } from '../parsers/parseZfsSend.js';
import { createLineSplitter, createTextCollector } from './lineSplitter.js';

/**
 * A progress event of {@link pipeSendReceive}: `progress` is a line `zfs send -v -P` printed (per second, with the
 * bytes zfs says it sent), `bytes` is what flowed through the pipe so far (works on every zfs version).
 *
 * @example
 * ```ts
 * import type { SendReceiveEvent } from '@tn/zfs';
 *
 * const show = (e: SendReceiveEvent) => (e.type === 'bytes' ? `${e.bytes} B` : e.progress.time);
 * ```
 */
export type SendReceiveEvent =
  | {
      /** A progress line of `zfs send -v -P`. */
      type: 'progress';
      /** The parsed line: time, bytes sent, snapshot. */
      progress: ZfsSendProgress;
    }
  | {
      /** The byte count of the pipe. */
      type: 'bytes';
      /** Bytes piped from send to receive so far. */
      bytes: number;
      /** Milliseconds since the transfer started. */
      elapsedMs: number;
      /** Size estimate from `zfs send -P`, when it printed one. */
      estimatedBytes?: number;
    };

/**
 * Options of {@link pipeSendReceive}.
 *
 * @example
 * ```ts
 * import type { PipeSendReceiveParameters } from '@tn/zfs';
 *
 * const params: PipeSendReceiveParameters = {
 *   send: { snapshot: 'tank/home@tue', from: 'tank/home@mon' },
 *   receive: { target: 'backup/home', resumable: true },
 * };
 * ```
 */
export type PipeSendReceiveParameters = {
  /** What to send. `verbose` and `parsable` default to `true` here (set them `false` for old zfs). */
  send: ZfsSendParameters;
  /** Where to receive it. `verbose` defaults to `true` (the summary is parsed into the result). */
  receive: ZfsReceiveParameters;
  /** Called for every progress line and, at most every `progressInterval` ms, with the piped byte count. */
  onProgress?: ((event: SendReceiveEvent) => void) | undefined;
  /** Minimum milliseconds between `bytes` events. @default 1000 */
  progressInterval?: number | undefined;
  /** Kill both processes when this signal aborts (the call rejects with `ZfsTimeoutError`). */
  signal?: AbortSignal | undefined;
  /** Runner for the receiving side (another host). @default the sending runner */
  receiveRunner?: CommandRunner | undefined;
};

/**
 * What {@link pipeSendReceive} resolves with.
 *
 * @example
 * ```ts
 * import type { PipeSendReceiveResult } from '@tn/zfs';
 *
 * const summary = (r: PipeSendReceiveResult) => `${r.bytes} bytes in ${r.elapsedMs} ms`;
 * ```
 */
export type PipeSendReceiveResult = {
  /** Bytes piped from send to receive. */
  bytes: number;
  /** Wall-clock duration in milliseconds. */
  elapsedMs: number;
  /** `zfs send` stderr, parsed (estimate and progress lines). */
  send: ZfsSend;
  /** `zfs receive -v` stdout, parsed (what was received where). */
  receive: ZfsReceive;
};

function failure(proc: SpawnedProcess, exit: ProcessExit, stderr: string): ZfsCommandError {
  return new ZfsCommandError({ argv: proc.argv, exitCode: exit.exitCode, stderr, kind: classifyFailure(stderr) });
}

/**
 * Runs `zfs send ... | zfs receive ...` without a shell: spawns both through the runner(s), pipes the stream
 * between them while counting bytes, and reports progress from `-v -P` lines and from the byte count.
 *
 * If either side fails the other is killed; the receive error wins (a dying receive makes send fail with a broken
 * pipe, which says nothing). For resumable transfers pass `receive.resumable`, read the target's
 * `receive_resume_token` after a failure and retry with `send.resumeToken`.
 *
 * @param runner - Where `zfs send` runs (and `zfs receive`, unless `receiveRunner` is given).
 * @param parameters - Send and receive options, progress callback, abort signal.
 * @returns Byte count, duration and the parsed send/receive reports.
 * @throws {ZfsUsageError} When the send or receive options are invalid (before anything runs).
 * @throws {ZfsCommandError} When either command fails.
 * @throws {ZfsTimeoutError} When the signal aborts.
 * @example
 * ```ts
 * import { createLocalRunner, pipeSendReceive } from '@tn/zfs';
 *
 * const result = await pipeSendReceive(createLocalRunner(), {
 *   send: { snapshot: 'tank/home@tue', from: 'tank/home@mon' },
 *   receive: { target: 'backup/home', force: true },
 *   onProgress: (event) => event.type === 'bytes' && console.log(event.bytes),
 * });
 * ```
 */
export async function pipeSendReceive(
  runner: CommandRunner,
  parameters: PipeSendReceiveParameters,
): Promise<PipeSendReceiveResult> {
  const { onProgress, progressInterval = 1_000, signal, receiveRunner = runner } = parameters;
  const sendArgv = zfsSendCommand({ verbose: true, parsable: true, ...parameters.send }).argv;
  const receiveArgv = zfsReceiveCommand(parameters.receive).argv;
  if (signal?.aborted) throw new ZfsTimeoutError(sendArgv, 'aborted', signal.reason);

  const startedAt = Date.now();
  const receiver = receiveRunner.spawn(receiveArgv, { signal, stdin: 'pipe' });
  let sender: SpawnedProcess;
  try {
    sender = runner.spawn(sendArgv, { signal });
  } catch (error) {
    receiver.kill();
    throw error;
  }

  const sendStderr = createTextCollector();
  const receiveStdout = createTextCollector();
  const receiveStderr = createTextCollector();
  let estimatedBytes: number | undefined;
  const report = (event: SendReceiveEvent) => {
    try {
      onProgress?.(event);
    } catch {
      // A throwing callback must not break the transfer.
    }
  };
  const sendLines = createLineSplitter((line) => {
    const parsed = parseZfsSend(line, { strict: false });
    if (parsed.totalSize !== undefined) estimatedBytes = parsed.totalSize.value;
    for (const progress of parsed.progress) report({ type: 'progress', progress });
  });
  sender.stderr.on('data', (chunk: Buffer) => {
    sendStderr.write(chunk);
    sendLines.write(chunk);
  });
  receiver.stdout.on('data', (chunk: Buffer) => receiveStdout.write(chunk));
  receiver.stderr.on('data', (chunk: Buffer) => receiveStderr.write(chunk));
  for (const stream of [sender.stderr, receiver.stdout, receiver.stderr]) stream.on('error', () => undefined);

  let bytes = 0;
  let lastReport = 0;
  const bytesEvent = (): SendReceiveEvent => ({
    type: 'bytes',
    bytes,
    elapsedMs: Date.now() - startedAt,
    ...(estimatedBytes === undefined ? {} : { estimatedBytes }),
  });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      bytes += chunk.length;
      const now = Date.now();
      if (now - lastReport >= progressInterval) {
        lastReport = now;
        report(bytesEvent());
      }
      callback(null, chunk);
    },
  });
  const stdin = receiver.stdin;
  if (stdin === null) {
    sender.kill();
    receiver.kill();
    throw new ZfsCommandError({ argv: receiveArgv, exitCode: null, stderr: 'receive has no stdin', kind: 'unknown' });
  }
  // EPIPE and friends surface through the exit statuses below.
  const piped = pipeline(sender.stdout, counter, stdin).catch(() => undefined);

  // When one side ends badly the other cannot finish: stop it. The side that failed first is the cause (the other
  // then sees a broken pipe or a truncated stream).
  let firstFailed: SpawnedProcess | undefined;
  const watch = (proc: SpawnedProcess, other: SpawnedProcess) =>
    proc.exit.then(
      (exit) => {
        if (exit.exitCode !== 0) {
          firstFailed ??= proc;
          other.kill();
        }
        return exit;
      },
      (error: unknown) => {
        firstFailed ??= proc;
        other.kill();
        throw error;
      },
    );
  const [sendResult, receiveResult] = await Promise.allSettled([watch(sender, receiver), watch(receiver, sender)]);
  await piped;
  sendLines.end();

  for (const result of [receiveResult, sendResult]) {
    if (result.status === 'rejected' && result.reason instanceof ZfsTimeoutError) throw result.reason;
  }
  const outcomes = [
    { proc: receiver, result: receiveResult, stderr: receiveStderr },
    { proc: sender, result: sendResult, stderr: sendStderr },
  ].sort((a, b) => Number(b.proc === firstFailed) - Number(a.proc === firstFailed));
  for (const { proc, result, stderr } of outcomes) {
    if (result.status === 'rejected') throw result.reason;
    if (result.value.exitCode !== 0) throw failure(proc, result.value, stderr.text());
  }

  report(bytesEvent());
  return {
    bytes,
    elapsedMs: Date.now() - startedAt,
    send: parseZfsSend(sendStderr.text(), { strict: false }),
    receive: parseZfsReceive(receiveStdout.text(), { strict: false }),
  };
}
