import { z } from 'zod';
import { type LoginData, loginEx } from '../auth/loginEx.js';
import { userInfo } from '../auth/userInfo.js';
import type { ServerCore } from '../core.js';
import type { InternalContext, InternalDefinition } from '../registry/methodRegistry.js';

const str = z.string().max(1024);
const loginOptions = z.strictObject({ user_info: z.boolean().optional() }).optional();
const otpToken = z.strictObject({ mechanism: z.literal('OTP_TOKEN'), otp_token: str, login_options: loginOptions });
const loginData = z.discriminatedUnion('mechanism', [
  z.strictObject({ mechanism: z.literal('PASSWORD_PLAIN'), username: str, password: str, login_options: loginOptions }),
  z.strictObject({ mechanism: z.literal('API_KEY_PLAIN'), username: str, api_key: str, login_options: loginOptions }),
  z.strictObject({ mechanism: z.literal('TOKEN_PLAIN'), token: str, login_options: loginOptions }),
  otpToken,
]);

/** `auth.*`: every login mechanism, tokens, `me`, `logout`. @internal */
export function authHandlers(core: ServerCore): Record<string, InternalDefinition> {
  const login = (ctx: InternalContext, data: LoginData) => loginEx(core, ctx.connection, data, ctx.sleep);
  const noAuth = { authenticationRequired: false } as const;
  return {
    login: {
      ...noAuth,
      params: [
        { name: 'username', schema: str },
        { name: 'password', schema: str },
        { name: 'otp_token', schema: str.nullable(), default: () => null },
      ],
      handler: async (ctx) => {
        const [username, password, otp] = ctx.params as [string, string, string | null];
        const opts = { user_info: false };
        const first = await login(ctx, { mechanism: 'PASSWORD_PLAIN', username, password, login_options: opts });
        if (first.response_type === 'SUCCESS') return true;
        if (first.response_type !== 'OTP_REQUIRED' || otp === null) return false;
        const second = await login(ctx, { mechanism: 'OTP_TOKEN', otp_token: otp, login_options: opts });
        return second.response_type === 'SUCCESS';
      },
    },
    login_with_api_key: {
      ...noAuth,
      params: [{ name: 'api_key', schema: str }],
      handler: async (ctx) => {
        const [apiKey] = ctx.params as [string];
        const id = Number.parseInt(apiKey.split('-')[0] ?? '', 10);
        const username = Number.isNaN(id) ? undefined : core.credentials.apiKey(id)?.username;
        if (username === undefined) {
          if (core.authFailureDelay > 0) await ctx.sleep(core.authFailureDelay);
          return false;
        }
        const res = await login(ctx, {
          mechanism: 'API_KEY_PLAIN',
          username,
          api_key: apiKey,
          login_options: { user_info: false },
        });
        return res.response_type === 'SUCCESS';
      },
    },
    login_with_token: {
      ...noAuth,
      params: [{ name: 'token', schema: str }],
      handler: async (ctx) => {
        const res = await login(ctx, {
          mechanism: 'TOKEN_PLAIN',
          token: ctx.params[0] as string,
          login_options: { user_info: false },
        });
        return res.response_type === 'SUCCESS';
      },
    },
    login_ex: {
      ...noAuth,
      params: [{ name: 'login_data', schema: loginData, discriminator: 'mechanism' }],
      handler: (ctx) => login(ctx, ctx.params[0] as LoginData),
    },
    login_ex_continue: {
      ...noAuth,
      params: [{ name: 'login_data', schema: otpToken }],
      handler: (ctx) => login(ctx, ctx.params[0] as LoginData),
    },
    mechanism_choices: { ...noAuth, params: [], handler: () => ['API_KEY_PLAIN', 'TOKEN_PLAIN', 'PASSWORD_PLAIN'] },
    generate_token: {
      params: [
        { name: 'ttl', schema: z.int().nullable(), default: () => 600 },
        { name: 'attrs', schema: z.record(z.string(), z.unknown()), default: () => ({}) },
        { name: 'match_origin', schema: z.boolean(), default: () => true },
        { name: 'single_use', schema: z.boolean(), default: () => false },
      ],
      handler: (ctx) => {
        const [ttl, attrs, matchOrigin, singleUse] = ctx.params as [
          number | null,
          Record<string, unknown>,
          boolean,
          boolean,
        ];
        const parent = ctx.connection.credentials;
        if (!parent) return null;
        return core.tokens.generate({
          ttl,
          attrs,
          matchOrigin,
          singleUse,
          origin: ctx.connection.remoteAddress,
          parent,
        });
      },
    },
    me: {
      params: [],
      handler: (ctx) => userInfo(core.credentials, ctx.connection.username ?? ''),
    },
    logout: {
      params: [],
      handler: (ctx) => {
        core.events.teardown(ctx.connection, true);
        ctx.connection.credentials = null;
        ctx.connection.otpPending = null;
        return true;
      },
    },
  };
}
