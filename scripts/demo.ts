// `npm run demo`: the tour of the SDK. Without TN_URL it runs against the embedded @tn/mock over TLS; with TN_URL
// and credentials it runs the read-only part against a real TrueNAS. It checks its own results and exits non-zero
// on a mismatch.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createApiClient } from '@tn/api';
import { createMockServer, DEFAULT_API_KEY } from '@tn/mock';
import { type Credentials, createClient, type RpcClient } from '@tn/rpc';
import { check, heading, paint, progressBar, table } from './demo/print.js';
import { provisioningStory } from './demo/provisioningStory.js';
import { storageTour } from './demo/storageTour.js';

async function systemTour(client: RpcClient): Promise<void> {
  heading('System');
  const info = await client.call<Record<string, unknown>>('system.info');
  check(typeof info.version === 'string', 'system.info has a version');
  table([
    ['version', String(info.version)],
    ['hostname', String(info.hostname)],
    ['uptime', `${Math.round(Number(info.uptime_seconds ?? 0))} s`],
    ['boot time', info.boottime instanceof Date ? info.boottime.toISOString() : String(info.boottime)],
    ['jobs', client.newStyleJobs ? '25.10 new-style (reply when the job ends)' : 'legacy (reply is the job id)'],
  ]);
}

function printMetrics(client: RpcClient): void {
  heading('Metrics snapshot');
  const m = client.metrics();
  table([
    ['calls', `${Object.values(m.calls).reduce((a, b) => a + b, 0)} over ${Object.keys(m.calls).length} methods`],
    ['errors', JSON.stringify(m.errors)],
    ['retries / reconnects', `${m.retries} / ${m.reconnects}`],
    ['latency p50 / p99', `${m.latencyMs.p50} ms / ${m.latencyMs.p99} ms`],
  ]);
}

async function againstMock(): Promise<void> {
  heading('Starting @tn/mock (TrueNAS 25.10 profile) with a self-signed certificate');
  const server = createMockServer({ version: '25.10', tls: true, testMethods: true });
  await server.start();
  const fingerprint = server.certificate?.fingerprint256;
  check(fingerprint, 'the mock has a certificate');
  table([
    ['url', server.url],
    ['SHA-256', fingerprint],
  ]);

  await using client = createClient({
    url: server.url,
    credentials: { apiKey: DEFAULT_API_KEY },
    tls: { fingerprint },
  });
  client.on('login', ({ mechanism }) =>
    console.log(paint('green', `  ✓ logged in (${mechanism}), certificate pinned`)),
  );
  await systemTour(client);

  heading('A job with live progress');
  const draw = progressBar('test.job');
  const result = await client.job<{ steps: number }>('test.job', [20, 40], {
    onProgress: (p) => draw(p.percent ?? 0, p.description ?? ''),
  });
  check(result.steps === 20, 'the job returned its result');

  heading('Events');
  const seen: string[] = [];
  const subscription = client.subscribe('test.mutations', (e) => seen.push(`${e.msg} ${String(e.id)}`));
  for (const key of ['alpha', 'beta', 'gamma']) await client.call('test.mutate', [key]);
  const deadline = Date.now() + 2_000;
  while (seen.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  subscription.unsubscribe();
  for (const line of seen) console.log(`  ← collection_update ${line}`);
  check(seen.length === 3, 'three events arrived');

  heading('Surviving a dropped connection');
  const reconnected = new Promise((resolve) => client.once('reconnect', resolve));
  server.faults.drop();
  await reconnected;
  const echoed = await client.call('test.echo', ['still here']);
  check(echoed === 'still here', 'calls work after the reconnect');
  console.log(paint('green', '  ✓ reconnected, logged in again, re-subscribed'));

  const api = createApiClient(client);
  await provisioningStory(api, server);
  await storageTour(api, server);

  printMetrics(client);
  await client.close();
  await server.stop();
}

async function againstTrueNas(url: string): Promise<void> {
  const { TN_API_KEY, TN_USERNAME, TN_PASSWORD, TN_FINGERPRINT } = process.env;
  let credentials: Credentials | undefined;
  if (TN_API_KEY) credentials = { apiKey: TN_API_KEY, ...(TN_USERNAME ? { username: TN_USERNAME } : {}) };
  else if (TN_USERNAME && TN_PASSWORD) credentials = { username: TN_USERNAME, password: TN_PASSWORD };
  check(credentials, 'set TN_API_KEY (or TN_USERNAME and TN_PASSWORD) with TN_URL');
  heading(`Connecting to ${new URL(url).host} (read-only)`);
  await using client = createClient({
    url,
    credentials,
    tls: TN_FINGERPRINT ? { fingerprint: TN_FINGERPRINT } : undefined,
  });
  await systemTour(client);
  heading('Pools');
  const pools = await client.call<{ name: string; status: string; healthy: boolean }[]>('pool.query');
  table([['name', 'status', 'healthy'], ...pools.map((p) => [p.name, p.status, String(p.healthy)])]);
  printMetrics(client);
}

/** `tn-zfs status` from @tn/zfs: real pools when `zpool` works here, else a bundled degraded-pool sample. */
function localZfs(): void {
  const cli = fileURLToPath(new URL('../packages/zfs/src/cli.ts', import.meta.url));
  const sample = fileURLToPath(new URL('./demo/fixtures/zpool-status-degraded.txt', import.meta.url));
  let live = false;
  try {
    live =
      execFileSync('zpool', ['list', '-H', '-o', 'name'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== '';
  } catch {}
  heading(
    live ? 'Local ZFS: tn-zfs status (this machine)' : 'Local ZFS: tn-zfs status (bundled sample of a degraded pool)',
  );
  const args = live ? ['status'] : ['status', '--input', sample];
  const run = spawnSync(process.execPath, ['--conditions=@tn/source', '--import', 'tsx', cli, ...args], {
    stdio: 'inherit',
  });
  check(run.status === 0 || run.status === 1, `tn-zfs status exited with ${run.status}`);
  if (!live) check(run.status === 1, 'the sample pool is reported unhealthy');
}

const url = process.env.TN_URL;
await (url ? againstTrueNas(url) : againstMock());
localZfs();
console.log(paint('green', '\n✓ demo finished'));
