import { describe, expect, test } from 'vitest';
import { ZfsCommandError, ZfsTimeoutError, ZfsUsageError } from '../errors.js';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { pipeSendReceive, type SendReceiveEvent } from './pipeSendReceive.js';

const SEND_STDERR = 'full\ttank/a@s1\t2048\nsize\t2048\n12:00:01\t1024\ttank/a@s1\n12:00:02\t2048\ttank/a@s1\n';
const RECEIVE_STDOUT =
  'receiving full stream of tank/a@s1 into backup/a@s1\nreceived 2.00K stream in 1 seconds (2.00K/sec)\n';

describe('pipeSendReceive', () => {
  test('default: pipes send stdout into receive stdin and reports progress', async () => {
    const runner = createFakeRunner((argv) =>
      argv[1] === 'send'
        ? { chunks: ['x'.repeat(1024), 'y'.repeat(1024)], chunkDelayMs: 5, stderr: SEND_STDERR }
        : { readStdin: true, stdout: RECEIVE_STDOUT },
    );
    const events: SendReceiveEvent[] = [];
    const result = await pipeSendReceive(runner, {
      send: { snapshot: 'tank/a@s1' },
      receive: { target: 'backup/a', force: true },
      onProgress: (event) => events.push(event),
      progressInterval: 0,
    });
    const [receiveCall, sendCall] = runner.calls;
    expect(sendCall?.argv).toEqual(['zfs', 'send', '-v', '-P', 'tank/a@s1']);
    expect(receiveCall?.argv).toEqual(['zfs', 'receive', '-F', '-v', 'backup/a']);
    expect(receiveCall?.stdin).toBe('x'.repeat(1024) + 'y'.repeat(1024));
    expect(result.bytes).toBe(2048);
    expect(result.send.totalSize?.value).toBe(2048);
    expect(result.receive.streams[0]).toMatchObject({ kind: 'full', target: 'backup/a@s1' });
    expect(events.filter((e) => e.type === 'progress')).toHaveLength(2);
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'bytes', bytes: 2048, estimatedBytes: 2048 });
  });

  test('behavior: legacy send without -v -P, a receive runner for another host', async () => {
    const sender = createFakeRunner(() => ({ stdout: 'stream' }));
    const receiver = createFakeRunner(() => ({ readStdin: true }));
    const result = await pipeSendReceive(sender, {
      send: { snapshot: 'tank/a@s2', from: 'tank/a@s1', verbose: false, parsable: false },
      receive: { target: 'backup/a', verbose: false },
      receiveRunner: receiver,
      onProgress: () => {
        throw new Error('ignored');
      },
    });
    expect(sender.calls[0]?.argv).toEqual(['zfs', 'send', '-i', 'tank/a@s1', 'tank/a@s2']);
    expect(receiver.calls[0]?.argv).toEqual(['zfs', 'receive', 'backup/a']);
    expect(receiver.calls[0]?.stdin).toBe('stream');
    expect(result.bytes).toBe(6);
  });

  test('error: a failing receive kills send and wins', async () => {
    const runner = createFakeRunner((argv) =>
      argv[1] === 'send'
        ? { chunks: ['a', 'b', 'c'], chunkDelayMs: 20, keepAlive: true }
        : { exitCode: 1, stderr: "cannot receive new filesystem stream: destination 'backup/a' exists\n" },
    );
    const error = await pipeSendReceive(runner, {
      send: { snapshot: 'tank/a@s1' },
      receive: { target: 'backup/a' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect(error).toMatchObject({ kind: 'exists', argv: ['zfs', 'receive', '-v', 'backup/a'] });
    expect(runner.calls.find((c) => c.argv[1] === 'send')?.killed).toBe(true);
  });

  test('error: a failing send kills receive and wins', async () => {
    const runner = createFakeRunner((argv) =>
      argv[1] === 'send'
        ? { exitCode: 1, stderr: "cannot open 'tank/a@nope': dataset does not exist\n" }
        : { keepAlive: true },
    );
    const error = await pipeSendReceive(runner, {
      send: { snapshot: 'tank/a@nope' },
      receive: { target: 'backup/a' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'not_found', argv: ['zfs', 'send', '-v', '-P', 'tank/a@nope'] });
  });

  test('error: abort kills both and raises ZfsTimeoutError', async () => {
    const runner = createFakeRunner(() => ({ keepAlive: true }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    await expect(
      pipeSendReceive(runner, {
        send: { snapshot: 'tank/a@s1' },
        receive: { target: 'backup/a' },
        signal: controller.signal,
      }),
    ).rejects.toBeInstanceOf(ZfsTimeoutError);
    expect(runner.calls.every((call) => call.killed)).toBe(true);
  });

  test('error: invalid options run nothing', async () => {
    const runner = createFakeRunner();
    await expect(
      pipeSendReceive(runner, { send: { snapshot: 'tank/a' }, receive: { target: 'backup/a' } }),
    ).rejects.toBeInstanceOf(ZfsUsageError);
    await expect(
      pipeSendReceive(runner, {
        send: { snapshot: 'tank/a@s' },
        receive: { target: 'backup/a' },
        signal: AbortSignal.abort(),
      }),
    ).rejects.toBeInstanceOf(ZfsTimeoutError);
    expect(runner.calls).toEqual([]);
  });
});
