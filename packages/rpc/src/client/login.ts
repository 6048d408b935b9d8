import { isTnError } from '../errors/base.js';
import { RateLimitedRpcError } from '../errors/rpc.js';
import { LoginFailedError } from '../errors/transport.js';
import { type Credentials, mechanismOf } from './credentials.js';

/** Sends one handshake call on the current socket. @internal */
export type InternalCall = (method: string, params: unknown[]) => Promise<unknown>;

type LoginExResponse = { response_type?: string };

/**
 * Logs in with the given credentials. Throws {@link LoginFailedError} when the server refuses them (terminal for that
 * credential) and lets connection errors through (the connection cycle retries those). @internal
 */
export async function login(call: InternalCall, credentials: Credentials): Promise<void> {
  const mechanism = mechanismOf(credentials);
  const fail = (reason: string, cause?: unknown) => new LoginFailedError({ mechanism, reason, cause });
  try {
    if ('apiKey' in credentials) {
      if (!credentials.username) {
        const ok = await call('auth.login_with_api_key', [credentials.apiKey]);
        if (ok !== true) throw fail('API key refused (wrong, expired or revoked)');
        return;
      }
      const response = (await call('auth.login_ex', [
        { mechanism: 'API_KEY_PLAIN', username: credentials.username, api_key: credentials.apiKey },
      ])) as LoginExResponse | null;
      return expectSuccess(response, fail);
    }
    if ('token' in credentials) {
      const response = (await call('auth.login_ex', [
        { mechanism: 'TOKEN_PLAIN', token: credentials.token },
      ])) as LoginExResponse | null;
      return expectSuccess(response, fail);
    }
    let response = (await call('auth.login_ex', [
      { mechanism: 'PASSWORD_PLAIN', username: credentials.username, password: credentials.password },
    ])) as LoginExResponse | null;
    if (response?.response_type === 'OTP_REQUIRED') {
      const { otp } = credentials;
      if (otp === undefined) throw fail('the account requires a one-time password; pass `otp` in the credentials');
      const code = typeof otp === 'function' ? await otp() : otp;
      response = (await call('auth.login_ex_continue', [
        { mechanism: 'OTP_TOKEN', otp_token: code },
      ])) as LoginExResponse | null;
    }
    return expectSuccess(response, fail);
  } catch (err) {
    if (err instanceof RateLimitedRpcError)
      throw fail('rate limited by the server; wait a minute before trying again', err);
    if (isTnError(err) && err.code === 'INVALID_PARAMS') throw fail('the server rejected the login request', err);
    throw err;
  }
}

function expectSuccess(response: LoginExResponse | null, fail: (reason: string) => LoginFailedError): void {
  const type = response?.response_type;
  if (type === 'SUCCESS') return;
  if (type === 'EXPIRED') throw fail('EXPIRED (the credential expired or was revoked)');
  if (type === 'OTP_REQUIRED') throw fail('OTP_REQUIRED (the one-time password was not accepted)');
  if (type === 'REDIRECT') throw fail('REDIRECT (this node is not the active controller)');
  throw fail(type ?? 'unexpected login response');
}
