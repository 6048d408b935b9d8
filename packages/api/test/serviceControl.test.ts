import type { MockServer } from '@tn/mock';
import { MethodCallRpcError, type RpcClient } from '@tn/rpc';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type ApiClient, NotFoundError, ParamsValidationError } from '../src/index.js';
import { connect, startServer } from './apiHarness.js';

describe.each(['25.10', '25.04'] as const)('api.services (%s)', (version) => {
  let server: MockServer;
  let rpc: RpcClient;
  let api: ApiClient;
  beforeAll(async () => {
    server = await startServer({ version });
    ({ rpc, api } = connect(server));
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await rpc.close();
    await server.stop();
  });

  test('default: query rows are typed; the block-sharing protocols of the release run', async () => {
    const rows = await api.services.query();
    const names = rows.map((r) => r.service);
    expect(names).toEqual(expect.arrayContaining(['cifs', 'iscsitarget', 'nfs', 'ssh']));
    expect(names.includes('nvmet')).toBe(version === '25.10');
    const iscsi = await api.services.find([['service', '=', 'iscsitarget']]);
    expect(iscsi).toMatchObject({ enable: true, state: 'RUNNING' });
    expect(iscsi.pids.length).toBeGreaterThan(0);
    expect(await api.services.count([['state', '=', 'RUNNING']])).toBe(
      rows.filter((r) => r.state === 'RUNNING').length,
    );
  });

  test('behavior: stop and start return true and change what query reports', async () => {
    expect(await api.services.stop('nfs')).toBe(true);
    expect((await api.services.find([['service', '=', 'nfs']])).state).toBe('STOPPED');
    expect(await api.services.start('nfs', { silent: false })).toBe(true);
    expect((await api.services.find([['service', '=', 'nfs']])).state).toBe('RUNNING');
  });

  test('behavior: a service stopped behind the client is seen by the next query (preflight)', async () => {
    server.storage.setServiceState('cifs', 'STOPPED');
    const [cifs] = await api.services.query([['service', '=', 'cifs']]);
    expect(cifs?.state).toBe('STOPPED');
    await expect(api.services.find([['service', '=', 'nope']])).rejects.toBeInstanceOf(NotFoundError);
  });

  test('error: unknown service from the server; bad options refused before sending', async () => {
    const err = await api.services.start('bogus').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MethodCallRpcError);
    expect((err as MethodCallRpcError).errname).toBe('ENOENT');
    const local = await api.services
      .start('nfs', { bogus: true } as unknown as { silent: boolean })
      .catch((e: unknown) => e);
    expect(local).toBeInstanceOf(ParamsValidationError);
    // the timeout option exists on 25.10 only
    const timeout = await api.services.stop('nfs', { timeout: 5 }).catch((e: unknown) => e);
    if (version === '25.10') expect(timeout).toBe(true);
    else expect(timeout).toBeInstanceOf(ParamsValidationError);
  });
});
