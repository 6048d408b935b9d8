import type { MockServer } from '@tn/mock';
import type { RpcClient } from '@tn/rpc';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connect, startServer } from './apiHarness.js';

let server: MockServer;
let rpc: RpcClient;
let api: ReturnType<typeof connect>['api'];
beforeAll(async () => {
  server = await startServer();
  ({ rpc, api } = connect(server));
});
afterAll(async () => {
  await rpc.close();
  await server.stop();
});

test('behavior: a query with select returns partial rows (with an alias) without a validation error', async () => {
  const rows = await api.pools.query([], { select: ['name', ['status', 'state']] });
  expect(rows.length).toBeGreaterThan(0);
  expect(rows[0]).toEqual({ name: 'tank', state: 'ONLINE' });
});

test('error: rows that break the schema are still rejected when no select is given', async () => {
  server.use({ 'pool.query': { handler: () => [{ name: 'tank', status: 'ONLINE' }] } });
  await expect(api.pools.query()).rejects.toMatchObject({ code: 'VALIDATION' });
  server.reset();
});
