import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ZfsCommandError, ZfsTimeoutError } from '../errors.js';
import { createLocalRunner } from './createLocalRunner.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tn-zfs-runner-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createLocalRunner', () => {
  test('default: runs commands', async () => {
    const result = await createLocalRunner().run(['echo', 'hi']);
    expect(result).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
  });

  test('behavior: prefix is prepended (a stand-in for sudo -n)', async () => {
    const runner = createLocalRunner({ prefix: ['env', 'TN_PREFIX=1'] });
    const result = await runner.run(['sh', '-c', 'echo $TN_PREFIX']);
    expect(result.argv).toEqual(['env', 'TN_PREFIX=1', 'sh', '-c', 'echo $TN_PREFIX']);
    expect(result.stdout).toBe('1\n');
  });

  test('behavior: maxBuffer default applies per runner', async () => {
    const runner = createLocalRunner({ maxBuffer: 100 });
    await expect(runner.run(['yes'])).rejects.toBeInstanceOf(ZfsCommandError);
  });

  test('behavior: timeout kills a real sleep through the runner', async () => {
    await expect(createLocalRunner().run(['sleep', '5'], { timeout: 50 })).rejects.toBeInstanceOf(ZfsTimeoutError);
  });

  test('behavior: spawn streams', async () => {
    const proc = createLocalRunner().spawn(['echo', 'streamed']);
    let out = '';
    for await (const chunk of proc.stdout) out += String(chunk);
    expect(out).toBe('streamed\n');
  });

  test('behavior: readFile reads local files', async () => {
    const path = join(dir, 'arcstats');
    await writeFile(path, 'content');
    await expect(createLocalRunner().readFile?.(path)).resolves.toBe('content');
  });

  test('error: readFile of a missing file is a not_found ZfsCommandError', async () => {
    const error = await createLocalRunner()
      .readFile?.(join(dir, 'missing'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect(error).toMatchObject({ kind: 'not_found', argv: ['cat', join(dir, 'missing')] });
  });

  test('error: readFile honours an aborted signal', async () => {
    const error = await createLocalRunner()
      .readFile?.(join(dir, 'missing'), { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsTimeoutError);
  });
});
