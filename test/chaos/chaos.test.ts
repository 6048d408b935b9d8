import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const script = fileURLToPath(new URL('./chaosScenario.ts', import.meta.url));

test('chaos: every call settles, no mutation runs twice, the process exits by itself', async () => {
  const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--conditions=@tn/source', '--import', 'tsx', script],
      { timeout: 120_000, maxBuffer: 1 << 20 },
      (_error, out) => resolve({ stdout: out, code: child.exitCode }),
    );
  });
  expect(code).toBe(0); // exited by itself, not killed by the timeout
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
  expect(result.calls).toBe(10_000);
  expect(result.untyped).toBe(0);
  expect(result.violations).toEqual([]);
  expect(result.inFlight).toBe(0);
  expect(result.queued).toBe(0);
  // the faults really happened, and the client recovered from them
  expect(result.reconnects).toBeGreaterThan(5);
  expect(result.sessionsKilled).toBeGreaterThan(5);
  expect(result.logins).toBeGreaterThan(result.reconnects);
  expect(result.ok).toBeGreaterThan(9_000);
  expect(result.eventsAfterReconnect).toBeGreaterThan(0);
  // the only failures are mutations whose outcome is unknown
  expect(Object.keys(result.errors).every((code) => code === 'CONNECTION_LOST')).toBe(true);
}, 150_000);
