#!/usr/bin/env node
import { DEFAULT_API_KEY, DEFAULT_USERS } from './auth/credentialStore.js';
import { CLI_USAGE, parseCliArgs } from './cliArgs.js';
import { createMockServer } from './createMockServer.js';

async function main(): Promise<void> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message.split('\n')[0] : String(err));
    console.error(CLI_USAGE);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    console.log(CLI_USAGE);
    return;
  }
  const server = await createMockServer(args.options).start();
  const fingerprint256 = server.certificate?.fingerprint256 ?? null;
  if (args.json) {
    console.log(JSON.stringify({ url: server.url, port: server.port, fingerprint256, version: server.version }));
  } else {
    console.log(`tn-mock (TrueNAS ${server.version}) listening on ${server.url}`);
    if (fingerprint256) console.log(`fingerprint256: ${fingerprint256}`);
    const users = (args.options.users ?? DEFAULT_USERS).map((u) => u.username);
    console.log(`users: ${users.join(', ')}${args.options.users ? '' : ' (password "password")'}`);
    if (!args.options.apiKeys) console.log(`api key: ${DEFAULT_API_KEY} (root)`);
    if (args.options.testMethods) console.log('test methods: enabled');
  }
  const shutdown = (): void => {
    server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
