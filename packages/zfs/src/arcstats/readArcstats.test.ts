import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsCommandError } from '../errors.js';
import type { CommandRunner } from '../exec/commandRunner.js';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { ARCSTATS_PATH, readArcstats, runnerFileReader } from './readArcstats.js';

const ARCSTATS = readFileSync('/work/shared/zfs-corpus/kstat/node-exporter-arcstats.txt', 'utf8');

describe('readArcstats', () => {
  test('default: reads through the runner and derives the hit ratio', async () => {
    const runner = createFakeRunner(() => ({ stdout: ARCSTATS }));
    const arc = await readArcstats(runner, { timeout: 1000 });
    expect(runner.calls[0]).toMatchObject({ method: 'readFile', argv: ['readFile', ARCSTATS_PATH] });
    expect(arc.hits).toBe(8772612);
    expect(arc.misses).toBe(604635);
    expect(arc.hitRatio).toBeCloseTo(8772612 / (8772612 + 604635), 10);
    expect(arc.size).toBe(1603939792);
    expect(arc.targetSize).toBe(1643208777);
  });

  test('behavior: an injected reader and path win', async () => {
    const runner = createFakeRunner();
    const paths: string[] = [];
    const arc = await readArcstats(runner, {
      path: '/host/arcstats',
      readFile: async (path) => {
        paths.push(path);
        return ARCSTATS;
      },
    });
    expect(paths).toEqual(['/host/arcstats']);
    expect(runner.calls).toEqual([]);
    expect(arc.maxSize).toBe(8367976448);
  });

  test('behavior: a runner without readFile falls back to cat', async () => {
    const fake = createFakeRunner(() => ({ stdout: ARCSTATS }));
    const runner: CommandRunner = { run: fake.run, spawn: fake.spawn };
    await expect(readArcstats(runner)).resolves.toMatchObject({ hits: 8772612 });
    expect(fake.calls[0]?.argv).toEqual(['cat', '--', ARCSTATS_PATH]);
  });

  test('error: cat failure becomes a not_found ZfsCommandError', async () => {
    const fake = createFakeRunner(() => ({
      exitCode: 1,
      stderr: `cat: ${ARCSTATS_PATH}: No such file or directory\n`,
    }));
    const reader = runnerFileReader({ run: fake.run, spawn: fake.spawn });
    const error = await reader(ARCSTATS_PATH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect(error).toMatchObject({ kind: 'not_found' });
  });
});
