import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index.js';
import { type Msg, RawClient } from './rawClient.js';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ testMethods: true, authFailureDelay: 0, rateLimit: false }).start();
});
afterEach(() => server.reset());
afterAll(() => server.stop());

type JobFields = {
  id: number;
  state: string;
  message_ids?: unknown[];
  progress: { percent: number; description: string; extra: unknown };
  result: unknown;
  error: string | null;
  exc_info: { type: string; errno: number | null; extra: unknown } | null;
  time_started: { $date: number } | null;
  time_finished: { $date: number } | null;
};

async function client(): Promise<RawClient> {
  const c = await RawClient.connect(server.url);
  await c.login();
  await c.call('core.subscribe', 'core.get_jobs');
  return c;
}

function jobEvent(c: RawClient, id: number, state?: string): Promise<Msg> {
  return c.notification(
    'collection_update',
    (p) =>
      p.collection === 'core.get_jobs' &&
      p.id === id &&
      (state === undefined || (p.fields as JobFields).state === state),
  );
}

const fields = (m: Msg) => m.params?.fields as JobFields;

describe('legacy jobs (default)', () => {
  test('default: the reply is the job id; events carry full job objects WAITING → RUNNING → SUCCESS', async () => {
    const c = await client();
    const id = (await c.call('test.job', 2, 5)) as number;
    expect(id).toBe(1);
    const added = await jobEvent(c, id);
    expect(added.params?.msg).toBe('added');
    expect(fields(added)).toMatchObject({ id: 1, state: 'WAITING', message_ids: [expect.anything()], result: null });
    expect(fields(added).time_started).toEqual({ $date: expect.any(Number) });
    expect(fields(await jobEvent(c, id, 'RUNNING')).progress.percent).toBe(0);
    const half = await jobEvent(c, id, 'RUNNING');
    expect(fields(half).progress).toEqual({ percent: 50, description: 'step 1/2', extra: { step: 1 } });
    const done = await jobEvent(c, id, 'SUCCESS');
    expect(done.params?.msg).toBe('changed');
    expect(fields(done)).toMatchObject({
      state: 'SUCCESS',
      result: { steps: 2, finished_at: { $date: expect.any(Number) } },
    });
    expect(fields(done).time_finished).toEqual({ $date: expect.any(Number) });
    expect(await c.call('test.job', 0, 0)).toBe(2);
    await c.close();
  });

  test('behavior: core.get_jobs supports filters and {get: true}; no match is MatchNotFound()', async () => {
    const c = await client();
    const id = (await c.call('test.job', 1, 1)) as number;
    await jobEvent(c, id, 'SUCCESS');
    const job = (await c.call('core.get_jobs', [['id', '=', id]], { get: true })) as JobFields;
    expect(job).toMatchObject({ id, state: 'SUCCESS' });
    expect(await c.call('core.get_jobs', [['state', '=', 'SUCCESS']], { count: true })).toBe(1);
    expect(await c.call('core.get_jobs', [], { select: ['id', 'state'] })).toEqual([{ id, state: 'SUCCESS' }]);
    const miss = await c.request('core.get_jobs', [[['id', '=', 999]], { get: true }]);
    expect(miss.error).toEqual({
      code: -32001,
      message: 'Method call error',
      data: { error: 22, errname: 'EINVAL', reason: 'MatchNotFound()', trace: null, extra: null },
    });
    const badFilter = await c.request('core.get_jobs', [['OR', [['id', '=', 1]]]]);
    expect(badFilter.error?.data?.extra).toEqual([['filters', 'Value error, Invalid operation: O', 22]]);
    await c.close();
  });

  test('behavior: parameter errors of a job method arrive as a FAILED job with exc_info.type VALIDATION', async () => {
    const c = await client();
    const id = (await c.call('test.job', 'three')) as number;
    const failed = fields(await jobEvent(c, id, 'FAILED'));
    expect(failed.exc_info).toEqual({
      repr: expect.any(String),
      type: 'VALIDATION',
      errno: null,
      extra: [['steps', 'Input should be a valid integer', 22]],
    });
    expect(failed.error).toBe('[EINVAL] steps: Input should be a valid integer\n');
    expect(server.executions('test.job')).toBe(0);
    await c.close();
  });

  test('behavior: a CallError in the body → FAILED with its errno', async () => {
    const c = await client();
    const id = (await c.call('test.job', 1, 1, 16)) as number;
    const failed = fields(await jobEvent(c, id, 'FAILED'));
    expect(failed.exc_info).toMatchObject({ type: 'CallError', errno: 16 });
    expect(failed.error).toBe('[EBUSY] Job failed on request');
    await c.close();
  });

  test('behavior: core.job_abort aborts a running job; unknown ids are -32602 ENOENT', async () => {
    const c = await client();
    const id = (await c.call('test.job', 100, 20)) as number;
    await jobEvent(c, id, 'RUNNING');
    expect(await c.call('core.job_abort', id)).toBeNull();
    expect(fields(await jobEvent(c, id, 'ABORTED')).time_finished).not.toBeNull();
    const missing = await c.request('core.job_abort', [4242]);
    expect(missing.error).toMatchObject({
      code: -32602,
      data: {
        error: 22,
        reason: '[ENOENT] None: Job with id 4242 does not exist',
        extra: [[null, 'Job with id 4242 does not exist', 2]],
      },
    });
    await c.close();
  });

  test('behavior: core.job_wait is itself a job and returns a new id', async () => {
    const c = await client();
    const target = (await c.call('test.job', 2, 10)) as number;
    const waiter = (await c.call('core.job_wait', target)) as number;
    expect(waiter).toBe(target + 1);
    const done = fields(await jobEvent(c, waiter, 'SUCCESS'));
    expect(done.result).toMatchObject({ steps: 2 });
    const missing = (await c.call('core.job_wait', 999)) as number;
    expect(fields(await jobEvent(c, missing, 'FAILED')).exc_info?.type).toBe('VALIDATION');
    await c.close();
  });

  test('behavior: a job can end before the caller learns its id (reply delayed)', async () => {
    const c = await client();
    server.faults.delay(50, { method: 'test.job' });
    const reply = c.request('test.job', [0, 0], 'late');
    const done = await jobEvent(c, 1, 'SUCCESS');
    expect(fields(done).message_ids).toEqual(['late']);
    expect((await reply).result).toBe(1);
    await c.close();
  });

  test('behavior: unauthenticated or unsubscribed connections get no job events', async () => {
    const watcher = await client();
    const anon = await RawClient.connect(server.url);
    const other = await RawClient.connect(server.url);
    await other.login();
    const id = (await other.call('test.job', 0, 0)) as number;
    await jobEvent(watcher, id, 'SUCCESS');
    expect(anon.messages).toEqual([]);
    expect(other.messages).toEqual([]);
    await Promise.all([watcher.close(), anon.close(), other.close()]);
  });
});

