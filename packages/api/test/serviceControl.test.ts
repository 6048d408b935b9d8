import { MethodCallRpcError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { NotFoundError, ParamsValidationError } from '../src/index.js';
import { useMockApi } from './apiHarness.js';

describe.each(['25.10', '25.04'] as const)('api.services (%s)', (version) => {
  const mock = useMockApi({ version });

  test('default: query rows are typed; the block-sharing protocols of the release run', async () => {
    const rows = await mock.api.services.query();
    const names = rows.map((r) => r.service);
    expect(names).toEqual(expect.arrayContaining(['cifs', 'iscsitarget', 'nfs', 'ssh']));
    expect(names.includes('nvmet')).toBe(version === '25.10');
    const iscsi = await mock.api.services.find([['service', '=', 'iscsitarget']]);
    expect(iscsi).toMatchObject({ enable: true, state: 'RUNNING' });
    expect(iscsi.pids.length).toBeGreaterThan(0);
    expect(await mock.api.services.count([['state', '=', 'RUNNING']])).toBe(
      rows.filter((r) => r.state === 'RUNNING').length,
    );
  });

  test('behavior: stop and start return true and change what query reports', async () => {
    expect(await mock.api.services.stop('nfs')).toBe(true);
    expect((await mock.api.services.find([['service', '=', 'nfs']])).state).toBe('STOPPED');
    expect(await mock.api.services.start('nfs', { silent: false })).toBe(true);
    expect((await mock.api.services.find([['service', '=', 'nfs']])).state).toBe('RUNNING');
  });

  test('behavior: a service stopped behind the client is seen by the next query (preflight)', async () => {
    mock.server.storage.setServiceState('cifs', 'STOPPED');
    const [cifs] = await mock.api.services.query([['service', '=', 'cifs']]);
    expect(cifs?.state).toBe('STOPPED');
    await expect(mock.api.services.find([['service', '=', 'nope']])).rejects.toBeInstanceOf(NotFoundError);
  });

  test('error: unknown service from the server; bad options refused before sending', async () => {
    const err = await mock.api.services.start('bogus').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MethodCallRpcError);
    expect((err as MethodCallRpcError).errname).toBe('ENOENT');
    const local = await mock.api.services
      .start('nfs', { bogus: true } as unknown as { silent: boolean })
      .catch((e: unknown) => e);
    expect(local).toBeInstanceOf(ParamsValidationError);
    // the timeout option exists on 25.10 only
    const timeout = await mock.api.services.stop('nfs', { timeout: 5 }).catch((e: unknown) => e);
    if (version === '25.10') expect(timeout).toBe(true);
    else expect(timeout).toBeInstanceOf(ParamsValidationError);
  });
});
