/**
 * Logger the mock reports to (unhandled methods, handler crashes). No-op by default.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * createMockServer({ logger: { debug() {}, info() {}, warn: console.warn, error: console.error } });
 * ```
 */
export type MockLogger = {
  /** Handler exceptions that are not domain errors. */
  debug(message: string, ...args: unknown[]): void;
  /** Informational messages. */
  info(message: string, ...args: unknown[]): void;
  /** Unhandled methods with `onUnhandled: 'warn'`. */
  warn(message: string, ...args: unknown[]): void;
  /** Unhandled methods with `onUnhandled: 'error'`, internal errors that closed a socket with 1011. */
  error(message: string, ...args: unknown[]): void;
};

const noop = (): void => undefined;

/** The default logger: drops everything. @internal */
export const silentLogger: MockLogger = { debug: noop, info: noop, warn: noop, error: noop };
