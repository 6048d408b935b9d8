export {
  DEFAULT_API_KEY,
  DEFAULT_API_KEYS,
  DEFAULT_USERS,
  type MockApiKey,
  type MockApiKeyState,
  type MockCredentials,
  type MockUser,
} from './auth/credentialStore.js';
export type { RateLimitOptions } from './auth/rateLimiter.js';
export type { OnUnhandled } from './core.js';
export { createMockServer } from './createMockServer.js';
export { Errno, errnoName } from './errno.js';
export {
  CallError,
  JsonRpcCode,
  MatchNotFound,
  type TruenasErrorData,
  toWireError,
  type ValidationEntry,
  ValidationError,
  ValidationErrors,
  type WireError,
} from './errors.js';
export type {
  EventPayload,
  EventSourceContext,
  EventSourceDefinition,
  EventType,
} from './events/eventTypes.js';
export type { FaultScope, MockFaults } from './faults/faultController.js';
export type { JobObject, JobOptions, JobState } from './jobs/job.js';
export type { MockLogger } from './logger.js';
export { MockErrorCode, MockServerError } from './mockServerError.js';
export type { MockServer, MockServerOptions } from './mockServerTypes.js';
export { defineParams, type ParamSpec, type ParamsValidator } from './params/defineParams.js';
export type { VersionProfile } from './profile.js';
export { Limits } from './protocol/limits.js';
export type { RequestId } from './protocol/parseMessage.js';
export type {
  HandlerContext,
  JobHelpers,
  MethodDefinition,
  MethodHandler,
  MethodHandlers,
} from './registry/handlerTypes.js';
export type { ConnectionOptions, SessionInfo } from './session/session.js';
export type { CredentialType } from './session/sessionCredentials.js';
export { createStore, type MockStore } from './state/createStore.js';
export type { AttachmentProvider } from './storage/attachmentProvider.js';
export type { MockStorage } from './storage/mockStorage.js';
export type {
  RaiseAlertOptions,
  SeedDataset,
  SeedDisk,
  SeedPool,
  SeedSnapshot,
  SeedVdev,
  StorageSeed,
} from './storage/seed/storageSeed.js';
export { DEFAULT_STORAGE_SEED } from './storage/seeds/defaultSeed.js';
export { generateCertificate, type MockCertificate } from './tls/generateCertificate.js';
