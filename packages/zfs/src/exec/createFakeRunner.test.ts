import { describe, expect, test } from 'vitest';
import { ZfsTimeoutError } from '../errors.js';
import { createFakeRunner } from './createFakeRunner.js';

describe('createFakeRunner', () => {
  test('default: every command succeeds silently and is recorded', async () => {
    const runner = createFakeRunner();
    await expect(runner.run(['zfs', 'list'])).resolves.toEqual({
      argv: ['zfs', 'list'],
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    expect(runner.calls).toHaveLength(1);
  });

  test('behavior: spawn plays chunks and collects stdin', async () => {
    const runner = createFakeRunner(() => ({ chunks: ['a', 'b'], chunkDelayMs: 1, readStdin: true }));
    const proc = runner.spawn(['zfs', 'receive', 'x'], { stdin: 'pipe' });
    proc.stdin?.end('payload');
    let out = '';
    for await (const chunk of proc.stdout) out += String(chunk);
    expect(out).toBe('ab');
    await expect(proc.exit).resolves.toEqual({ exitCode: 0, signal: null });
    expect(runner.calls[0]?.stdin).toBe('payload');
  });

  test('behavior: keepAlive runs until killed', async () => {
    const runner = createFakeRunner(() => ({ keepAlive: true }));
    const proc = runner.spawn(['zpool', 'events', '-f']);
    setTimeout(() => proc.kill(), 5);
    await expect(proc.exit).resolves.toEqual({ exitCode: null, signal: 'SIGTERM' });
    expect(runner.calls[0]?.killed).toBe(true);
  });

  test('error: abort rejects', async () => {
    const runner = createFakeRunner(() => ({ keepAlive: true }));
    const controller = new AbortController();
    const proc = runner.spawn(['zpool', 'events', '-f'], { signal: controller.signal });
    controller.abort();
    await expect(proc.exit).rejects.toBeInstanceOf(ZfsTimeoutError);
    await expect(runner.run(['x'], { signal: controller.signal })).rejects.toBeInstanceOf(ZfsTimeoutError);
  });
});
