import { describe, expect, test } from 'vitest';
import { ZfsCommandError, ZfsTimeoutError } from '../errors.js';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { type BlockSplitter, streamBlocks } from './streamBlocks.js';

function perLine(): BlockSplitter {
  return { line: (line) => (line === '' ? [] : [[line]]), flush: () => [] };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterator) values.push(value);
  return values;
}

describe('streamBlocks', () => {
  test('default: yields parsed blocks until the process exits', async () => {
    const runner = createFakeRunner(() => ({ chunks: ['a\nb', '\nc\n'] }));
    const values = await collect(streamBlocks(runner, ['x'], { splitter: perLine(), parse: (l) => [l.join()] }));
    expect(values).toEqual(['a', 'b', 'c']);
  });

  test('behavior: nothing starts before the first next()', () => {
    const runner = createFakeRunner();
    streamBlocks(runner, ['x'], { splitter: perLine(), parse: (l) => l });
    expect(runner.calls).toEqual([]);
  });

  test('behavior: return() kills the process even while next() is pending', async () => {
    const runner = createFakeRunner(() => ({ keepAlive: true }));
    const iterator = streamBlocks(runner, ['zpool', 'events', '-f'], { splitter: perLine(), parse: (l) => l });
    const pending = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await iterator.return?.();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(runner.calls[0]?.killed).toBe(true);
  });

  test('behavior: break in for-await kills the process', async () => {
    const runner = createFakeRunner(() => ({ chunks: ['a\n', 'b\n'], chunkDelayMs: 5, keepAlive: true }));
    for await (const value of streamBlocks(runner, ['x'], { splitter: perLine(), parse: (l) => l })) {
      expect(value).toBe('a');
      break;
    }
    expect(runner.calls[0]?.killed).toBe(true);
  });

  test('behavior: idle output flushes a pending block', async () => {
    const runner = createFakeRunner(() => ({ chunks: ['a\nb\n'], keepAlive: true }));
    const pending: string[] = [];
    const splitter: BlockSplitter = {
      line: (line) => {
        if (line !== '') pending.push(line);
        return [];
      },
      flush: () => (pending.length ? [pending.splice(0)] : []),
    };
    const iterator = streamBlocks(runner, ['x'], { splitter, parse: (l) => [l.join('+')], settleMs: 5 });
    await expect(iterator.next()).resolves.toEqual({ value: 'a+b', done: false });
    await iterator.return?.();
  });

  test('error: non-zero exit raises ZfsCommandError with stderr', async () => {
    const runner = createFakeRunner(() => ({ exitCode: 1, stderr: "cannot open 'nope': no such pool\n" }));
    const error = await collect(streamBlocks(runner, ['x'], { splitter: perLine(), parse: (l) => l })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect(error).toMatchObject({ kind: 'not_found', exitCode: 1 });
  });

  test('error: abort signal throws ZfsTimeoutError', async () => {
    const runner = createFakeRunner(() => ({ keepAlive: true }));
    const controller = new AbortController();
    const iterator = streamBlocks(runner, ['x'], { signal: controller.signal, splitter: perLine(), parse: (l) => l });
    const pending = iterator.next();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(ZfsTimeoutError);
  });

  test('error: a parse error stops the process and is thrown', async () => {
    const runner = createFakeRunner(() => ({ chunks: ['bad\n'], keepAlive: true }));
    const iterator = streamBlocks(runner, ['x'], {
      splitter: perLine(),
      parse: () => {
        throw new Error('parse');
      },
    });
    await expect(iterator.next()).rejects.toThrow('parse');
    expect(runner.calls[0]?.killed).toBe(true);
  });
});
