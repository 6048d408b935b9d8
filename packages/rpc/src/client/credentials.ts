import { z } from 'zod';

/**
 * Login with an API key (`<id>-<secret>`). With `username`, `auth.login_ex` `API_KEY_PLAIN` is used; without,
 * `auth.login_with_api_key`.
 *
 * @example
 * ```ts
 * import { ApiKeyCredentialsSchema } from '@tn/rpc';
 *
 * ApiKeyCredentialsSchema.parse({ apiKey: '1-secret', username: 'admin' });
 * ```
 */
export const ApiKeyCredentialsSchema = z.strictObject({
  apiKey: z.string().min(1, 'apiKey is empty'),
  username: z.string().min(1).optional(),
});

/** Login with username and password, optionally answering a one-time-password challenge.
 *
 * @example
 * ```ts
 * import { PasswordCredentialsSchema } from '@tn/rpc';
 *
 * PasswordCredentialsSchema.parse({ username: 'admin', password: 'secret' });
 * ```
 */
export const PasswordCredentialsSchema = z.strictObject({
  username: z.string().min(1, 'username is empty'),
  password: z.string().min(1, 'password is empty'),
  /** A TOTP code, or a function that returns one when the server asks (called at each login). */
  otp: z.union([z.string(), z.custom<() => string | Promise<string>>((v) => typeof v === 'function')]).optional(),
});

/** Login with a token from `auth.generate_token`.
 *
 * @example
 * ```ts
 * import { TokenCredentialsSchema } from '@tn/rpc';
 *
 * TokenCredentialsSchema.parse({ token: 'token-from-auth.generate_token' });
 * ```
 */
export const TokenCredentialsSchema = z.strictObject({
  token: z.string().min(1, 'token is empty'),
});

/**
 * Any of the supported credentials.
 *
 * @example
 * ```ts
 * import { CredentialsSchema } from '@tn/rpc';
 *
 * CredentialsSchema.parse({ apiKey: process.env.TN_API_KEY });
 * ```
 */
export const CredentialsSchema = z.union([ApiKeyCredentialsSchema, PasswordCredentialsSchema, TokenCredentialsSchema]);

/**
 * Credentials accepted by `createClient` and `setCredentials`.
 *
 * @example
 * ```ts
 * import type { Credentials } from '@tn/rpc';
 *
 * const byKey: Credentials = { apiKey: '1-secret' };
 * const byPassword: Credentials = { username: 'admin', password: 'pw', otp: () => prompt('OTP') ?? '' };
 * ```
 */
export type Credentials = z.infer<typeof CredentialsSchema>;

/** True when the credentials carry a long-lived secret (API key or password) the server could revoke or leak. @internal */
export function carriesLongLivedSecret(credentials: Credentials): boolean {
  return 'apiKey' in credentials || 'password' in credentials;
}

/** Name of the login mechanism, for logs and errors. @internal */
export function mechanismOf(credentials: Credentials): string {
  if ('apiKey' in credentials) return credentials.username ? 'API_KEY_PLAIN' : 'login_with_api_key';
  if ('password' in credentials) return 'PASSWORD_PLAIN';
  return 'TOKEN_PLAIN';
}
