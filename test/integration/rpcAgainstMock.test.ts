import { createMockServer, DEFAULT_API_KEY, type MockServer } from '@tn/mock';
import {
  CertificateMismatchError,
  createClient,
  InvalidParamsRpcError,
  LoginFailedError,
  MethodNotFoundRpcError,
  NotAJobError,
  type RpcClient,
} from '@tn/rpc';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';

const fastReconnect = { retries: 20, minDelay: 5, maxDelay: 50, factor: 1.5 };

describe.each(['25.04', '25.10'] as const)('@tn/rpc against @tn/mock %s over TLS', (version) => {
  let server: MockServer;
  const clients: RpcClient[] = [];
  const connect = (options: Partial<Parameters<typeof createClient>[0]> = {}) => {
    const client = createClient({
      url: server.url,
      credentials: { apiKey: DEFAULT_API_KEY },
      tls: { fingerprint: server.certificate?.fingerprint256 },
      reconnect: fastReconnect,
      ...options,
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = createMockServer({ version, tls: true, testMethods: true, authFailureDelay: 0 });
    await server.start();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    server.faults.clear();
    server.reset();
  });
  afterAll(() => server.stop());

  test('default: pinned TLS, API key login, system.info with dates decoded', async () => {
    const client = connect();
    const info = await client.call<{ version: string; boottime: Date }>('system.info');
    expect(info.boottime).toBeInstanceOf(Date);
    expect(info.version).toContain(version);
    expect(client.newStyleJobs).toBe(version === '25.10');
    const me = await client.call<{ pw_name: string }>('auth.me');
    expect(me.pw_name).toBe('root');
  });

  test('security: a wrong pin refuses the connection before anything is sent', async () => {
    const client = connect({ tls: { fingerprint: 'AA'.repeat(32) }, reconnect: false });
    client.on('error', () => {});
    const err = await client.call('system.info').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CertificateMismatchError);
    expect((err as CertificateMismatchError).actual).toBe(server.certificate?.fingerprint256);
    expect(String(err)).toContain(`Expected SHA-256: ${'AA:'.repeat(31)}AA`);
    expect(server.executions('auth.login_with_api_key')).toBe(0);
  });

  test('behavior: username/password and token logins; wrong password is terminal', async () => {
    const byPassword = connect({ credentials: { username: 'root', password: 'password' } });
    const token = await byPassword.call<string>('auth.generate_token', [600]);
    const byToken = connect({ credentials: { token } });
    await expect(byToken.call('auth.me')).resolves.toMatchObject({ pw_name: 'root' });
    const wrong = connect({ credentials: { username: 'root', password: 'nope' } });
    wrong.on('error', () => {});
    await expect(wrong.call('auth.me')).rejects.toBeInstanceOf(LoginFailedError);
  });

  test('behavior: jobs report progress and resolve; non-jobs and bad params never hang', async () => {
    const client = connect();
    const percents: number[] = [];
    const result = await client.job<{ steps: number; finished_at: Date }>('test.job', [4, 5], {
      onProgress: (p) => percents.push(p.percent ?? -1),
    });
    expect(result.steps).toBe(4);
    expect(result.finished_at).toBeInstanceOf(Date);
    expect(percents.filter((p) => p > 0)).toEqual([25, 50, 75, 100]);
    await expect(client.job('test.job', ['three'])).rejects.toBeInstanceOf(InvalidParamsRpcError);
    await expect(client.job('test.job', [1, 1, 5])).rejects.toMatchObject({
      code: version === '25.10' ? 'METHOD_CALL' : 'JOB_FAILED',
    });
    if (version === '25.04') await expect(client.job('test.echo', [7])).rejects.toBeInstanceOf(NotAJobError);
    else await expect(client.job('test.echo', [7])).resolves.toBe(7);
  });

  test('behavior: aborting a job aborts it on the server', async () => {
    const client = connect();
    const controller = new AbortController();
    const running = client.job('test.job', [100, 20], {
      signal: controller.signal,
      onProgress: (p) => {
        if ((p.percent ?? 0) >= 5) controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ code: 'ABORTED' });
    await expect
      .poll(() => server.jobs().find((j) => j.method === 'test.job')?.state, { timeout: 5_000 })
      .toBe('ABORTED');
  });

  test('behavior: typed errors from the real wire shapes', async () => {
    const client = connect();
    await expect(client.call('no.such_method')).rejects.toBeInstanceOf(MethodNotFoundRpcError);
    await expect(client.call('test.invalid', ['data.name', 'Field required'])).rejects.toMatchObject({
      fieldErrors: [{ attribute: 'data.name', message: 'Field required', errno: 22 }],
    });
    await expect(client.call('test.fail', [2, 'tank/x does not exist'])).rejects.toMatchObject({
      code: 'METHOD_CALL',
      errno: 2,
      errname: 'ENOENT',
    });
    const err = await client.call('test.crash').catch((e: unknown) => e);
    expect((err as { trace?: unknown }).trace).toBeUndefined();
  });

  test('behavior: 64 concurrent callers never trip the server limit of 20', async () => {
    const client = connect();
    const results = await Promise.all(Array.from({ length: 256 }, (_, i) => client.call('test.sleep', [i % 5])));
    expect(results).toHaveLength(256);
    expect(client.metrics().retries).toBe(0);
    expect(client.metrics().errors).toEqual({});
  });

  test('behavior: busy replies are retried; a killed session re-logs in once', async () => {
    const client = connect();
    await client.connect();
    server.faults.busy(2, { method: 'test.echo' });
    await expect(client.call('test.echo', ['x'])).resolves.toBe('x');
    server.faults.killSessions();
    await expect(client.call('test.echo', ['y'])).resolves.toBe('y');
    expect(server.executions('auth.login_with_api_key')).toBe(2);
  });

  test('behavior: a drop mid-mutation is reported as outcome unknown and never replayed', async () => {
    const client = connect();
    await client.connect();
    server.faults.dropAfter(0, { method: 'test.mutate', afterExecute: true });
    const err = await client.call('test.mutate', ['k1']).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONNECTION_LOST', sent: true });
    await expect(client.call('test.count', ['k1'])).resolves.toBe(1);
    expect(server.executions('test.mutate')).toBe(1);
  });

  test('behavior: subscriptions deliver again after a server restart', async () => {
    const client = connect();
    const seen: unknown[] = [];
    client.subscribe('test.mutations', (e) => seen.push(e.id));
    await client.connect();
    await client.call('test.mutate', ['a']);
    await expect.poll(() => seen).toEqual(['a']);
    const reconnected = new Promise((resolve) => client.once('reconnect', resolve));
    server.faults.restart({ downtime: 50 });
    await reconnected;
    await client.call('test.mutate', ['b']);
    await expect.poll(() => seen).toEqual(['a', 'b']);
  });
});

describe('@tn/mock over plain ws', () => {
  test('security: the server revokes a key sent in the clear from a non-loopback peer — the client refuses first', async () => {
    const server = createMockServer({ testMethods: true, treatLoopbackAsRemote: true, authFailureDelay: 0 });
    await server.start();
    try {
      // The client's guard: a remote-looking host over ws:// is refused before connecting.
      expect(() =>
        createClient({ url: server.url.replace('127.0.0.1', 'nas.example'), credentials: { apiKey: DEFAULT_API_KEY } }),
      ).toThrow(/revokes an API key/);
      // Forcing it shows why: the key is revoked and unusable afterwards.
      const forced = createClient({
        url: server.url,
        credentials: { apiKey: DEFAULT_API_KEY },
        allowInsecureTransport: true,
        reconnect: false,
      });
      forced.on('error', () => {});
      await expect(forced.call('auth.me')).rejects.toBeInstanceOf(LoginFailedError);
      await forced.close();
    } finally {
      await server.stop();
    }
  });
});

describe('liveness against a stalled server', () => {
  test('behavior: a server that stops answering is detected by keep-alive, and the client recovers after it resumes', async () => {
    const server = createMockServer({ testMethods: true, authFailureDelay: 0, rateLimit: false });
    await server.start();
    const client = createClient({
      url: server.url,
      credentials: { apiKey: DEFAULT_API_KEY },
      keepAlive: { interval: 150, timeout: 150 },
      reconnect: { retries: 100, minDelay: 20, maxDelay: 100, factor: 1.2 },
      connectTimeout: 500,
    });
    try {
      await client.connect();
      const dropped = new Promise((resolve) => client.once('disconnect', resolve));
      server.faults.stall();
      await dropped;
      server.faults.unstall();
      await expect(client.call('test.echo', ['alive'], { timeout: 10_000 })).resolves.toBe('alive');
    } finally {
      await client.close();
      await server.stop();
    }
  });
});
