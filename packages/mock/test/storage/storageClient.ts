import { methodSpec } from '@tn/api/schemas';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createMockServer, type MockServer, type MockServerOptions } from '../../src/index.js';
import { type Msg, RawClient } from '../rawClient.js';

/** A started server (fast storage steps, no auth delays) for storage tests. */
export async function startServer(options: MockServerOptions = {}): Promise<MockServer> {
  return createMockServer({ authFailureDelay: 0, rateLimit: false, storageStepMs: 2, ...options }).start();
}

/** A logged-in raw client. */
export async function login(server: MockServer): Promise<RawClient> {
  const client = await RawClient.connect(server.url);
  await client.login();
  return client;
}

/** The error of a call that must fail. */
export async function callError(
  client: RawClient,
  method: string,
  ...params: unknown[]
): Promise<NonNullable<Msg['error']>> {
  const reply = await client.request(method, params);
  if (!reply.error) throw new Error(`${method} succeeded: ${JSON.stringify(reply.result)}`);
  return reply.error;
}

/**
 * Calls `method` and checks its result against `methodSpec(method, version).result` (the loose generated schema):
 * proof that the emulation returns real shapes.
 */
export async function checked(
  client: RawClient,
  version: '25.04' | '25.10',
  method: string,
  ...params: unknown[]
): Promise<unknown> {
  const result = await client.call(method, ...params);
  const spec = methodSpec(method as Parameters<typeof methodSpec>[0], version);
  if (!spec.supported) throw new Error(`${method} is not in the schema table for ${version}`);
  if (spec.job && typeof result === 'number') return result;
  const parsed = (spec.result as { safeParse(v: unknown): { success: boolean; error?: unknown } }).safeParse(result);
  expect(parsed.success, `${method} result matches its schema: ${JSON.stringify(parsed.error)}`).toBe(true);
  return result;
}

/** Waits for a job (legacy style: the call returned its id) and returns the final job object. */
export async function waitJob(client: RawClient, id: number): Promise<Record<string, unknown>> {
  for (let i = 0; i < 500; i++) {
    const job = (await client.call('core.get_jobs', [['id', '=', id]], { get: true })) as Record<string, unknown>;
    if (job.state === 'SUCCESS' || job.state === 'FAILED' || job.state === 'ABORTED') return job;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`job ${id} did not finish`);
}

/** Runs a job method to completion and returns its result (throws with the job on failure). */
export async function runJob(client: RawClient, method: string, ...params: unknown[]): Promise<unknown> {
  const id = (await client.call(method, ...params)) as number;
  const job = await waitJob(client, id);
  if (job.state !== 'SUCCESS')
    throw Object.assign(new Error(`${method} job ${String(job.state)}: ${String(job.error)}`), { job });
  return job.result;
}

/**
 * Registers the shared lifecycle of a storage suite (the file, or the enclosing `describe`): one server started with
 * `options` and one logged-in raw client (handed to `bind`), a reset after each test, both closed at the end.
 */
export function useStorageServer(
  bind: (server: MockServer, client: RawClient) => void,
  options: MockServerOptions = {},
): void {
  let server: MockServer | undefined;
  let client: RawClient | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    client = await login(server);
    bind(server, client);
  });
  afterEach(() => server?.reset());
  afterAll(async () => {
    await client?.close();
    await server?.stop();
  });
}
