import { describe, expect, test } from 'vitest';
import { type FakeReply, FakeServer, NO_REPLY, ok, sleep, until } from '../../test/fakeServer.js';
import { InvalidParamsRpcError } from '../errors/rpc.js';
import { createClient } from './createClient.js';
import type { JobSnapshot } from './jobs.js';

type Step = Partial<JobSnapshot> & { state: string };

/** Registers a job, plays its events in the background and replies with its id (25.04 style). */
function startJob(server: FakeServer, job: { id: number; method: string }, steps: Step[]) {
  void playJob(server, job, steps);
  return ok(job.id);
}

/** Plays a job's lifecycle as core.get_jobs events: added, changed..., terminal. */
function playJob(
  server: FakeServer,
  job: { id: number; method: string; message_ids?: number[] },
  steps: Step[],
  gap = 2,
) {
  server.registerJob({ ...job, state: 'WAITING' });
  return (async () => {
    let first = true;
    for (const step of steps) {
      await sleep(gap);
      server.emit('core.get_jobs', first ? 'added' : 'changed', { ...job, ...step }, job.id);
      first = false;
    }
  })();
}

const progress = (percent: number, description: string) => ({
  state: 'RUNNING',
  progress: { percent, description, extra: null },
});

function legacyServer() {
  return new FakeServer({ 'core.set_options': () => ok(null) });
}

describe('jobs (25.04 style: the reply is the job id)', () => {
  test('default: subscribes first, reports progress, resolves the result', async () => {
    const server = legacyServer();
    server.on('pool.scrub.run', () => {
      void playJob(server, { id: 41, method: 'pool.scrub.run' }, [
        { state: 'WAITING' },
        progress(50, 'half'),
        progress(100, 'done'),
        { state: 'SUCCESS', result: 'ok' },
      ]);
      return ok(41);
    });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    const seen: (number | null)[] = [];
    await expect(client.job('pool.scrub.run', ['tank'], { onProgress: (p) => seen.push(p.percent) })).resolves.toBe(
      'ok',
    );
    expect(seen).toEqual([50, 100]);
    const methods = server.methods();
    expect(methods.indexOf('core.subscribe')).toBeLessThan(methods.indexOf('pool.scrub.run'));
    expect(server.requests.find((r) => r.method === 'core.subscribe')?.params).toEqual(['core.get_jobs']);
    await client.close();
  });

  test('behavior: a job that ended before its id was known still resolves', async () => {
    const server = legacyServer();
    server.on('test.quick', async () => {
      server.emit('core.get_jobs', 'added', { id: 5, method: 'test.quick', state: 'SUCCESS', result: 7 }, 5);
      await sleep(10);
      return ok(5);
    });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    await expect(client.job('test.quick')).resolves.toBe(7);
    await client.close();
  });

  test('behavior: no event at all — the state is read once with core.get_jobs', async () => {
    const server = legacyServer();
    server.on('test.silent', () => ok(9));
    server.registerJob({ id: 9, method: 'test.silent', state: 'SUCCESS', result: 'polled' });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    await expect(client.job('test.silent')).resolves.toBe('polled');
    await client.close();
  });

  test('error: a method that is not a job never hangs', async () => {
    const server = legacyServer();
    server.on('pool.query', () => ok([{ id: 1 }]));
    server.on('test.count', () => ok(3));
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    await expect(client.job('pool.query')).rejects.toMatchObject({ name: 'NotAJobError' });
    await expect(client.job('test.count')).rejects.toMatchObject({ name: 'NotAJobError', result: 3 });
    await client.close();
  });

  test('error: FAILED with VALIDATION maps to InvalidParamsRpcError with field errors', async () => {
    const server = legacyServer();
    server.on('pool.create', () => {
      void playJob(server, { id: 3, method: 'pool.create' }, [
        {
          state: 'FAILED',
          error: '[EINVAL] pool_create.name: Field required',
          exc_info: { type: 'VALIDATION', errno: 22, extra: [['pool_create.name', 'Field required', 22]] },
        },
      ]);
      return ok(3);
    });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    const err = await client.job('pool.create', [{}]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsRpcError);
    expect((err as InvalidParamsRpcError).fieldErrors).toEqual([
      { attribute: 'pool_create.name', message: 'Field required', errno: 22 },
    ]);
    await client.close();
  });

  test('error: other failures and aborted jobs', async () => {
    const server = legacyServer();
    server.on('test.fail', () =>
      startJob(server, { id: 4, method: 'test.fail' }, [
        { state: 'FAILED', error: 'disk on fire', exc_info: { type: 'CallError', errno: 5 } },
      ]),
    );
    server.on('test.aborted', () => startJob(server, { id: 6, method: 'test.aborted' }, [{ state: 'ABORTED' }]));
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    await expect(client.job('test.fail')).rejects.toMatchObject({
      code: 'JOB_FAILED',
      jobId: 4,
      errno: 5,
      type: 'CallError',
    });
    await expect(client.job('test.aborted')).rejects.toMatchObject({ code: 'JOB_ABORTED', jobId: 6 });
    await client.close();
  });

  test('behavior: aborting the signal aborts the job on the server', async () => {
    const server = legacyServer();
    server.on('test.long', () => startJob(server, { id: 8, method: 'test.long' }, [{ state: 'RUNNING' }]));
    server.on('core.job_abort', () => ok(null));
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    const controller = new AbortController();
    const p = client.job('test.long', [], { signal: controller.signal });
    await until(() => server.methods().includes('test.long'));
    await sleep(10);
    controller.abort();
    await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
    await until(() => server.methods().includes('core.job_abort'));
    expect(server.requests.find((r) => r.method === 'core.job_abort')?.params).toEqual([8]);
    await client.close();
  });
});

