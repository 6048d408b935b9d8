/**
 * A pino-compatible logger: `(fields, message)` at each level, optional `child(bindings)`. Pass pino itself, or
 * anything with the same shape. The client is silent without one.
 *
 * @example
 * ```ts
 * import pino from 'pino';
 * import { createClient } from '@tn/rpc';
 *
 * const client = createClient({ url: 'wss://nas/api/current', logger: pino({ level: 'debug' }) });
 * ```
 */
export type Logger = {
  debug(fields: Record<string, unknown>, message?: string): void;
  info(fields: Record<string, unknown>, message?: string): void;
  warn(fields: Record<string, unknown>, message?: string): void;
  error(fields: Record<string, unknown>, message?: string): void;
  child?(bindings: Record<string, unknown>): Logger;
};

const noop = () => {};

/**
 * The default logger: drops everything.
 *
 * @example
 * ```ts
 * import { silentLogger } from '@tn/rpc';
 *
 * silentLogger.info({ any: 'thing' }, 'not printed');
 * ```
 */
export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };
