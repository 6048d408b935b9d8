import { describe, expect, test } from 'vitest';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { executeCommand } from '../exec/executeCommand.js';
import { datasetActions } from './datasetActions.js';
import type { ZfsContext } from './zfsContext.js';

function setup(respond: Parameters<typeof createFakeRunner>[0] = () => ({}), legacy = false) {
  const runner = createFakeRunner(respond);
  const context: ZfsContext = { runner, legacy, run: (command, options) => executeCommand(runner, command, options) };
  return { runner, datasets: datasetActions(context) };
}

describe('datasetActions', () => {
  test('default: every method builds its command', async () => {
    const { runner, datasets } = setup();
    await datasets.list();
    await datasets.get({ names: ['tank'] });
    await datasets.create({ name: 'tank/a' });
    await datasets.destroy({ name: 'tank/a', recursive: true });
    await datasets.rename({ from: 'tank/a', to: 'tank/b' });
    await datasets.set({ names: ['tank/b'], properties: { atime: 'off' } });
    await datasets.inherit({ names: ['tank/b'], property: 'atime' });
    await datasets.mount({ name: 'tank/b' });
    await datasets.unmount({ name: 'tank/b' });
    await datasets.share({ name: 'tank/b' });
    await datasets.unshare({ name: 'tank/b' });
    await datasets.clone({ snapshot: 'tank/b@s', target: 'tank/c' });
    await datasets.promote({ name: 'tank/c' });
    await datasets.rollback({ snapshot: 'tank/b@s' });
    await datasets.snapshot({ names: ['tank/b@s'] });
    await datasets.hold({ tag: 'k', snapshots: ['tank/b@s'] });
    await datasets.release({ tag: 'k', snapshots: ['tank/b@s'] });
    await datasets.holds({ snapshots: ['tank/b@s'] });
    await datasets.diff({ from: 'tank/b@s' });
    await datasets.allow({ name: 'tank', everyone: true, permissions: ['mount'] });
    await datasets.unallow({ name: 'tank', everyone: true, permissions: [] });
    await datasets.loadKey({ name: 'tank/e' });
    await datasets.unloadKey({ name: 'tank/e' });
    await datasets.changeKey({ name: 'tank/e' });
    await datasets.sendEstimate({ snapshot: 'tank/b@s' });
    await datasets.abortReceive({ target: 'tank/r' });
    expect(runner.calls.map((c) => c.argv.slice(0, 2).join(' '))).toEqual([
      'zfs list',
      'zfs get',
      'zfs create',
      'zfs destroy',
      'zfs rename',
      'zfs set',
      'zfs inherit',
      'zfs mount',
      'zfs unmount',
      'zfs share',
      'zfs unshare',
      'zfs clone',
      'zfs promote',
      'zfs rollback',
      'zfs snapshot',
      'zfs hold',
      'zfs release',
      'zfs holds',
      'zfs diff',
      'zfs allow',
      'zfs unallow',
      'zfs load-key',
      'zfs unload-key',
      'zfs change-key',
      'zfs send',
      'zfs receive',
    ]);
  });

  test('behavior: destroyDryRun parses the plan', async () => {
    const { runner, datasets } = setup(() => ({ stdout: 'would destroy tank/a\nwould destroy tank/a@s\n' }));
    const plan = await datasets.destroyDryRun({ name: 'tank/a', recursive: true });
    expect(runner.calls[0]?.argv).toEqual(['zfs', 'destroy', '-r', '-n', '-v', 'tank/a']);
    expect(plan.datasets).toEqual(['tank/a', 'tank/a@s']);
  });

  test('behavior: resumeToken', async () => {
    const token = '1-e604ea4bf-e0-789c63a2';
    const withToken = setup(() => ({ stdout: `backup/a\treceive_resume_token\t${token}\t-\n` }));
    await expect(withToken.datasets.resumeToken('backup/a')).resolves.toBe(token);
    expect(withToken.runner.calls[0]?.argv).toEqual(
      'zfs get -H -p -o name,property,value,source receive_resume_token backup/a'.split(' '),
    );
    const without = setup(() => ({ stdout: 'backup/a\treceive_resume_token\t-\t-\n' }));
    await expect(without.datasets.resumeToken('backup/a')).resolves.toBeUndefined();
  });

  test('behavior: legacy mode drops -p from list and -v -P from send', async () => {
    const { runner, datasets } = setup((argv) => (argv[1] === 'receive' ? { readStdin: true } : {}), true);
    await datasets.list({ names: ['tank'] });
    await datasets.sendReceive({ send: { snapshot: 'tank@s' }, receive: { target: 'backup/t' } });
    expect(runner.calls[0]?.argv).toEqual([
      'zfs',
      'list',
      '-H',
      '-o',
      'name,type,used,available,referenced,mountpoint',
      'tank',
    ]);
    expect(runner.calls.find((c) => c.argv[1] === 'send')?.argv).toEqual(['zfs', 'send', 'tank@s']);
  });
});
