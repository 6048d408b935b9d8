import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { RawClient } from './rawClient.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
});

function startCli(args: string[]): Promise<{ child: ChildProcess; line: string }> {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=@tn/source', '--import', 'tsx', cli, ...args], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf('\n');
      if (newline !== -1) resolve({ child, line: out.slice(0, newline) });
    });
    child.once('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
  });
}

test('default: tn-mock --json --tls prints url and fingerprint and serves the protocol', async () => {
  const { child, line } = await startCli([
    '--json',
    '--tls',
    '--version',
    '25.04',
    '--api-key',
    '5-abc',
    '--auth-delay',
    '0',
  ]);
  const info = JSON.parse(line) as { url: string; port: number; fingerprint256: string; version: string };
  expect(info.url).toBe(`wss://127.0.0.1:${info.port}/api/current`);
  expect(info.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  expect(info.version).toBe('25.04');
  const c = await RawClient.connect(info.url, { rejectUnauthorized: false });
  expect(await c.call('auth.login_with_api_key', '5-abc')).toBe(true);
  expect(await c.call('system.version')).toBe('TrueNAS-SCALE-25.04.2.6');
  await c.close();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
}, 20_000);

test('default: human output names the url', async () => {
  const { line } = await startCli([]);
  expect(line).toMatch(/^tn-mock \(TrueNAS 25\.10\) listening on ws:\/\/127\.0\.0\.1:\d+\/api\/current$/);
}, 20_000);
