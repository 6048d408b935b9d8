import { describe, expect, test } from 'vitest';
import { FakeServer, NO_REPLY, ok, sleep, until, wireError } from '../../test/fakeServer.js';
import { InsecureTransportError, LoginFailedError } from '../errors/transport.js';
import type { Logger } from '../observability/logger.js';
import { createClient } from './createClient.js';

const fastReconnect = { retries: 5, minDelay: 1, maxDelay: 5, factor: 1 };
const notAuthenticated = () =>
  wireError(-32001, 'Method call error', {
    error: 207,
    errname: 'ENOTAUTHENTICATED',
    reason: '[ENOTAUTHENTICATED] Not authenticated',
  });

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = (fields: Record<string, unknown>, message?: string) => lines.push(JSON.stringify({ fields, message }));
  return { logger: { debug: log, info: log, warn: log, error: log }, lines };
}

describe('connection', () => {
  test('default: API key with username logs in with login_ex API_KEY_PLAIN, then sets options', async () => {
    const server = new FakeServer();
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { apiKey: '7-secret', username: 'admin' },
      socketFactory: server.factory,
      keepAlive: false,
    });
    await client.call('core.ping');
    expect(server.methods().slice(0, 3)).toEqual(['auth.login_ex', 'core.set_options', 'core.ping']);
    expect(server.requests[0]?.params).toEqual([
      { mechanism: 'API_KEY_PLAIN', username: 'admin', api_key: '7-secret' },
    ]);
    expect(client.newStyleJobs).toBe(true);
    await client.close();
  });

  test('behavior: API key without username uses auth.login_with_api_key; 25.04 null options = legacy jobs', async () => {
    const server = new FakeServer({ 'core.set_options': () => ok(null) });
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { apiKey: '7-secret' },
      socketFactory: server.factory,
      keepAlive: false,
    });
    await client.connect();
    expect(server.methods()).toEqual(['auth.login_with_api_key', 'core.set_options']);
    expect(client.newStyleJobs).toBe(false);
    await client.close();
  });

  test('behavior: password with OTP challenge answers with login_ex_continue', async () => {
    const server = new FakeServer({
      'auth.login_ex': () => ok({ response_type: 'OTP_REQUIRED', username: 'admin' }),
      'auth.login_ex_continue': () => ok({ response_type: 'SUCCESS' }),
    });
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { username: 'admin', password: 'pw', otp: async () => '123456' },
      socketFactory: server.factory,
      keepAlive: false,
    });
    await client.connect();
    expect(server.requests[1]).toMatchObject({
      method: 'auth.login_ex_continue',
      params: [{ mechanism: 'OTP_TOKEN', otp_token: '123456' }],
    });
    await client.close();
  });

  test('error: API key or password over ws:// to a remote host is refused before connecting', () => {
    const server = new FakeServer();
    expect(() =>
      createClient({
        url: 'ws://nas.lan/api/current',
        credentials: { apiKey: '1-abc' },
        socketFactory: server.factory,
      }),
    ).toThrow(InsecureTransportError);
    expect(() =>
      createClient({
        url: 'ws://10.0.0.5/api/current',
        credentials: { username: 'a', password: 'b' },
        socketFactory: server.factory,
      }),
    ).toThrow(/revokes an API key/);
    expect(server.sockets).toHaveLength(0);
    // loopback, tokens and explicit opt-in are allowed
    expect(() =>
      createClient({ url: 'ws://127.0.0.1:6000/api/current', credentials: { apiKey: '1-abc' } }),
    ).not.toThrow();
    expect(() => createClient({ url: 'ws://nas.lan/api/current', credentials: { token: 't' } })).not.toThrow();
    expect(() =>
      createClient({ url: 'ws://nas.lan/api/current', credentials: { apiKey: '1-abc' }, allowInsecureTransport: true }),
    ).not.toThrow();
    const ok = createClient({ url: 'ws://127.0.0.1:1/api/current' });
    expect(() => ok.setCredentials({ apiKey: 'x' })).not.toThrow();
    const remote = createClient({ url: 'ws://nas.lan/api/current' });
    expect(() => remote.setCredentials({ apiKey: 'x' })).toThrow(InsecureTransportError);
  });

  test('error: invalid options name every problem', () => {
    expect(() => createClient({ url: 'http://nas', timeout: -5, maxInFlight: 0 })).toThrowErrorMatchingInlineSnapshot(`
      [InvalidConfigError: Invalid client options

      timeout: Too small: expected number to be >=1
      maxInFlight: Too small: expected number to be >=1

      Version: @tn/rpc@0.1.0]
    `);
    expect(() => createClient({ url: 'https://nas' })).toThrow(/protocol must be ws: or wss:/);
    expect(() => createClient({ url: 'wss://nas', keepAlive: { interval: 60_000 } })).toThrow(/keepAlive.interval/);
  });

  test('error: a refused login is terminal — one attempt, queued calls rejected, no retry loop', async () => {
    const server = new FakeServer({ 'auth.login_ex': () => ok({ response_type: 'AUTH_ERR' }) });
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { username: 'admin', password: 'wrong' },
      socketFactory: server.factory,
      keepAlive: false,
      reconnect: fastReconnect,
    });
    client.on('error', () => {});
    const calls = [client.call('core.ping'), client.call('pool.query')];
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(LoginFailedError);
    await sleep(30);
    expect(server.methods().filter((m) => m.startsWith('auth.'))).toHaveLength(1);
    expect(client.state).toBe('failed');
    // later calls fail fast with the same error instead of trying the refused credential again
    await expect(client.call('core.ping')).rejects.toBeInstanceOf(LoginFailedError);
    await expect(client.connect()).rejects.toBeInstanceOf(LoginFailedError);
    expect(server.methods().filter((m) => m.startsWith('auth.'))).toHaveLength(1);
    // rotation: new credentials make the client usable again, without recreating it
    server.on('auth.login_ex', () => ok({ response_type: 'SUCCESS' }));
    client.setCredentials({ username: 'admin', password: 'right' });
    await expect(client.call('core.ping')).resolves.toBe('pong');
    await client.close();
  });

  test('behavior: reconnect logs in, sets options and re-subscribes before sending queued calls', async () => {
    const server = new FakeServer({ 'test.work': () => ok('w') });
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { apiKey: '1-k' },
      socketFactory: server.factory,
      keepAlive: false,
      reconnect: fastReconnect,
    });
    client.subscribe('pool.query', () => {});
    await client.connect();
    await until(() => server.methods().includes('core.subscribe'));
    server.refuseConnections = 2;
    server.current?.drop();
    const queued = [client.call('test.work'), client.call('test.work')];
    await Promise.all(queued);
    const second = server.requests.filter((r) => r.socket === server.sockets.length - 1).map((r) => r.method);
    expect(second).toEqual(['auth.login_with_api_key', 'core.set_options', 'core.subscribe', 'test.work', 'test.work']);
    expect(client.metrics().reconnects).toBe(1);
    await client.close();
  });

  test('behavior: errno 207 triggers one re-login; the call is repeated and succeeds', async () => {
    let sessionDead = true;
    const server = new FakeServer({ 'pool.query': () => (sessionDead ? notAuthenticated() : ok(['tank'])) });
    server.on('auth.login_with_api_key', () => {
      sessionDead = false;
      return ok(true);
    });
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { apiKey: '1-k' },
      socketFactory: server.factory,
      keepAlive: false,
    });
    await client.connect();
    sessionDead = true;
    await expect(client.call('pool.query')).resolves.toEqual(['tank']);
    expect(server.methods().filter((m) => m === 'auth.login_with_api_key')).toHaveLength(2);
    // a session that stays dead surfaces the error after one re-login instead of looping
    server.on('auth.login_with_api_key', () => ok(true));
    sessionDead = true;
    await expect(client.call('pool.query')).rejects.toMatchObject({ code: 'NOT_AUTHENTICATED', errno: 207 });
    await client.close();
  });

  test('behavior: keep-alive probes with auth.me when idle and reconnects when it gets no reply', async () => {
    const server = new FakeServer();
    server.on('auth.me', (_p, { socket }) => (socket === server.sockets[0] ? NO_REPLY : ok({})));
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { apiKey: '1-k' },
      socketFactory: server.factory,
      keepAlive: { interval: 100, timeout: 100 },
      reconnect: fastReconnect,
    });
    const reconnected = new Promise((resolve) => client.once('reconnect', resolve));
    await client.connect();
    await reconnected;
    expect(server.methods()).toContain('auth.me');
    expect(server.sockets.length).toBeGreaterThanOrEqual(2);
    await client.close();
  });

  test('behavior: the keep-alive probe re-logs in when the session died but the socket lives', async () => {
    let logins = 0;
    const server = new FakeServer({
      'auth.login_with_api_key': () => {
        logins++;
        return ok(true);
      },
    });
    server.on('auth.me', () =>
      logins < 2
        ? wireError(-32001, 'Method call error', {
            error: 207,
            errname: 'ENOTAUTHENTICATED',
            reason: '[ENOTAUTHENTICATED] Not authenticated',
          })
        : ok({}),
    );
    const client = createClient({
      url: 'wss://nas/api/current',
      credentials: { apiKey: '1-k' },
      socketFactory: server.factory,
      keepAlive: { interval: 100, timeout: 1000 },
    });
    await client.connect();
    await until(() => logins === 2);
    expect(server.sockets).toHaveLength(1);
    await client.close();
  });

  test('behavior: maximum connection age reconnects cleanly without failing calls', async () => {
    const server = new FakeServer({
      'test.work': async () => {
        await sleep(5);
        return ok(1);
      },
    });
    const client = createClient({
      url: 'wss://nas/api/current',
      socketFactory: server.factory,
      keepAlive: false,
      maxConnectionAge: 1_000,
      reconnect: fastReconnect,
    });
    await client.connect();
    const results: Promise<unknown>[] = [];
    const end = Date.now() + 1_300;
    while (Date.now() < end) {
      results.push(client.call('test.work', [], { idempotent: false }));
      await sleep(20);
    }
    await expect(Promise.all(results)).resolves.toBeDefined();
    expect(server.sockets.length).toBe(2);
    await client.close();
  });

  test('behavior: close rejects everything, clears timers, and leaves no handle behind', async () => {
    const server = new FakeServer({ 'test.hang': () => NO_REPLY });
    const client = createClient({
      url: 'wss://nas/api/current',
      socketFactory: server.factory,
      keepAlive: { interval: 1000, timeout: 1000 },
      maxConnectionAge: 60_000,
    });
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const p = client.call('test.hang');
    await until(() => server.methods().includes('test.hang'));
    await client.close();
    await expect(p).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
    await expect(client.call('core.ping')).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
    await sleep(5);
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThanOrEqual(before);
    expect(server.current?.closed).toBe(true);
  });

  test('security: secrets never reach logs, events or errors', async () => {
    const secrets = ['9-SUPERSECRETKEY', 'hunter2-password'];
    const { logger, lines } = capture();
    const server = new FakeServer({ 'auth.login_ex': () => ok({ response_type: 'AUTH_ERR' }) });
    const events: string[] = [];
    const client = createClient({
      url: 'wss://user:pw@nas/api/current?token=abc',
      credentials: { username: 'admin', password: secrets[1] as string },
      socketFactory: server.factory,
      logger,
      keepAlive: false,
      reconnect: false,
    });
    client.on('callEnd', (e) => events.push(JSON.stringify(e)));
    client.on('connect', (e) => events.push(JSON.stringify(e)));
    client.on('error', (e) => events.push(String(e)));
    const err = await client.call('core.ping').catch((e: unknown) => e);
    client.setCredentials({ apiKey: secrets[0] as string, username: 'admin' });
    await client.call('core.ping').catch(() => {});
    const text = [...lines, ...events, String(err), JSON.stringify(err), (err as Error).stack ?? ''].join('\n');
    for (const secret of [...secrets, 'pw@', 'token=abc']) expect(text).not.toContain(secret);
    expect(text).toContain('[REDACTED]');
    await client.close();
  });
});
