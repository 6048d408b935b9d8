import { TnError } from '@tn/rpc';

/**
 * Codes of the errors `@tn/mock` raises (handler-side domain errors and misuse of the server object).
 *
 * @example
 * ```ts
 * import { MockErrorCode } from '@tn/mock';
 *
 * if (err.code === MockErrorCode.NotStarted) await server.start();
 * ```
 */
export const MockErrorCode = {
  /** A handler raised a middleware `CallError` (wire `-32001`). */
  CallError: 'MOCK_CALL_ERROR',
  /** A handler raised validation errors (wire `-32602`). */
  Validation: 'MOCK_VALIDATION',
  /** A `get: true` query matched nothing (wire `-32001 MatchNotFound()`). */
  MatchNotFound: 'MOCK_MATCH_NOT_FOUND',
  /** `url`/`port`/`certificate` were read before `start()` resolved. */
  NotStarted: 'MOCK_NOT_STARTED',
  /** Invalid server options or registration. */
  InvalidConfig: 'MOCK_INVALID_CONFIG',
} as const;

/**
 * Misuse of the mock server object (reading `url` before `start()`, bad options).
 *
 * @example
 * ```ts
 * import { MockServerError } from '@tn/mock';
 *
 * try { server.url; } catch (err) { if (err instanceof MockServerError) await server.start(); }
 * ```
 */
export class MockServerError extends TnError {
  /** Always `'MockServerError'`. */
  override name = 'MockServerError';
}
