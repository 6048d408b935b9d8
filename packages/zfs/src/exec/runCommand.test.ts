import { describe, expect, test } from 'vitest';
import { ZfsCommandError, ZfsTimeoutError, ZfsUsageError } from '../errors.js';
import { runCommand, spawnCommand } from './runCommand.js';

async function isRunning(pattern: string): Promise<boolean> {
  const { stdout } = await runCommand(['ps', '-eo', 'args']);
  return stdout.split('\n').some((line) => line.trim() === pattern);
}

describe('runCommand', () => {
  test('default: passes argv entries verbatim, no shell', async () => {
    const result = await runCommand(['printf', '%s\\n', '$(id)', 'a b', ';rm -rf /', '*']);
    expect(result).toEqual({
      argv: ['printf', '%s\\n', '$(id)', 'a b', ';rm -rf /', '*'],
      stdout: '$(id)\na b\n;rm -rf /\n*\n',
      stderr: '',
      exitCode: 0,
    });
  });

  test('behavior: resolves with a non-zero exit code and stderr', async () => {
    const result = await runCommand(['sh', '-c', 'echo oops >&2; exit 3']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe('oops\n');
  });

  test('behavior: writes input to stdin', async () => {
    const result = await runCommand(['cat'], { input: 'secret\n' });
    expect(result.stdout).toBe('secret\n');
  });

  test('behavior: runs with LC_ALL=C by default', async () => {
    const result = await runCommand(['sh', '-c', 'echo $LC_ALL']);
    expect(result.stdout).toBe('C\n');
  });

  test('error: timeout kills the process and raises ZfsTimeoutError', async () => {
    const started = Date.now();
    const error = await runCommand(['sleep', '7.77'], { timeout: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsTimeoutError);
    expect((error as ZfsTimeoutError).argv).toEqual(['sleep', '7.77']);
    expect((error as ZfsTimeoutError).shortMessage).toBe('`sleep 7.77` was timed out');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await isRunning('sleep 7.77')).toBe(false);
  });

  test('error: abort signal kills the process', async () => {
    const controller = new AbortController();
    const promise = runCommand(['sleep', '7.78'], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user')), 50);
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsTimeoutError);
    expect((error as ZfsTimeoutError).shortMessage).toBe('`sleep 7.78` was aborted');
    expect(await isRunning('sleep 7.78')).toBe(false);
  });

  test('error: an already aborted signal runs nothing', async () => {
    await expect(runCommand(['sleep', '1'], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ZfsTimeoutError);
  });

  test('error: SIGTERM-resistant process is SIGKILLed after the grace period', async () => {
    const script = 'trap "" TERM; sleep 7.79 & wait';
    const started = Date.now();
    await expect(runCommand(['sh', '-c', script], { timeout: 50, killGraceMs: 100 })).rejects.toBeInstanceOf(
      ZfsTimeoutError,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('error: missing binary raises ZfsCommandError with exitCode null', async () => {
    const error = await runCommand(['/nonexistent/zfs', 'list']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect((error as ZfsCommandError).exitCode).toBeNull();
    expect((error as ZfsCommandError).stderr).toMatch(/ENOENT/);
  });

  test('error: output above maxBuffer kills the process', async () => {
    const error = await runCommand(['yes'], { maxBuffer: 10_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect((error as ZfsCommandError).stderr).toMatch(/exceeded maxBuffer \(10000 bytes\)/);
  });

  test('error: empty argv', async () => {
    await expect(runCommand([])).rejects.toBeInstanceOf(ZfsUsageError);
  });
});

describe('spawnCommand', () => {
  test('default: streams stdout and resolves exit', async () => {
    const proc = spawnCommand(['printf', 'a\\nb\\n']);
    let out = '';
    for await (const chunk of proc.stdout) out += String(chunk);
    expect(out).toBe('a\nb\n');
    await expect(proc.exit).resolves.toEqual({ exitCode: 0, signal: null });
  });

  test('behavior: stdin pipe', async () => {
    const proc = spawnCommand(['cat'], { stdin: 'pipe' });
    proc.stdin?.end('hello');
    let out = '';
    for await (const chunk of proc.stdout) out += String(chunk);
    expect(out).toBe('hello');
  });

  test('behavior: kill() ends the process', async () => {
    const proc = spawnCommand(['sleep', '7.80']);
    proc.kill();
    proc.kill();
    await expect(proc.exit).resolves.toEqual({ exitCode: null, signal: 'SIGTERM' });
    expect(await isRunning('sleep 7.80')).toBe(false);
  });

  test('error: abort rejects exit with ZfsTimeoutError', async () => {
    const controller = new AbortController();
    const proc = spawnCommand(['sleep', '7.81'], { signal: controller.signal });
    controller.abort();
    await expect(proc.exit).rejects.toBeInstanceOf(ZfsTimeoutError);
  });

  test('error: already aborted throws synchronously', () => {
    expect(() => spawnCommand(['sleep', '1'], { signal: AbortSignal.abort() })).toThrow(ZfsTimeoutError);
  });

  test('error: missing binary rejects exit with ZfsCommandError', async () => {
    const proc = spawnCommand(['/nonexistent/zpool']);
    await expect(proc.exit).rejects.toBeInstanceOf(ZfsCommandError);
  });
});
