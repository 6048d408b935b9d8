import WebSocket from 'isomorphic-ws';
import { CertificateMismatchError, InvalidConfigError } from '../errors/transport.js';
import type { Socket, SocketFactory } from './types.js';

type NodeTlsSocket = { getPeerCertificate?: () => { fingerprint256?: string } | undefined };
type NodeWebSocket = {
  on(event: 'upgrade', listener: (response: { socket?: unknown }) => void): void;
  on(event: 'message', listener: (data: { toString(): string }, isBinary: boolean) => void): void;
  terminate(): void;
};

/**
 * Normalises a SHA-256 fingerprint to upper-case colon-separated hex (`AB:CD:...`), the form Node prints.
 *
 * @example
 * ```ts
 * import { normalizeFingerprint } from '@tn/rpc';
 *
 * normalizeFingerprint('abcd'); // 'AB:CD'
 * ```
 */
export function normalizeFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.match(/.{1,2}/g)?.join(':') ?? '';
}

/**
 * The default {@link SocketFactory}: the only place in `@tn/rpc` that touches a WebSocket implementation.
 * In Node it uses `ws` with permessage-deflate off and the TLS options; in a browser, the native WebSocket.
 *
 * @example
 * ```ts
 * import { createClient, webSocketFactory } from '@tn/rpc';
 *
 * const client = createClient({ url: 'wss://nas/api/current', socketFactory: webSocketFactory });
 * ```
 */
export const webSocketFactory: SocketFactory = (url, options, handlers) => {
  const isNode = typeof (WebSocket as unknown as { prototype: { on?: unknown } }).prototype.on === 'function';
  const { tls, connectTimeout, maxPayload } = options;
  if (!isNode && tls && (tls.ca || tls.fingerprint || tls.rejectUnauthorized === false)) {
    throw new InvalidConfigError('TLS options (ca, fingerprint, rejectUnauthorized) need Node', {
      metaMessages: ['In a browser the page’s trust store decides; remove the `tls` option.'],
    });
  }
  const pinned = tls?.fingerprint ? normalizeFingerprint(tls.fingerprint) : undefined;
  const ws = isNode
    ? new WebSocket(url, {
        perMessageDeflate: false,
        handshakeTimeout: connectTimeout,
        maxPayload,
        ca: tls?.ca,
        rejectUnauthorized: tls?.rejectUnauthorized ?? pinned === undefined,
      } as WebSocket.ClientOptions)
    : new WebSocket(url);

  let failed = false;
  if (isNode && pinned) {
    (ws as unknown as NodeWebSocket).on('upgrade', (response) => {
      const tlsSocket = response.socket as NodeTlsSocket | undefined;
      const actual = normalizeFingerprint(tlsSocket?.getPeerCertificate?.()?.fingerprint256 ?? '');
      if (actual !== pinned) {
        failed = true;
        handlers.onError(new CertificateMismatchError(pinned, actual || '(no certificate)'));
        (ws as unknown as NodeWebSocket).terminate();
      }
    });
  }
  ws.onopen = () => {
    if (!failed) handlers.onOpen();
  };
  if (isNode) {
    // The EventTarget wrapper allocates an event per frame; the emitter API does not.
    (ws as unknown as NodeWebSocket).on('message', (data: { toString(): string }, isBinary: boolean) => {
      if (isBinary) handlers.onMessage('', true);
      else handlers.onMessage(data.toString());
    });
  } else {
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') handlers.onMessage(event.data);
      else handlers.onMessage('', true);
    };
  }
  ws.onclose = (event) => handlers.onClose(event.code, event.reason);
  ws.onerror = (event) => {
    if (failed) return;
    const err = (event as { error?: unknown }).error;
    handlers.onError(
      err instanceof Error ? err : new Error((event as { message?: string }).message ?? 'WebSocket error'),
    );
  };

  const socket: Socket = {
    send: (text) => ws.send(text),
    close: (code, reason) => {
      if (!isNode) return ws.close(code, reason);
      if (ws.readyState === WebSocket.CONNECTING) return (ws as unknown as NodeWebSocket).terminate();
      ws.close(code, reason);
      // Do not wait ws's 30 s for a closing handshake from a peer that may be gone.
      setTimeout(() => (ws as unknown as NodeWebSocket).terminate(), 1_000).unref();
    },
    terminate: () => {
      if (isNode) (ws as unknown as NodeWebSocket).terminate();
      else ws.close();
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
  return socket;
};
