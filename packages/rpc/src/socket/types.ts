/**
 * TLS settings for `wss://` connections (Node only; browsers use their own trust store).
 *
 * @example
 * ```ts
 * import type { TlsOptions } from '@tn/rpc';
 *
 * const tls: TlsOptions = { fingerprint: 'AB:CD:...' };
 * ```
 */
export type TlsOptions = {
  /** Extra CA certificate(s), PEM. */
  ca?: string | string[] | undefined;
  /**
   * Verify the certificate chain against the trust store (and `ca`).
   * @default true, or false when `fingerprint` is set (the pin is then the verification)
   */
  rejectUnauthorized?: boolean | undefined;
  /**
   * SHA-256 fingerprint of the server certificate to pin, hex with or without colons (case-insensitive). The
   * connection is refused before anything is sent if it differs.
   */
  fingerprint?: string | undefined;
};

/**
 * What a socket binding reports back to the client.
 *
 * @example
 * ```ts
 * import type { SocketHandlers } from '@tn/rpc';
 *
 * const handlers: SocketHandlers = { onOpen() {}, onMessage(text) {}, onClose(code, reason) {}, onError(err) {} };
 * ```
 */
export type SocketHandlers = {
  onOpen(): void;
  /** A text frame. Binary frames are reported as `onMessage` with `binary: true` and are ignored by the client. */
  onMessage(data: string, binary?: boolean): void;
  onClose(code: number, reason: string): void;
  /** An error before or during the connection. A `CertificateMismatchError` arrives here. */
  onError(error: Error): void;
};

/**
 * The minimal socket the client drives; implemented by the WebSocket binding or by a test fake.
 *
 * @example
 * ```ts
 * import type { Socket } from '@tn/rpc';
 *
 * const fake: Socket = { send() {}, close() {}, bufferedAmount: 0 };
 * ```
 */
export type Socket = {
  send(text: string): void;
  /** Closes gracefully; an implementation should give up on the closing handshake after a short while. */
  close(code?: number, reason?: string): void;
  /** Destroys the connection at once (dead peer). Falls back to `close` when absent. */
  terminate?(): void;
  readonly bufferedAmount: number;
};

/**
 * Opens a socket. The default opens a WebSocket (`ws` in Node, the native one in browsers).
 *
 * @example
 * ```ts
 * import type { SocketFactory } from '@tn/rpc';
 *
 * const factory: SocketFactory = (url, options, handlers) => ({ send() {}, close() {}, bufferedAmount: 0 });
 * ```
 */
export type SocketFactory = (url: string, options: SocketOptions, handlers: SocketHandlers) => Socket;

/**
 * Options passed to a {@link SocketFactory}.
 *
 * @example
 * ```ts
 * import type { SocketOptions } from '@tn/rpc';
 *
 * const options: SocketOptions = { connectTimeout: 10_000, maxPayload: 64 * 1024 * 1024 };
 * ```
 */
export type SocketOptions = {
  tls?: TlsOptions | undefined;
  /** Time allowed for the opening handshake, ms. */
  connectTimeout: number;
  /** Largest frame accepted from the server, bytes (Node only). */
  maxPayload: number;
};
