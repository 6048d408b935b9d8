import { z } from 'zod';
import { InvalidConfigError } from '../errors/transport.js';
import type { Logger } from '../observability/logger.js';
import type { SocketFactory, TlsOptions } from '../socket/types.js';
import { CredentialsSchema } from './credentials.js';

const MAX_TIMER = 2_147_483_647;
const ms = (min: number, max = MAX_TIMER) => z.number().int().min(min).max(max);

const TlsOptionsSchema = z.strictObject({
  ca: z.union([z.string(), z.array(z.string())]).optional(),
  rejectUnauthorized: z.boolean().optional(),
  fingerprint: z
    .string()
    .refine((v) => v.replace(/[^0-9a-f]/gi, '').length === 64, 'must be a SHA-256 fingerprint (64 hex digits)')
    .optional(),
}) satisfies z.ZodType<TlsOptions>;

const ReconnectSchema = z.strictObject({
  /** @default 10 */
  retries: z.number().int().min(0).max(1000).default(10),
  /** @default 250 */
  minDelay: ms(0).default(250),
  /** @default 30000 */
  maxDelay: ms(0).default(30_000),
  /** @default 2 */
  factor: z.number().min(1).max(10).default(2),
});

const KeepAliveSchema = z.strictObject({
  /** Idle time before a probe, ms. At most 30 s, because proxies drop connections idle for 60 s. @default 20000 */
  interval: ms(100, 30_000).default(20_000),
  /** Time allowed for the probe's reply, ms. @default 10000 */
  timeout: ms(100).default(10_000),
});

const BusyRetrySchema = z.strictObject({
  /** @default 5 */
  retries: z.number().int().min(0).max(100).default(5),
  /** @default 25 */
  minDelay: ms(0).default(25),
  /** @default 1000 */
  maxDelay: ms(0).default(1_000),
});

/**
 * Schema of {@link ClientOptions}; parsing applies every default. `createClient` uses it; it is exported so tools
 * can validate options read from files or the environment.
 *
 * @example
 * ```ts
 * import { ClientOptionsSchema } from '@tn/rpc';
 *
 * const options = ClientOptionsSchema.parse(JSON.parse(configText));
 * ```
 */
export const ClientOptionsSchema = z
  .strictObject({
    url: z.string().optional(),
    host: z.string().min(1).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    secure: z.boolean().default(true),
    path: z.string().startsWith('/').default('/api/current'),
    credentials: CredentialsSchema.optional(),
    allowInsecureTransport: z.boolean().default(false),
    tls: TlsOptionsSchema.optional(),
    timeout: ms(1).default(60_000),
    connectTimeout: ms(1).default(10_000),
    maxInFlight: z.number().int().min(1).max(1024).default(20),
    maxPayload: z
      .number()
      .int()
      .min(1024)
      .default(64 * 1024 * 1024),
    busyRetry: BusyRetrySchema.default(BusyRetrySchema.parse({})),
    reconnect: z.union([z.literal(false), ReconnectSchema]).default(ReconnectSchema.parse({})),
    keepAlive: z.union([z.literal(false), KeepAliveSchema]).default(KeepAliveSchema.parse({})),
    maxConnectionAge: ms(1_000).optional(),
    timerResolution: ms(1, 1_000).default(50),
    legacyJobs: z.boolean().default(false),
    includeServerTraces: z.boolean().default(false),
    context: z.record(z.string(), z.unknown()).default({}),
    logger: z
      .custom<Logger>((v) => typeof v === 'object' && v !== null && typeof (v as Logger).debug === 'function')
      .optional(),
    socketFactory: z.custom<SocketFactory>((v) => typeof v === 'function').optional(),
  })
  .refine((o) => (o.url === undefined) !== (o.host === undefined), 'give exactly one of `url` or `host`');

/**
 * Options of `createClient`. Every field is optional except one of `url` or `host`.
 *
 * | option | default | meaning |
 * |---|---|---|
 * | `url` | — | full URL, e.g. `wss://nas.lan/api/current` |
 * | `host`, `port`, `secure`, `path` | —, —, `true`, `/api/current` | alternative to `url` |
 * | `credentials` | none | `{apiKey, username?}`, `{username, password, otp?}` or `{token}` |
 * | `allowInsecureTransport` | `false` | allow API keys/passwords over `ws://` to a non-loopback host |
 * | `tls` | — | `{ca, rejectUnauthorized, fingerprint}` (Node) |
 * | `timeout` | 60000 | default per-call timeout, ms |
 * | `connectTimeout` | 10000 | WebSocket opening handshake limit, ms |
 * | `maxInFlight` | 20 | calls on the wire at once (the server's limit is 20) |
 * | `busyRetry` | `{retries: 5, minDelay: 25, maxDelay: 1000}` | retries of `-32000` replies |
 * | `reconnect` | `{retries: 10, minDelay: 250, maxDelay: 30000, factor: 2}` or `false` | jittered backoff |
 * | `keepAlive` | `{interval: 20000, timeout: 10000}` or `false` | idle probe (authenticated when logged in) |
 * | `maxConnectionAge` | none | reconnect cleanly after this many ms |
 * | `legacyJobs` | `false` | keep 25.10 legacy job replies instead of new-style |
 * | `includeServerTraces` | `false` | keep server tracebacks on errors |
 * | `context` | `{}` | fields added to every call context |
 * | `logger` | silent | pino-compatible logger |
 * | `socketFactory` | WebSocket | custom socket binding (tests) |
 *
 * @example
 * ```ts
 * import type { ClientOptions } from '@tn/rpc';
 *
 * const options: ClientOptions = { url: 'wss://nas/api/current', credentials: { apiKey: '1-secret' }, timeout: 30_000 };
 * ```
 */
export type ClientOptions = z.input<typeof ClientOptionsSchema>;

/** Options after defaults are applied. @internal */
export type ResolvedClientOptions = z.output<typeof ClientOptionsSchema> & { url: string };

/** Validates options and applies defaults, throwing {@link InvalidConfigError}. @internal */
export function resolveClientOptions(options: ClientOptions): ResolvedClientOptions {
  const parsed = ClientOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new InvalidConfigError('Invalid client options', {
      metaMessages: parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`),
    });
  }
  const o = parsed.data;
  const url = o.url ?? `${o.secure ? 'wss' : 'ws'}://${o.host}${o.port ? `:${o.port}` : ''}${o.path}`;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch (cause) {
    throw new InvalidConfigError('Invalid client options', { cause, metaMessages: ['url: not a valid URL'] });
  }
  if (protocol !== 'ws:' && protocol !== 'wss:') {
    throw new InvalidConfigError('Invalid client options', {
      metaMessages: [`url: protocol must be ws: or wss:, got ${protocol}`],
    });
  }
  return { ...o, url };
}