describe('new-style jobs (25.10, legacy_jobs=false)', () => {
  test('default: set_options returns the options; the reply is the result when the job ends', async () => {
    const c = await client();
    expect(await c.call('core.set_options', { legacy_jobs: false })).toEqual({
      legacy_jobs: false,
      private_methods: false,
      py_exceptions: false,
    });
    const reply = c.request('test.job', [2, 5], 'req-1');
    const added = await jobEvent(c, 1);
    expect(fields(added).message_ids).toEqual(['req-1']);
    const result = await reply;
    expect(result.result).toMatchObject({ steps: 2, finished_at: { $date: expect.any(Number) } });
    expect(c.messages.some((m) => m.params && fields(m)?.state === 'SUCCESS')).toBe(true);
    await c.close();
  });

  test('error: validation → -32602; CallError → -32001; abort → null result', async () => {
    const c = await client();
    await c.call('core.set_options', { legacy_jobs: false });
    const invalid = await c.request('test.job', ['x']);
    expect(invalid.error).toMatchObject({
      code: -32602,
      data: { extra: [['steps', 'Input should be a valid integer', 22]] },
    });
    const failed = await c.request('test.job', [0, 0, 5]);
    expect(failed.error).toMatchObject({ code: -32001, data: { error: 5, errname: 'EIO' } });
    const pending = c.request('test.job', [100, 20], 'long');
    const added = await c.notification(
      'collection_update',
      (p) => (p.fields as JobFields | undefined)?.message_ids?.[0] === 'long',
    );
    await c.call('core.job_abort', added.params?.id);
    expect((await pending).result).toBeNull();
    await c.close();
  });

  test('behavior: core.job_wait blocks and returns the target result', async () => {
    const c = await client();
    await c.call('core.set_options', { legacy_jobs: false });
    const other = await RawClient.connect(server.url);
    await other.login();
    const target = (await other.call('test.job', 3, 10)) as number;
    expect(await c.call('core.job_wait', target)).toMatchObject({ steps: 3 });
    const failing = (await other.call('test.job', 0, 0, 13)) as number;
    expect((await c.request('core.job_wait', [failing])).error?.data).toMatchObject({ error: 13, errname: 'EACCES' });
    await Promise.all([c.close(), other.close()]);
  });

  test('behavior: a new-style job holds its concurrency slot until it finishes', async () => {
    const c = await client();
    await c.call('core.set_options', { legacy_jobs: false });
    const jobs = Array.from({ length: 20 }, () => c.request('test.job', [1, 80]));
    const busy = await c.request('core.ping');
    expect(busy.error?.code).toBe(-32000);
    await Promise.all(jobs);
    expect(await c.call('core.ping')).toBe('pong');
    await c.close();
  });
});

describe('25.04 profile', () => {
  test('default: set_options returns null, jobs always return ids, no message_ids', async () => {
    const old = await createMockServer({ version: '25.04', testMethods: true, rateLimit: false }).start();
    const c = await RawClient.connect(old.url);
    await c.login();
    expect(await c.call('core.set_options', { legacy_jobs: false, whatever: 1 })).toBeNull();
    await c.call('core.subscribe', 'core.get_jobs');
    const id = (await c.call('test.job', 0, 0)) as number;
    const done = fields(await jobEvent(c, id, 'SUCCESS'));
    expect(done).not.toHaveProperty('message_ids');
    expect(await c.call('system.version')).toBe('TrueNAS-SCALE-25.04.2.6');
    expect(await (await fetch(`${old.baseUrl}/api/versions`)).json()).toEqual(['v25.04.0', 'v25.04.1', 'v25.04.2']);
    await c.close();
    await old.stop();
  });
});
