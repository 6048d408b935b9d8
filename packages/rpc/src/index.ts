export type { CallContext } from './client/callContext.js';
export { type ClientOptions, ClientOptionsSchema } from './client/config.js';
export type { ConnectionState } from './client/connection.js';
export { type CallOptions, createClient, RpcClient } from './client/createClient.js';
export {
  ApiKeyCredentialsSchema,
  type Credentials,
  CredentialsSchema,
  PasswordCredentialsSchema,
  TokenCredentialsSchema,
} from './client/credentials.js';
export type { EventStreamOptions } from './client/eventStream.js';
export type { ClientEvents } from './client/events.js';
export { isIdempotentMethod } from './client/isIdempotent.js';
export { type JobOptions, type JobProgress, type JobSnapshot, NotAJobError } from './client/jobs.js';
export type { CollectionEvent, EventHandler, Subscription } from './client/subscriptions.js';
export { isTnError, TnError, TnErrorCode, type TnErrorParameters } from './errors/base.js';
export { fromWireError } from './errors/fromWireError.js';
export { JobAbortedError, JobFailedError } from './errors/job.js';
export {
  type FieldError,
  InvalidParamsRpcError,
  MethodCallRpcError,
  MethodNotFoundRpcError,
  NotAuthenticatedRpcError,
  RateLimitedRpcError,
  RpcError,
  type RpcErrorParameters,
  ServerBusyRpcError,
  toFieldErrors,
  UnknownRpcError,
  type WireError,
  type WireErrorData,
} from './errors/rpc.js';
export {
  AbortedError,
  CertificateMismatchError,
  ClientClosedError,
  ConnectFailedError,
  ConnectionLostError,
  InsecureTransportError,
  InvalidConfigError,
  LoginFailedError,
  ProtocolError,
  ReconnectExhaustedError,
  TimeoutError,
  TransportError,
} from './errors/transport.js';
export { type Logger, silentLogger } from './observability/logger.js';
export type { MetricsSnapshot } from './observability/metrics.js';
export type { Socket, SocketFactory, SocketHandlers, SocketOptions, TlsOptions } from './socket/types.js';
export { normalizeFingerprint, webSocketFactory } from './socket/webSocketBinding.js';
export { parseEjson, stringifyEjson } from './utils/ejson.js';
