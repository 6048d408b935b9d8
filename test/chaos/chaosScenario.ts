// Seeded chaos run of @tn/rpc against @tn/mock: 10,000+ calls, 64 callers, random drops and killed sessions.
// Run as a child process by chaos.test.ts, which checks that it exits by itself; prints one JSON line of results.
import { createMockServer, DEFAULT_API_KEY } from '@tn/mock';
import { createClient, isTnError } from '@tn/rpc';

const CALLS = Number(process.env.TN_CHAOS_CALLS ?? 10_000);
const CONCURRENCY = 64;
const SEED = Number(process.env.TN_CHAOS_SEED ?? 20261122);

const server = createMockServer({ version: '25.10', testMethods: true, rateLimit: false, authFailureDelay: 0 });
await server.start();
server.faults.dropRandomly(0.004, { seed: SEED });

const client = createClient({
  url: server.url,
  credentials: { apiKey: DEFAULT_API_KEY },
  reconnect: { retries: 50, minDelay: 1, maxDelay: 20, factor: 1.5 },
  timeout: 20_000,
});
let eventsAfterReconnect = 0;
let reconnected = false;
client.on('reconnect', () => {
  reconnected = true;
});
client.subscribe('test.mutations', () => {
  if (reconnected) eventsAfterReconnect++;
});
client.on('error', () => {});

type Outcome = { key: string | undefined; ok: boolean; code?: string; sent?: boolean };
const outcomes: Outcome[] = [];
let next = 0;
let sessionsKilled = 0;
/** Sessions are killed by call count, not by a timer, so the number of kills does not depend on the machine's speed. */
const KILL_EVERY = 1_000;

async function worker(): Promise<void> {
  while (next < CALLS) {
    const i = next++;
    if (i % KILL_EVERY === KILL_EVERY / 2) {
      server.faults.killSessions();
      sessionsKilled++;
    }
    const mutation = i % 2 === 0;
    const key = mutation ? `k${i}` : undefined;
    try {
      if (mutation) await client.call('test.mutate', [key]);
      else await client.call('test.echo', [i], { idempotent: true });
      outcomes.push({ key, ok: true });
    } catch (error) {
      const e = isTnError(error) ? (error as { code: string; sent?: boolean }) : { code: 'UNTYPED', sent: undefined };
      outcomes.push({ key, ok: false, code: e.code, sent: e.sent });
    }
  }
}

await Promise.all(Array.from({ length: CONCURRENCY }, worker));
server.faults.clear();

const counts = new Map<string, number>();
for (const o of outcomes)
  if (o.key) counts.set(o.key, await client.call<number>('test.count', [o.key], { idempotent: true }));
const violations: string[] = [];
for (const o of outcomes) {
  if (!o.key) continue;
  const count = counts.get(o.key) ?? 0;
  if (count > 1) violations.push(`${o.key} ran ${count} times`);
  if (o.ok && count !== 1) violations.push(`${o.key} resolved but ran ${count} times`);
  if (!o.ok && o.sent === false && count !== 0) violations.push(`${o.key} reported unsent but ran`);
}
const metrics = client.metrics();
const result = {
  calls: outcomes.length,
  ok: outcomes.filter((o) => o.ok).length,
  errors: Object.fromEntries(
    [...new Set(outcomes.filter((o) => !o.ok).map((o) => o.code))].map((c) => [
      c,
      outcomes.filter((o) => o.code === c).length,
    ]),
  ),
  untyped: outcomes.filter((o) => o.code === 'UNTYPED').length,
  violations,
  mutateExecutions: server.executions('test.mutate'),
  reconnects: metrics.reconnects,
  sessionsKilled,
  logins: server.executions('auth.login_with_api_key'),
  eventsAfterReconnect,
  inFlight: metrics.inFlight,
  queued: metrics.queued,
};
await client.close();
await server.stop();
process.stdout.write(`${JSON.stringify(result)}\n`);
