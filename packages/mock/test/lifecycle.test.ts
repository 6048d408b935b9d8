import { execFile } from 'node:child_process';
import { connect as tlsConnect } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CallError, createMockServer, type MockServer, MockServerError } from '../src/index.js';
import { RawClient } from './rawClient.js';

let server: MockServer;
const unhandled: string[] = [];
beforeAll(async () => {
  server = await createMockServer({
    testMethods: true,
    authFailureDelay: 0,
    rateLimit: false,
    onUnhandled: (method) => unhandled.push(method),
  }).start();
  server.register('pool', {
    query: (ctx) => [...ctx.store.getOrInit('pools', () => new Map<string, { name: string }>()).values()],
    create: {
      job: { abortable: true },
      params: [{ name: 'data', schema: z.strictObject({ name: z.string() }) }],
      handler: async (ctx) => {
        const [data] = ctx.params as [{ name: string }];
        ctx.job?.setProgress(50, 'creating');
        await ctx.sleep(5);
        ctx.store.getOrInit('pools', () => new Map<string, { name: string }>()).set(data.name, data);
        ctx.emit('pool.query', 'ADDED', { id: data.name, fields: data });
        return data;
      },
    },
    whoami: (ctx) => ({ user: ctx.session.username, profile: ctx.profile, id: ctx.id ?? null }),
  });
});
afterAll(() => server.stop());

async function client(): Promise<RawClient> {
  const c = await RawClient.connect(server.url);
  await c.login();
  return c;
}

describe('lifecycle', () => {
  test('error: url/port throw before start()', () => {
    const idle = createMockServer();
    expect(() => idle.url).toThrow(MockServerError);
    expect(() => idle.port).toThrow(/not started/);
    expect(idle.certificate).toBeUndefined();
  });

  test('default: start() listens on a free port and returns the server; stop() can be followed by start()', async () => {
    const s = createMockServer();
    expect(await s.start()).toBe(s);
    expect(s.port).toBeGreaterThan(0);
    expect(s.url).toBe(`ws://127.0.0.1:${s.port}/api/current`);
    await s.stop();
    expect(() => s.url).toThrow();
    await s.start();
    const c = await RawClient.connect(s.url);
    expect(await c.call('core.ping')).toBe('pong');
    await s.stop();
    expect((await c.closed).code).toBe(1006);
  });

  test('behavior: the process can exit after stop() with jobs, sleeps, sources and delays pending', async () => {
    const script = fileURLToPath(new URL('./fixtures/exitAfterStop.ts', import.meta.url));
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--conditions=@tn/source', '--import', 'tsx', script, '--tls'],
        { timeout: 20_000, cwd: fileURLToPath(new URL('..', import.meta.url)) },
        (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout }),
      );
      child.stdin?.end();
    });
    expect(result.stdout).toContain('stopped');
    expect(result.code).toBe(0);
  }, 30_000);
});

