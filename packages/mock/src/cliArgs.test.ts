import { expect, test } from 'vitest';
import { parseCliArgs } from './cliArgs.js';

test('default: no arguments → no options', () => {
  expect(parseCliArgs([])).toEqual({ help: false, json: false, options: {} });
});

test('behavior: every flag maps to an option', () => {
  expect(
    parseCliArgs([
      '--port',
      '9000',
      '--host',
      '0.0.0.0',
      '--tls',
      '--version',
      '25.04',
      '--user',
      'alice:pw:123456',
      '--api-key',
      '7-secret@alice',
      '--test-methods',
      '--treat-loopback-as-remote',
      '--auth-delay',
      '0',
      '--no-rate-limit',
      '--json',
    ]),
  ).toEqual({
    help: false,
    json: true,
    options: {
      port: 9000,
      host: '0.0.0.0',
      tls: true,
      version: '25.04',
      users: [{ username: 'alice', password: 'pw', otp: '123456' }],
      apiKeys: [{ id: 7, key: '7-secret', username: 'alice' }],
      testMethods: true,
      treatLoopbackAsRemote: true,
      authFailureDelay: 0,
      rateLimit: false,
    },
  });
});

test.each([[['--version', '24.10']], [['--port', 'x']], [['--api-key', 'nodash']], [['--user', 'x']], [['--bogus']]])(
  'error: %j is rejected',
  (argv) => {
    expect(() => parseCliArgs(argv)).toThrow();
  },
);
