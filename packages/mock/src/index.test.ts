import { expect, test } from 'vitest';

test('default: the public surface is pinned', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'CallError',
    'DEFAULT_API_KEY',
    'DEFAULT_API_KEYS',
    'DEFAULT_STORAGE_SEED',
    'DEFAULT_USERS',
    'Errno',
    'JsonRpcCode',
    'Limits',
    'MatchNotFound',
    'MockErrorCode',
    'MockServerError',
    'ValidationError',
    'ValidationErrors',
    'createMockServer',
    'createStore',
    'defineParams',
    'errnoName',
    'generateCertificate',
    'toWireError',
  ]);
});
