import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { zfsGetCommand } from './commands/zfs/zfsGetCommand.js';
import { createZfs } from './createZfs.js';
import { ZfsCommandError, ZfsUsageError } from './errors.js';
import { createFakeRunner } from './exec/createFakeRunner.js';

const corpus = (path: string) => readFileSync(`/work/shared/zfs-corpus/${path}`, 'utf8');

describe('createZfs', () => {
  test('default: runs through the injected runner with the default timeout', async () => {
    const runner = createFakeRunner(() => ({ stdout: corpus('zpool-status/zfsfuse-002-mirror-fresh.txt') }));
    const zfs = createZfs({ runner });
    const status = await zfs.pools.status();
    expect(status.pools).toHaveLength(1);
    expect(runner.calls[0]).toMatchObject({ argv: ['zpool', 'status'], options: { timeout: 60_000 } });
  });

  test('behavior: sudo prefix on every command', async () => {
    const runner = createFakeRunner();
    const zfs = createZfs({ runner, sudo: true });
    await zfs.datasets.snapshot({ names: ['tank@s'] });
    await zfs.pools.scrub({ pools: ['tank'] });
    expect(runner.calls.map((c) => c.argv)).toEqual([
      ['sudo', '-n', 'zfs', 'snapshot', 'tank@s'],
      ['sudo', '-n', 'zpool', 'scrub', 'tank'],
    ]);
    const doas = createFakeRunner();
    await createZfs({ runner: doas, sudo: ['doas'] }).pools.clear({ pool: 'tank' });
    expect(doas.calls[0]?.argv).toEqual(['doas', 'zpool', 'clear', 'tank']);
  });

  test('behavior: per-call timeout wins over the client default', async () => {
    const runner = createFakeRunner();
    const zfs = createZfs({ runner, timeout: 5_000 });
    await zfs.datasets.promote({ name: 'tank/a' }, { timeout: 0 });
    await zfs.datasets.promote({ name: 'tank/a' });
    expect(runner.calls.map((c) => c.options)).toEqual([{ timeout: 0 }, { timeout: 5_000 }]);
  });

  test('behavior: execute runs any command; arc.stats reads arcstats', async () => {
    const runner = createFakeRunner((argv) =>
      argv[0] === 'readFile'
        ? { stdout: corpus('kstat/node-exporter-arcstats.txt') }
        : { stdout: 'tank\tused\t1\t-\n' },
    );
    const zfs = createZfs({ runner });
    const props = await zfs.execute(zfsGetCommand({ names: ['tank'], properties: ['used'] }));
    expect(props.properties[0]?.value).toBe('1');
    expect((await zfs.arc.stats()).hits).toBe(8772612);
  });

  test('error: usage errors run nothing; failures carry the kind', async () => {
    const runner = createFakeRunner(() => ({ exitCode: 1, stderr: "cannot open 'tank/x': dataset does not exist\n" }));
    const zfs = createZfs({ runner });
    await expect(zfs.datasets.destroy({ name: 'tank//x' })).rejects.toBeInstanceOf(ZfsUsageError);
    expect(runner.calls).toEqual([]);
    const error = await zfs.datasets.destroy({ name: 'tank/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZfsCommandError);
    expect(error).toMatchObject({ kind: 'not_found', exitCode: 1, argv: ['zfs', 'destroy', 'tank/x'] });
  });

  test('error: invalid sudo prefix', () => {
    expect(() => createZfs({ runner: createFakeRunner(), sudo: [''] })).toThrow(ZfsUsageError);
  });
});
