import { createMockServer, DEFAULT_API_KEY, type MockServer, type MockServerOptions } from '@tn/mock';
import { createClient, type RpcClient } from '@tn/rpc';
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
