import { describe, expect, test } from 'vitest';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { executeCommand } from '../exec/executeCommand.js';
import { poolActions } from './poolActions.js';
import type { ZfsContext } from './zfsContext.js';

function setup(respond: Parameters<typeof createFakeRunner>[0] = () => ({}), legacy = false) {
  const runner = createFakeRunner(respond);
  const context: ZfsContext = { runner, legacy, run: (command, options) => executeCommand(runner, command, options) };
  return { runner, pools: poolActions(context) };
}

describe('poolActions', () => {
  test('default: every method builds its command', async () => {
    const { runner, pools } = setup();
    const mirror = { data: [{ type: 'mirror' as const, devices: ['a', 'b'] }] };
    await pools.list();
    await pools.get();
    await pools.set({ pool: 'tank', property: 'comment', value: 'x' });
    await pools.status();
    await pools.create({ pool: 'tank', topology: mirror });
    await pools.destroy({ pool: 'tank' });
    await pools.importable();
    await pools.import({ pool: 'tank' });
    await pools.export({ pools: ['tank'] });
    await pools.add({ pool: 'tank', topology: mirror });
    await pools.attach({ pool: 'tank', device: 'a', newDevice: 'c' });
    await pools.detach({ pool: 'tank', device: 'c' });
    await pools.replace({ pool: 'tank', device: 'a', newDevice: 'd' });
    await pools.online({ pool: 'tank', devices: ['a'] });
    await pools.offline({ pool: 'tank', devices: ['a'] });
    await pools.clear({ pool: 'tank' });
    await pools.scrub({ pools: ['tank'] });
    await pools.trim({ pool: 'tank' });
    await pools.checkpoint({ pool: 'tank' });
    await pools.history();
    await pools.upgradeStatus();
    await pools.iostat();
    await pools.events();
    expect(runner.calls.map((c) => c.argv.slice(0, 2).join(' '))).toEqual([
      'zpool list',
      'zpool get',
      'zpool set',
      'zpool status',
      'zpool create',
      'zpool destroy',
      'zpool import',
      'zpool import',
      'zpool export',
      'zpool add',
      'zpool attach',
      'zpool detach',
      'zpool replace',
      'zpool online',
      'zpool offline',
      'zpool clear',
      'zpool scrub',
      'zpool trim',
      'zpool checkpoint',
      'zpool history',
      'zpool upgrade',
      'zpool iostat',
      'zpool events',
    ]);
  });

  test('behavior: legacy mode adapts list, get and iostat', async () => {
    const { runner, pools } = setup(() => ({}), true);
    await pools.list({ properties: ['name', 'health'] });
    await pools.get({ pools: ['tank'], properties: ['size'] });
    await pools.iostat({ pools: ['tank'] });
    expect(runner.calls.map((c) => c.argv)).toEqual([
      ['zpool', 'list', '-H', '-o', 'name,health'],
      ['zpool', 'get', 'size', 'tank'],
      ['zpool', 'iostat', '-T', 'u', 'tank'],
    ]);
  });

  test('behavior: watchIostat and watchEvents stream through spawn', async () => {
    const { runner, pools } = setup(() => ({ keepAlive: true }));
    const iostat = pools.watchIostat({ pools: ['tank'], interval: 2 });
    const events = pools.watchEvents({ verbose: true });
    const pendingIostat = iostat.next();
    const pendingEvents = events.next();
    await iostat.return?.();
    await events.return?.();
    await expect(pendingIostat).resolves.toMatchObject({ done: true });
    await expect(pendingEvents).resolves.toMatchObject({ done: true });
    expect(runner.calls.map((c) => [c.method, c.argv.join(' '), c.killed])).toEqual([
      ['spawn', 'zpool iostat -T u -p tank 2', true],
      ['spawn', 'zpool events -v -f', true],
    ]);
  });
});
