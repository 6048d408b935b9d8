import { createMockServer, DEFAULT_API_KEY, type MockServer, type MockServerOptions } from '@tn/mock';
import { createClient, type RpcClient } from '@tn/rpc';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ApiClient, type ApiClientOptions, createApiClient } from '../src/index.js';

/** A started mock server with fast storage steps. */
export function startServer(options: MockServerOptions = {}): Promise<MockServer> {
  return createMockServer({ authFailureDelay: 0, rateLimit: false, storageStepMs: 2, ...options }).start();
}

/** An RPC client logged in with the default API key, and the API client over it. */
export function connect(server: MockServer, options: ApiClientOptions = {}): { rpc: RpcClient; api: ApiClient } {
  const rpc = createClient({ url: server.url, credentials: { apiKey: DEFAULT_API_KEY } });
  return { rpc, api: createApiClient(rpc, options) };
}

/** The server and clients of {@link useMockApi}; each getter throws outside the suite's tests and hooks. */
export type MockApi = {
  readonly server: MockServer;
  readonly rpc: RpcClient;
  readonly api: ApiClient;
};

/**
 * Registers the lifecycle of one mock server for the enclosing `describe` (or the file, at top level): started and
 * connected in `beforeAll`, `reset()` after each test (which also drops overrides and clears injected faults), the
 * client closed and the server stopped in `afterAll`. `api` holds the options of the API client.
 *
 * @example
 * ```ts
 * const mock = useMockApi({ version: '25.10' });
 * test('...', async () => expect(await mock.api.datasets.query()).not.toEqual([]));
 * ```
 */
export function useMockApi(options: MockServerOptions & { api?: ApiClientOptions } = {}): MockApi {
  const { api: apiOptions, ...serverOptions } = options;
  let live: { server: MockServer; rpc: RpcClient; api: ApiClient } | undefined;
  const current = () => {
    if (!live) throw new Error('useMockApi: the mock server runs only inside the tests and hooks of its suite');
    return live;
  };
  beforeAll(async () => {
    const server = await startServer(serverOptions);
    live = { server, ...connect(server, apiOptions) };
  });
  afterEach(() => live?.server.reset());
  afterAll(async () => {
    if (!live) return;
    const { server, rpc } = live;
    live = undefined;
    try {
      await rpc.close();
    } finally {
      await server.stop();
    }
  });
  return {
    get server() {
      return current().server;
    },
    get rpc() {
      return current().rpc;
    },
    get api() {
      return current().api;
    },
  };
}
