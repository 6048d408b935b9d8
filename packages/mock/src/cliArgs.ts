import { parseArgs } from 'node:util';
import type { MockApiKey, MockUser } from './auth/credentialStore.js';
import { MockErrorCode, MockServerError } from './mockServerError.js';
import type { MockServerOptions } from './mockServerTypes.js';

/** Help text of `tn-mock`. @internal */
export const CLI_USAGE = `Usage: tn-mock [options]

  -p, --port <n>              port to listen on (default 0 = any free port)
      --host <addr>           listen address (default 127.0.0.1)
      --tls                   serve wss:// with a generated self-signed certificate
      --version <v>           middleware release to emulate: 25.04 | 25.10 (default 25.10)
      --user <u:p[:otp]>      seed a user (repeatable; default root/password, truenas_admin/password)
      --api-key <id-secret[@user]>  seed an API key (repeatable; default user root)
      --test-methods          enable the test.* namespace
      --treat-loopback-as-remote  revoke API keys used over plain ws:// even from loopback
      --auth-delay <ms>       delay before failed logins answer (default 20)
      --no-rate-limit         disable login rate limiting
      --json                  print one JSON line {url, port, fingerprint256, version}
  -h, --help                  show this help`;

/** Parsed command line. @internal */
export type CliArgs = { help: boolean; json: boolean; options: MockServerOptions };

function fail(message: string): never {
  throw new MockServerError(MockErrorCode.InvalidConfig, message);
}

function parseUser(spec: string): MockUser {
  const [username, password, otp] = spec.split(':');
  if (!username || password === undefined) fail(`--user expects user:password[:otp], got "${spec}"`);
  return otp === undefined ? { username, password } : { username, password, otp };
}

function parseKey(spec: string): MockApiKey {
  const at = spec.lastIndexOf('@');
  const key = at === -1 ? spec : spec.slice(0, at);
  const username = at === -1 ? 'root' : spec.slice(at + 1);
  const id = Number.parseInt(key.split('-')[0] ?? '', 10);
  if (!Number.isInteger(id) || !key.includes('-')) fail(`--api-key expects <id>-<secret>[@user], got "${spec}"`);
  return { id, key, username };
}

/** Turns `tn-mock` arguments into server options (throws `MockServerError` on bad input). @internal */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      tls: { type: 'boolean' },
      version: { type: 'string' },
      user: { type: 'string', multiple: true },
      'api-key': { type: 'string', multiple: true },
      'test-methods': { type: 'boolean' },
      'treat-loopback-as-remote': { type: 'boolean' },
      'auth-delay': { type: 'string' },
      'no-rate-limit': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const options: MockServerOptions = {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Invalid --port "${values.port}"`);
    options.port = port;
  }
  if (values.host !== undefined) options.host = values.host;
  if (values.tls) options.tls = true;
  if (values.version !== undefined) {
    if (values.version !== '25.04' && values.version !== '25.10') fail(`--version must be 25.04 or 25.10`);
    options.version = values.version;
  }
  if (values.user) options.users = values.user.map(parseUser);
  if (values['api-key']) options.apiKeys = values['api-key'].map(parseKey);
  if (values['test-methods']) options.testMethods = true;
  if (values['treat-loopback-as-remote']) options.treatLoopbackAsRemote = true;
  if (values['auth-delay'] !== undefined) {
    const delay = Number(values['auth-delay']);
    if (!Number.isFinite(delay) || delay < 0) fail(`Invalid --auth-delay "${values['auth-delay']}"`);
    options.authFailureDelay = delay;
  }
  if (values['no-rate-limit']) options.rateLimit = false;
  return { help: values.help ?? false, json: values.json ?? false, options };
}