describe('handlers and overrides', () => {
  test('default: registered namespaces get params validation, jobs, store and events', async () => {
    const c = await client();
    await c.call('core.subscribe', 'pool.query');
    await c.call('core.set_options', { legacy_jobs: false });
    expect(await c.call('pool.create', { name: 'tank' })).toEqual({ name: 'tank' });
    expect((await c.notification('collection_update')).params).toMatchObject({ msg: 'added', id: 'tank' });
    expect(await c.call('pool.query')).toEqual([{ name: 'tank' }]);
    expect((await c.request('pool.create', [{ name: 'x', size: 1 }])).error?.data?.extra).toEqual([
      ['data.size', 'Extra inputs are not permitted', 22],
    ]);
    expect(await c.call('pool.whoami')).toEqual({ user: 'root', profile: '25.10', id: expect.any(Number) });
    server.reset();
    expect(await c.call('pool.query')).toEqual([]);
    await c.close();
  });

  test('behavior: use() overrides win until reset(); bare functions keep the method flags', async () => {
    const c = await client();
    server.use({ 'pool.query': () => [{ name: 'override' }] }, { 'pool.query': () => [{ name: 'latest' }] });
    expect(await c.call('pool.query')).toEqual([{ name: 'latest' }]);
    server.use({
      'pool.create': () => {
        throw new CallError('Disk in use', 16);
      },
    });
    const id = (await c.call('pool.create', { name: 'p' })) as number;
    expect(typeof id).toBe('number');
    server.use({ 'brand.new': { authenticationRequired: false, handler: () => 'hi' } });
    const anon = await RawClient.connect(server.url);
    expect(await anon.call('brand.new')).toBe('hi');
    server.reset();
    expect(await c.call('pool.query')).toEqual([]);
    expect((await anon.request('brand.new')).error?.code).toBe(-32601);
    await Promise.all([c.close(), anon.close()]);
  });

  test('behavior: unknown methods reply -32601, are recorded and reported to onUnhandled', async () => {
    server.reset();
    unhandled.length = 0;
    const c = await client();
    await c.request('nope.one');
    c.send({ jsonrpc: '2.0', method: 'nope.two' });
    await c.call('core.ping');
    expect(server.unhandled()).toEqual(['nope.one', 'nope.two']);
    expect(unhandled).toEqual(['nope.one', 'nope.two']);
    server.reset();
    expect(server.unhandled()).toEqual([]);
    await c.close();
  });

  test('default: executions() counts handler runs per method', async () => {
    server.reset();
    const c = await client();
    await c.call('test.mutate', 'e');
    await c.call('test.mutate', 'e');
    await c.request('test.mutate', [5]);
    expect(server.executions('test.mutate')).toBe(2);
    expect(server.executions()).toMatchObject({ 'auth.login': 1, 'test.mutate': 2 });
    expect(server.executions('never.called')).toBe(0);
    await c.close();
  });

  test('behavior: closing the socket aborts pending handlers without a reply', async () => {
    let aborted = false;
    server.use({
      'test.hang': {
        handler: async (ctx) => {
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
          });
          await ctx.sleep(10_000);
        },
      },
    });
    const before = new Set(server.sessions().map((s) => s.id));
    const c = await client();
    const id = server.sessions().find((s) => !before.has(s.id))?.id;
    c.send({ jsonrpc: '2.0', id: 1, method: 'test.hang' });
    await new Promise((r) => setTimeout(r, 20));
    await c.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(aborted).toBe(true);
    expect(server.sessions().some((s) => s.id === id)).toBe(false);
    server.reset();
  });

  test('default: methods() lists the built-in namespaces', () => {
    expect(server.methods()).toEqual(
      expect.arrayContaining(['core.ping', 'core.get_jobs', 'auth.login_ex', 'system.info', 'test.job', 'pool.create']),
    );
  });
});

describe('TLS', () => {
  test('default: serves wss:// with a self-signed cert whose fingerprint256 matches the peer certificate', async () => {
    const secure = await createMockServer({ tls: true }).start();
    expect(secure.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/api\/current$/);
    const fingerprint = secure.certificate?.fingerprint256 ?? '';
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(secure.certificate?.pem).toContain('BEGIN CERTIFICATE');
    const peer = await new Promise<string>((resolve, reject) => {
      const socket = tlsConnect({ host: '127.0.0.1', port: secure.port, rejectUnauthorized: false }, () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(peer).toBe(fingerprint);
    const c = await RawClient.connect(secure.url, { ca: secure.certificate?.pem });
    expect(await c.call('core.ping')).toBe('pong');
    await expect(RawClient.connect(secure.url)).rejects.toThrow(/self-signed|certificate/i);
    const res = await fetch(`${secure.baseUrl}/api/versions`).catch((err: unknown) => err);
    expect(res).toBeInstanceOf(Error);
    await c.close();
    await secure.stop();
  });
});
