import { describe, expect, test } from 'vitest';
import { type MockServer, MockServerError } from '../../src/index.js';
import type { RawClient } from '../rawClient.js';
import { callError, checked, useStorageServer } from './storageClient.js';

type Row = { id: number; service: string; enable: boolean; state: string; pids: number[] };

describe.each(['25.10', '25.04'] as const)('service.* (%s)', (version) => {
  let server: MockServer;
  let client: RawClient;
  useStorageServer(
    (s, c) => {
      server = s;
      client = c;
    },
    { version },
  );

  const stateOf = async (service: string) =>
    ((await checked(client, version, 'service.query', [['service', '=', service]], { get: true })) as Row).state;

  test('default: the sharing protocols run; nvmet only on 25.10, smartd only on 25.04', async () => {
    const rows = (await checked(client, version, 'service.query')) as Row[];
    const running = rows.filter((r) => r.state === 'RUNNING').map((r) => r.service);
    expect(running).toEqual(
      expect.arrayContaining(version === '25.10' ? ['cifs', 'iscsitarget', 'nfs', 'nvmet'] : ['cifs', 'iscsitarget']),
    );
    expect(rows.some((r) => r.service === 'nvmet')).toBe(version === '25.10');
    expect(rows.some((r) => r.service === 'smartd')).toBe(version === '25.04');
    const ssh = rows.find((r) => r.service === 'ssh');
    expect(ssh).toMatchObject({ enable: false, state: 'STOPPED', pids: [] });
    const nfs = rows.find((r) => r.service === 'nfs');
    expect(nfs?.enable).toBe(true);
    expect(nfs?.pids.length).toBe(1);
    expect(await client.call('service.query', [['state', '=', 'RUNNING']], { count: true })).toBe(running.length);
  });

  test('behavior: start/stop change the state, return true and send service.query CHANGED', async () => {
    await client.call('core.subscribe', 'service.query');
    client.messages.length = 0;
    expect(await checked(client, version, 'service.stop', 'nfs')).toBe(true);
    expect(await stateOf('nfs')).toBe('STOPPED');
    expect(await checked(client, version, 'service.start', 'ssh', { silent: false })).toBe(true);
    expect(await stateOf('ssh')).toBe('RUNNING');
    await client.call('core.ping');
    const changes = client.messages
      .filter((m) => m.method === 'collection_update')
      .map((m) => m.params as { collection: string; msg: string; fields: Row });
    expect(changes.map((c) => [c.collection, c.msg, c.fields.service, c.fields.state])).toEqual([
      ['service.query', 'changed', 'nfs', 'STOPPED'],
      ['service.query', 'changed', 'ssh', 'RUNNING'],
    ]);
  });

  test('behavior: setServiceState is a hook with the same effect; reset restores the seed', async () => {
    server.storage.setServiceState('iscsitarget', 'STOPPED');
    expect(await stateOf('iscsitarget')).toBe('STOPPED');
    server.reset();
    expect(await stateOf('iscsitarget')).toBe('RUNNING');
  });

  test('error: unknown services and states; options are validated per version', async () => {
    const missing = await callError(client, 'service.start', 'bogus');
    expect(missing.data?.errname).toBe('ENOENT');
    expect(() => server.storage.setServiceState('bogus', 'STOPPED')).toThrow(MockServerError);
    expect(() => server.storage.setServiceState('nfs', 'PAUSED' as 'STOPPED')).toThrow(/Unknown service state/);
    const timeout = await client.request('service.stop', ['nfs', { timeout: 10 }]);
    // 25.04's legacy options have no timeout
    expect(timeout.error?.code).toBe(version === '25.04' ? -32602 : undefined);
    expect((await callError(client, 'service.stop', 'nfs', { bogus: true })).code).toBe(-32602);
  });
});
