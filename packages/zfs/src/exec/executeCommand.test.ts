import { describe, expect, test } from 'vitest';
import type { ZfsCommand } from '../commands/zfsCommand.js';
import { ZfsCommandError, ZfsParseError } from '../errors.js';
import { createFakeRunner } from './createFakeRunner.js';
import { executeCommand } from './executeCommand.js';

const echo: ZfsCommand<string> = { argv: ['zfs', 'version'], parse: (stdout) => stdout.trim() };

describe('executeCommand', () => {
  test('default: runs argv and parses stdout', async () => {
    const runner = createFakeRunner(() => ({ stdout: 'zfs-2.2.4\n' }));
    await expect(executeCommand(runner, echo, { timeout: 5 })).resolves.toBe('zfs-2.2.4');
    expect(runner.calls).toEqual([
      { method: 'run', argv: ['zfs', 'version'], options: { timeout: 5 }, stdin: '', killed: false },
    ]);
  });

  test('behavior: passes the command input on stdin', async () => {
    const runner = createFakeRunner();
    await executeCommand(runner, { ...echo, input: 'key\n' });
    expect(runner.calls[0]?.stdin).toBe('key\n');
  });

  test('behavior: acceptExit turns a non-zero exit into success', async () => {
    const runner = createFakeRunner(() => ({ exitCode: 1, stdout: 'x' }));
    await expect(executeCommand(runner, { ...echo, acceptExit: (code) => code === 1 })).resolves.toBe('x');
  });

  test('error: non-zero exit raises ZfsCommandError with the classified kind', async () => {
    const runner = createFakeRunner(() => ({ exitCode: 1, stderr: "cannot destroy 'tank/a': dataset is busy\n" }));
    const error = await executeCommand(runner, echo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect(error).toMatchObject({ argv: ['zfs', 'version'], exitCode: 1, kind: 'busy', code: 'ZFS_COMMAND' });
    expect((error as ZfsCommandError).shortMessage).toBe(
      "`zfs version` failed (busy): cannot destroy 'tank/a': dataset is busy",
    );
  });

  test('error: a parser bug becomes ZfsParseError', async () => {
    const runner = createFakeRunner(() => ({ stdout: 'x' }));
    const broken: ZfsCommand<never> = {
      argv: ['zfs', 'list'],
      parse: () => {
        throw new TypeError('boom');
      },
    };
    const error = await executeCommand(runner, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsParseError);
    expect((error as ZfsParseError).cause).toBeInstanceOf(TypeError);
  });

  test('error: ZfsParseError from the parser passes through', async () => {
    const runner = createFakeRunner();
    const parseError = new ZfsParseError('bad', { line: 2 });
    const failing: ZfsCommand<never> = {
      argv: ['zfs', 'list'],
      parse: () => {
        throw parseError;
      },
    };
    await expect(executeCommand(runner, failing)).rejects.toBe(parseError);
  });
});
