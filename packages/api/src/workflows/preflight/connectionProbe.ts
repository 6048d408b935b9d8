import { isTnError, LoginFailedError, NotAuthenticatedRpcError } from '@tn/rpc';
import type { ApiClient } from '../../createApiClient.js';
import type { PreflightCheck } from './preflightCheck.js';

/** Per-call limits of the probes. @internal */
export type ProbeCall = { timeout: number; signal?: AbortSignal | undefined };

function reason(error: unknown): string {
  if (isTnError(error)) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}

const LOGIN_REMEDY =
  'check the API key or username/password (revoked, expired, or sent over plain ws:// to a remote host?); ' +
  'rotate them with rpc.setCredentials()';

/**
 * The `reachable` and `authenticated` checks: `core.ping` (answered without a login, so a refused login is told
 * apart from an unreachable server), then `auth.me`. Never throws: every failure becomes a failed check.
 *
 * @param api - the API client.
 * @param call - timeout and signal of each probe call.
 * @returns both checks; `authenticated` is skipped when the server is unreachable.
 * @internal
 * @example
 * ```ts
 * const [reachable, authenticated] = await probeConnection(api, { timeout: 10_000 });
 * ```
 */
export async function probeConnection(api: ApiClient, call: ProbeCall): Promise<[PreflightCheck, PreflightCheck]> {
  try {
    await api.rpc.call('core.ping', [], call);
  } catch (error) {
    if (error instanceof LoginFailedError) {
      return [
        { name: 'reachable', status: 'passed', message: 'The TrueNAS API answers' },
        { name: 'authenticated', status: 'failed', message: `Login refused: ${reason(error)}`, remedy: LOGIN_REMEDY },
      ];
    }
    return [
      {
        name: 'reachable',
        status: 'failed',
        message: `The TrueNAS API is not reachable: ${reason(error)}`,
        remedy:
          'check the URL (wss://<host>/api/current), DNS, firewall and TLS settings, and that the middleware is ' +
          'running (System > Services in the UI, or `midclt call core.ping` on the host)',
      },
      { name: 'authenticated', status: 'skipped', message: 'Not checked: the API is not reachable' },
    ];
  }
  const reachable: PreflightCheck = { name: 'reachable', status: 'passed', message: 'The TrueNAS API answers' };
  try {
    const me = (await api.rpc.call('auth.me', [], call)) as { pw_name?: unknown } | null;
    const user = typeof me?.pw_name === 'string' ? me.pw_name : 'an unnamed user';
    return [reachable, { name: 'authenticated', status: 'passed', message: `Logged in as ${user}` }];
  } catch (error) {
    const notLoggedIn = error instanceof NotAuthenticatedRpcError;
    return [
      reachable,
      {
        name: 'authenticated',
        status: 'failed',
        message: notLoggedIn ? 'The session is not logged in' : `Login check failed: ${reason(error)}`,
        remedy: notLoggedIn ? 'pass credentials (apiKey, or username and password) to createClient()' : LOGIN_REMEDY,
      },
    ];
  }
}