describe('jobs (25.10 new style: the reply is the result)', () => {
  test('default: progress arrives through message_ids, the reply is the result', async () => {
    const server = new FakeServer();
    server.on('pool.scrub.run', async (_params, { id }) => {
      await playJob(server, { id: 12, method: 'pool.scrub.run', message_ids: [id] }, [
        { state: 'RUNNING' },
        progress(30, 'scanning'),
        { state: 'SUCCESS', result: null },
      ]);
      return ok({ done: true });
    });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    const seen: string[] = [];
    await expect(
      client.job('pool.scrub.run', ['tank'], { onProgress: (p) => seen.push(`${p.percent}:${p.description}`) }),
    ).resolves.toEqual({ done: true });
    expect(seen).toEqual(['30:scanning']);
    await client.close();
  });

  test('behavior: abort before the id is known still aborts the job once it is', async () => {
    const server = new FakeServer();
    server.on('core.job_abort', () => ok(null));
    server.on('test.long', async (_p, { id }): Promise<FakeReply> => {
      await sleep(30);
      await playJob(server, { id: 77, method: 'test.long', message_ids: [id] }, [{ state: 'RUNNING' }]);
      return NO_REPLY;
    });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    const controller = new AbortController();
    const p = client.job('test.long', [], { signal: controller.signal });
    await until(() => server.methods().includes('test.long'));
    controller.abort();
    await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
    await until(() => server.methods().includes('core.job_abort'));
    expect(server.requests.find((r) => r.method === 'core.job_abort')?.params).toEqual([77]);
    await client.close();
  });

  test('error: job timeout stops waiting with TimeoutError', async () => {
    const server = new FakeServer({ 'test.forever': () => NO_REPLY });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    await expect(client.job('test.forever', [], { timeout: 20 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    await client.close();
  });
});

describe('jobs aborted elsewhere (25.10 new style)', () => {
  test('error: a job aborted on the server rejects with JobAbortedError although the reply is null', async () => {
    const server = new FakeServer();
    server.on('test.long', async (_p, { id }): Promise<FakeReply> => {
      await playJob(server, { id: 31, method: 'test.long', message_ids: [id] }, [
        { state: 'RUNNING' },
        { state: 'ABORTED' },
      ]);
      await sleep(5);
      return ok(null);
    });
    const client = createClient({ url: 'wss://nas/api/current', socketFactory: server.factory, keepAlive: false });
    await expect(client.job('test.long')).rejects.toMatchObject({ code: 'JOB_ABORTED', jobId: 31 });
    await client.close();
  });
});
