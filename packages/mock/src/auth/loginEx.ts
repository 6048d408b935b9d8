import type { ServerCore } from '../core.js';
import { Errno } from '../errno.js';
import { CallError } from '../errors.js';
import type { Session } from '../session/session.js';
import type { CredentialType } from '../session/sessionCredentials.js';
import { userInfo } from './userInfo.js';

/** Wrong OTP tokens accepted before the attempt turns into AUTH_ERR. @internal */
export const MAX_OTP_ATTEMPTS = 3;

/** Validated `login_data` of `auth.login_ex`. @internal */
export type LoginData =
  | { mechanism: 'PASSWORD_PLAIN'; username: string; password: string; login_options?: { user_info?: boolean } }
  | { mechanism: 'API_KEY_PLAIN'; username: string; api_key: string; login_options?: { user_info?: boolean } }
  | { mechanism: 'TOKEN_PLAIN'; token: string; login_options?: { user_info?: boolean } }
  | { mechanism: 'OTP_TOKEN'; otp_token: string; login_options?: { user_info?: boolean } };

/** `auth.login_ex` response union. @internal */
export type LoginResponse =
  | { response_type: 'SUCCESS'; user_info: Record<string, unknown> | null; authenticator: 'LEVEL_1' }
  | { response_type: 'AUTH_ERR' }
  | { response_type: 'EXPIRED' }
  | { response_type: 'OTP_REQUIRED'; username: string };

type Sleep = (ms: number) => Promise<void>;

/**
 * `auth.login_ex` for every mechanism: PASSWORD_PLAIN (+ OTP_REQUIRED), OTP_TOKEN, API_KEY_PLAIN (revoked over an
 * insecure transport → EXPIRED) and TOKEN_PLAIN. Failures wait `authFailureDelay` first.
 * @internal
 */
export async function loginEx(
  core: ServerCore,
  session: Session,
  data: LoginData,
  sleep: Sleep,
): Promise<LoginResponse> {
  const fail = async (response_type: 'AUTH_ERR' | 'EXPIRED'): Promise<LoginResponse> => {
    if (core.authFailureDelay > 0) await sleep(core.authFailureDelay);
    return { response_type };
  };
  const succeed = (type: CredentialType, username: string, apiKeyId?: number): LoginResponse => {
    session.credentials = apiKeyId === undefined ? { type, username } : { type, username, apiKeyId };
    session.otpPending = null;
    const wantInfo = data.login_options?.user_info ?? true;
    return {
      response_type: 'SUCCESS',
      user_info: wantInfo ? userInfo(core.credentials, username) : null,
      authenticator: 'LEVEL_1',
    };
  };

  const pending = session.otpPending;
  if (pending && data.mechanism !== 'OTP_TOKEN') session.otpPending = null;
  switch (data.mechanism) {
    case 'PASSWORD_PLAIN': {
      const user = core.credentials.checkPassword(data.username, data.password);
      if (!user) return fail('AUTH_ERR');
      if (user.otp) {
        session.otpPending = { username: user.username, attempts: 0 };
        return { response_type: 'OTP_REQUIRED', username: user.username };
      }
      return succeed('LOGIN_PASSWORD', user.username);
    }
    case 'OTP_TOKEN': {
      if (!pending) throw new CallError('OTP_TOKEN: no authentication in progress', Errno.EINVAL);
      const user = core.credentials.user(pending.username);
      if (user?.otp !== undefined && user.otp === data.otp_token) return succeed('LOGIN_TWOFACTOR', pending.username);
      pending.attempts++;
      if (pending.attempts < MAX_OTP_ATTEMPTS) {
        if (core.authFailureDelay > 0) await sleep(core.authFailureDelay);
        return { response_type: 'OTP_REQUIRED', username: pending.username };
      }
      session.otpPending = null;
      return fail('AUTH_ERR');
    }
    case 'API_KEY_PLAIN': {
      const check = core.credentials.checkApiKey(data.api_key, data.username);
      if (check.status === 'invalid' || check.username === undefined || check.id === undefined) return fail('AUTH_ERR');
      if (check.status === 'expired') return fail('EXPIRED');
      if (!session.secureTransport) {
        core.credentials.revokeApiKey(check.id, 'Attempt to use over an insecure transport');
        return fail('EXPIRED');
      }
      return succeed('API_KEY', check.username, check.id);
    }
    case 'TOKEN_PLAIN': {
      const token = core.tokens.get(data.token, session.remoteAddress);
      if (!token || Object.keys(token.attrs).length > 0 || !core.credentials.user(token.parent.username)) {
        return fail('AUTH_ERR');
      }
      if (token.singleUse) core.tokens.destroy(token.token);
      return succeed('TOKEN', token.parent.username);
    }
  }
}
