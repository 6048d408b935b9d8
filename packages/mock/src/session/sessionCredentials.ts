/**
 * How a session authenticated (`credentials.type` in job objects and `auth.sessions`).
 *
 * @example
 * ```ts
 * import type { CredentialType } from '@tn/mock';
 *
 * const type: CredentialType = 'API_KEY';
 * ```
 */
export type CredentialType = 'LOGIN_PASSWORD' | 'LOGIN_TWOFACTOR' | 'API_KEY' | 'TOKEN';

/** Credentials of an authenticated session. @internal */
export type SessionCredentials = {
  type: CredentialType;
  username: string;
  apiKeyId?: number;
};
