import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, DEFAULT_API_KEY, type MockServer } from '../src/index.js';
import { RawClient } from './rawClient.js';

const users = [
  { username: 'root', password: 'password' },
  { username: 'alice', password: 'wonderland', otp: '123456' },
];
const apiKeys = [
  { id: 1, key: DEFAULT_API_KEY, username: 'root' },
  { id: 2, key: 'alicekey', username: 'alice' },
  { id: 3, key: '3-old', username: 'root', expired: true },
];

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ users, apiKeys, authFailureDelay: 0, rateLimit: false }).start();
});
afterAll(() => server.stop());
const connect = () => RawClient.connect(server.url);

describe('auth.login', () => {
  test('default: correct password logs in; wrong ones return false', async () => {
    const c = await connect();
    expect(await c.call('auth.login', 'root', 'nope')).toBe(false);
    expect(await c.call('auth.login', 'ghost', 'password')).toBe(false);
    expect((await c.request('auth.me')).error?.data?.error).toBe(207);
    expect(await c.call('auth.login', 'root', 'password')).toBe(true);
    expect(await c.call('auth.me')).toMatchObject({ pw_name: 'root', pw_uid: 0, source: 'LOCAL', local: true });
    await c.close();
  });

  test('behavior: OTP users need otp_token in the same call', async () => {
    const c = await connect();
    expect(await c.call('auth.login', 'alice', 'wonderland')).toBe(false);
    expect(await c.call('auth.login', 'alice', 'wonderland', '000000')).toBe(false);
    expect(await c.call('auth.login', 'alice', 'wonderland', '123456')).toBe(true);
    expect(server.sessions().find((s) => s.username === 'alice')?.credentialType).toBe('LOGIN_TWOFACTOR');
    await c.close();
  });

  test('behavior: failed logins wait authFailureDelay', async () => {
    const slow = await createMockServer({ authFailureDelay: 80, rateLimit: false }).start();
    const c = await RawClient.connect(slow.url);
    const started = Date.now();
    expect(await c.call('auth.login', 'root', 'bad')).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    await c.close();
    await slow.stop();
  });
});

