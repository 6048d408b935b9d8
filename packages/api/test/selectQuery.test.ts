import { expect, test } from 'vitest';
import { useMockApi } from './apiHarness.js';

const mock = useMockApi();

test('behavior: a query with select returns partial rows (with an alias) without a validation error', async () => {
  const rows = await mock.api.pools.query([], { select: ['name', ['status', 'state']] });
  expect(rows.length).toBeGreaterThan(0);
  expect(rows[0]).toEqual({ name: 'tank', state: 'ONLINE' });
});

test('error: rows that break the schema are still rejected when no select is given', async () => {
  mock.server.use({ 'pool.query': { handler: () => [{ name: 'tank', status: 'ONLINE' }] } });
  await expect(mock.api.pools.query()).rejects.toMatchObject({ code: 'VALIDATION' });
});
