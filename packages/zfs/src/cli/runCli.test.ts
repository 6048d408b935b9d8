import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { type CliIo, runCli } from './runCli.js';

const CORPUS = '/work/shared/zfs-corpus/zpool-status';

function io(
  options: { env?: Record<string, string>; isTTY?: boolean; respond?: Parameters<typeof createFakeRunner>[0] } = {},
) {
  let stdout = '';
  let stderr = '';
  const runner = createFakeRunner(options.respond);
  const cli: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    readFile: async (path) => readFileSync(path, 'utf8'),
    createRunner: () => runner,
  };
  return { cli, runner, out: () => stdout, err: () => stderr };
}

describe('runCli', () => {
  test('default: status --input renders a saved status without colour off a TTY', async () => {
    const t = io();
    const code = await runCli(['status', '--input', `${CORPUS}/zfsfuse-002-mirror-fresh.txt`], t.cli);
    expect(code).toBe(0);
    expect(t.out()).toContain('health: healthy');
    expect(t.out()).not.toContain('\u001b[');
  });

  test('behavior: colours on a TTY unless NO_COLOR; --no-color and --color', async () => {
    const file = `${CORPUS}/zfsfuse-002-mirror-fresh.txt`;
    const tty = io({ isTTY: true });
    await runCli(['status', '--input', file], tty.cli);
    expect(tty.out()).toContain('\u001b[');
    const noColor = io({ isTTY: true, env: { NO_COLOR: '1' } });
    await runCli(['status', '--input', file], noColor.cli);
    expect(noColor.out()).not.toContain('\u001b[');
    const flagged = io({ isTTY: true });
    await runCli(['status', '--no-color', '--input', file], flagged.cli);
    expect(flagged.out()).not.toContain('\u001b[');
    const forced = io();
    await runCli(['status', '--color', '--input', file], forced.cli);
    expect(forced.out()).toContain('\u001b[');
  });

  test('behavior: --json prints the model; exit 1 for an unhealthy pool', async () => {
    const t = io();
    const code = await runCli(['status', '--json', '--input', `${CORPUS}/zfsfuse-049-offline-degraded.txt`], t.cli);
    expect(code).toBe(1);
    expect(JSON.parse(t.out()).pools[0].state).toBe('DEGRADED');
  });

  test('behavior: JSON input and pool filter', async () => {
    const t = io();
    await runCli(['status', '--json', '--input', `${CORPUS}/checkzpools-status-j-string-values.json`], t.cli);
    const all = JSON.parse(t.out()).pools as Array<{ name: string }>;
    expect(all.length).toBeGreaterThan(1);
    const one = io();
    await runCli(
      ['status', '--json', '--input', `${CORPUS}/checkzpools-status-j-string-values.json`, all[0]?.name ?? ''],
      one.cli,
    );
    expect(JSON.parse(one.out()).pools).toHaveLength(1);
  });

  test('behavior: live status runs zpool status through the runner, with sudo and timeout', async () => {
    const text = readFileSync(`${CORPUS}/zfsfuse-002-mirror-fresh.txt`, 'utf8');
    const t = io({ respond: () => ({ stdout: text }) });
    const code = await runCli(['status', '--sudo', '--timeout', '1000', 'tpool'], t.cli);
    expect(code).toBe(0);
    expect(t.runner.calls[0]).toMatchObject({
      argv: ['sudo', '-n', 'zpool', 'status', 'tpool'],
      options: { timeout: 1000 },
    });
  });

  test('behavior: --help', async () => {
    const t = io();
    expect(await runCli(['--help'], t.cli)).toBe(0);
    expect(t.out()).toContain('Usage: tn-zfs status');
  });

  test('error: usage problems exit 2', async () => {
    for (const args of [[], ['frobnicate'], ['status', '--bogus'], ['status', '--timeout', 'soon'], ['status', '-x']]) {
      const t = io();
      expect(await runCli(args, t.cli)).toBe(2);
      expect(t.err()).toMatch(/^tn-zfs: /);
    }
    const badPool = io();
    expect(await runCli(['status', 'mirror'], badPool.cli)).toBe(2);
    expect(badPool.runner.calls).toEqual([]);
  });

  test('error: zpool failure exits 3', async () => {
    const t = io({ respond: () => ({ exitCode: 1, stderr: "cannot open 'nope': no such pool\n" }) });
    expect(await runCli(['status', 'nope'], t.cli)).toBe(3);
    expect(t.err()).toContain('no such pool');
    const missing = io();
    expect(await runCli(['status', '--input', '/nonexistent/file'], missing.cli)).toBe(3);
  });
});