describe('auth.login_ex', () => {
  test('default: PASSWORD_PLAIN → SUCCESS with user_info and authenticator', async () => {
    const c = await connect();
    const res = await c.call('auth.login_ex', { mechanism: 'PASSWORD_PLAIN', username: 'root', password: 'password' });
    expect(res).toMatchObject({ response_type: 'SUCCESS', authenticator: 'LEVEL_1', user_info: { pw_name: 'root' } });
    const bare = await c.call('auth.login_ex', {
      mechanism: 'PASSWORD_PLAIN',
      username: 'root',
      password: 'password',
      login_options: { user_info: false },
    });
    expect(bare).toEqual({ response_type: 'SUCCESS', user_info: null, authenticator: 'LEVEL_1' });
    await c.close();
  });

  test('error: wrong password → AUTH_ERR (not an error)', async () => {
    const c = await connect();
    expect(await c.call('auth.login_ex', { mechanism: 'PASSWORD_PLAIN', username: 'root', password: 'x' })).toEqual({
      response_type: 'AUTH_ERR',
    });
    await c.close();
  });

  test('behavior: OTP_REQUIRED, retries, then SUCCESS via login_ex_continue', async () => {
    const c = await connect();
    expect(
      await c.call('auth.login_ex', { mechanism: 'PASSWORD_PLAIN', username: 'alice', password: 'wonderland' }),
    ).toEqual({
      response_type: 'OTP_REQUIRED',
      username: 'alice',
    });
    expect(await c.call('auth.login_ex', { mechanism: 'OTP_TOKEN', otp_token: '999999' })).toEqual({
      response_type: 'OTP_REQUIRED',
      username: 'alice',
    });
    expect(await c.call('auth.login_ex_continue', { mechanism: 'OTP_TOKEN', otp_token: '123456' })).toMatchObject({
      response_type: 'SUCCESS',
      user_info: { pw_name: 'alice' },
    });
    await c.close();
  });

  test('error: too many wrong OTPs → AUTH_ERR; OTP_TOKEN without a pending login → -32001 EINVAL', async () => {
    const c = await connect();
    await c.call('auth.login_ex', { mechanism: 'PASSWORD_PLAIN', username: 'alice', password: 'wonderland' });
    await c.call('auth.login_ex', { mechanism: 'OTP_TOKEN', otp_token: '1' });
    await c.call('auth.login_ex', { mechanism: 'OTP_TOKEN', otp_token: '2' });
    expect(await c.call('auth.login_ex', { mechanism: 'OTP_TOKEN', otp_token: '3' })).toEqual({
      response_type: 'AUTH_ERR',
    });
    const reply = await c.request('auth.login_ex', [{ mechanism: 'OTP_TOKEN', otp_token: '123456' }]);
    expect(reply.error).toMatchObject({
      code: -32001,
      data: { error: 22, errname: 'EINVAL', reason: '[EINVAL] OTP_TOKEN: no authentication in progress' },
    });
    await c.close();
  });

  test('behavior: API_KEY_PLAIN over loopback succeeds; username must own the key; expired key → EXPIRED', async () => {
    const c = await connect();
    expect(
      await c.call('auth.login_ex', { mechanism: 'API_KEY_PLAIN', username: 'alice', api_key: DEFAULT_API_KEY }),
    ).toEqual({
      response_type: 'AUTH_ERR',
    });
    expect(await c.call('auth.login_ex', { mechanism: 'API_KEY_PLAIN', username: 'root', api_key: '3-old' })).toEqual({
      response_type: 'EXPIRED',
    });
    expect(
      await c.call('auth.login_ex', { mechanism: 'API_KEY_PLAIN', username: 'alice', api_key: '2-alicekey' }),
    ).toMatchObject({ response_type: 'SUCCESS', user_info: { pw_name: 'alice' } });
    expect(server.sessions().find((s) => s.username === 'alice')?.credentialType).toBe('API_KEY');
    await c.close();
  });

  test('error: invalid login_data → -32602 with pydantic-style attributes', async () => {
    const c = await connect();
    const missing = await c.request('auth.login_ex', [{ username: 'root' }]);
    expect(missing.error?.data?.extra).toEqual([['login_data.mechanism', 'Field required', 22]]);
    const member = await c.request('auth.login_ex', [{ mechanism: 'PASSWORD_PLAIN', username: 'root', extra: 1 }]);
    expect(member.error?.data?.extra).toEqual([
      ['login_data.PASSWORD_PLAIN.password', 'Field required', 22],
      ['login_data.PASSWORD_PLAIN.extra', 'Extra inputs are not permitted', 22],
    ]);
    const tag = await c.request('auth.login_ex', [{ mechanism: 'SCRAM' }]);
    expect(tag.error?.data?.extra).toEqual([
      [
        'login_data',
        "Input tag 'SCRAM' found using 'mechanism' does not match any of the expected tags: 'PASSWORD_PLAIN', 'API_KEY_PLAIN', 'TOKEN_PLAIN', 'OTP_TOKEN'",
        22,
      ],
    ]);
    await c.close();
  });

  test('default: mechanism_choices needs no login', async () => {
    const c = await connect();
    expect(await c.call('auth.mechanism_choices')).toEqual(['API_KEY_PLAIN', 'TOKEN_PLAIN', 'PASSWORD_PLAIN']);
    await c.close();
  });
});

describe('API keys and transport security', () => {
  test('error: an API key used over plain ws from a "remote" peer is revoked (EXPIRED / false)', async () => {
    const remote = await createMockServer({
      treatLoopbackAsRemote: true,
      authFailureDelay: 0,
      rateLimit: false,
    }).start();
    const c = await RawClient.connect(remote.url);
    expect(await c.call('auth.login_with_api_key', DEFAULT_API_KEY)).toBe(false);
    expect(remote.credentials.apiKey(1)).toMatchObject({
      revoked: true,
      revokedReason: 'Attempt to use over an insecure transport',
    });
    const d = await RawClient.connect(remote.url);
    expect(
      await d.call('auth.login_ex', { mechanism: 'API_KEY_PLAIN', username: 'root', api_key: DEFAULT_API_KEY }),
    ).toEqual({
      response_type: 'EXPIRED',
    });
    remote.reset();
    expect(remote.credentials.apiKey(1)?.revoked).toBe(false);
    await c.close();
    await d.close();
    await remote.stop();
  });

  test('behavior: over TLS the same key works even when peers count as remote', async () => {
    const secure = await createMockServer({ tls: true, treatLoopbackAsRemote: true, rateLimit: false }).start();
    const c = await RawClient.connect(secure.url, { ca: secure.certificate?.pem });
    expect(await c.call('auth.login_with_api_key', DEFAULT_API_KEY)).toBe(true);
    expect(secure.sessions()[0]?.secureTransport).toBe(true);
    await c.close();
    await secure.stop();
  });

  test('behavior: login_with_api_key over loopback succeeds; unknown keys fail', async () => {
    const c = await connect();
    expect(await c.call('auth.login_with_api_key', '99-nope')).toBe(false);
    expect(await c.call('auth.login_with_api_key', 'garbage')).toBe(false);
    expect(await c.call('auth.login_with_api_key', DEFAULT_API_KEY)).toBe(true);
    expect(await c.call('auth.me')).toMatchObject({ pw_name: 'root' });
    await c.close();
  });
});

