import { expect, test } from 'vitest';

test('public surface of @tn/rpc', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toMatchInlineSnapshot(`
    [
      "AbortedError",
      "ApiKeyCredentialsSchema",
      "CertificateMismatchError",
      "ClientClosedError",
      "ClientOptionsSchema",
      "ConnectFailedError",
      "ConnectionLostError",
      "CredentialsSchema",
      "InsecureTransportError",
      "InvalidConfigError",
      "InvalidParamsRpcError",
      "JobAbortedError",
      "JobFailedError",
      "LoginFailedError",
      "MethodCallRpcError",
      "MethodNotFoundRpcError",
      "NotAJobError",
      "NotAuthenticatedRpcError",
      "PasswordCredentialsSchema",
      "ProtocolError",
      "RateLimitedRpcError",
      "ReconnectExhaustedError",
      "RpcClient",
      "RpcError",
      "ServerBusyRpcError",
      "TimeoutError",
      "TnError",
      "TnErrorCode",
      "TokenCredentialsSchema",
      "TransportError",
      "UnknownRpcError",
      "createClient",
      "fromWireError",
      "isIdempotentMethod",
      "isTnError",
      "normalizeFingerprint",
      "parseEjson",
      "silentLogger",
      "stringifyEjson",
      "toFieldErrors",
      "webSocketFactory",
    ]
  `);
});

test('public surface of @tn/rpc/node', async () => {
  expect(Object.keys(await import('./node.js')).sort()).toMatchInlineSnapshot(`
    [
      "certificateFingerprint",
      "fetchServerFingerprint",
    ]
  `);
});