describe('tokens, me and logout', () => {
  test('default: generate_token needs a login and logs in another connection', async () => {
    const a = await connect();
    expect((await a.request('auth.generate_token')).error?.data?.error).toBe(207);
    await a.login();
    const token = (await a.call('auth.generate_token', 600, {}, true, true)) as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    const b = await connect();
    expect(await b.call('auth.login_with_token', token)).toBe(true);
    expect(await b.call('auth.me')).toMatchObject({ pw_name: 'root' });
    const c = await connect();
    expect(await c.call('auth.login_with_token', token)).toBe(false); // single use
    expect(await c.call('auth.login_ex', { mechanism: 'TOKEN_PLAIN', token: 'bogus' })).toEqual({
      response_type: 'AUTH_ERR',
    });
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  test('behavior: tokens with attrs cannot log in; expired tokens fail', async () => {
    const a = await connect();
    await a.login();
    const withAttrs = (await a.call('auth.generate_token', 600, { job: 1 })) as string;
    const short = (await a.call('auth.generate_token', 0)) as string;
    const b = await connect();
    expect(await b.call('auth.login_with_token', withAttrs)).toBe(false);
    expect(await b.call('auth.login_ex', { mechanism: 'TOKEN_PLAIN', token: short })).toEqual({
      response_type: 'AUTH_ERR',
    });
    await Promise.all([a.close(), b.close()]);
  });

  test('behavior: logout returns true and authenticated calls then get 207', async () => {
    const c = await connect();
    await c.login();
    expect(await c.call('auth.logout')).toBe(true);
    expect((await c.request('auth.me')).error?.data).toMatchObject({ error: 207, errname: 'ENOTAUTHENTICATED' });
    expect(await c.call('core.ping')).toBe('pong');
    await c.close();
  });
});

describe('rate limiting', () => {
  test('error: the 21st unauthenticated call of a method in the window → -32001 EBUSY', async () => {
    const limited = await createMockServer({ authFailureDelay: 0, rateLimit: { delay: 0 } }).start();
    const c = await RawClient.connect(limited.url);
    for (let i = 0; i < 20; i++) expect(await c.call('core.ping')).toBe('pong');
    const reply = await c.request('core.ping');
    expect(reply.error).toEqual({
      code: -32001,
      message: 'Method call error',
      data: { error: 16, errname: 'EBUSY', reason: '[EBUSY] Rate Limit Exceeded', trace: null, extra: null },
    });
    expect(await c.call('core.set_options', { legacy_jobs: true })).toMatchObject({ legacy_jobs: true });
    expect(await c.call('auth.login', 'root', 'password')).toBe(true);
    expect(await c.call('core.ping')).toBe('pong');
    const other = await RawClient.connect(limited.url);
    expect((await other.request('core.ping')).error?.data?.errname).toBe('EBUSY');
    limited.reset();
    expect(await other.call('core.ping')).toBe('pong');
    await Promise.all([c.close(), other.close()]);
    await limited.stop();
  });

  test('behavior: the window expires after `period`', async () => {
    const limited = await createMockServer({ rateLimit: { maxCalls: 2, period: 100, delay: 0 } }).start();
    const c = await RawClient.connect(limited.url);
    await c.call('core.ping');
    await c.call('core.ping');
    expect((await c.request('core.ping')).error?.code).toBe(-32001);
    await new Promise((r) => setTimeout(r, 120));
    expect(await c.call('core.ping')).toBe('pong');
    await c.close();
    await limited.stop();
  });
});
