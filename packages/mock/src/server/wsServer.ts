import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Connection, ConnectionHandlers } from './connection.js';

/** Hard frame limit; the middleware's own limits (≤ 2 MiB of text) are checked above this layer. */
const MAX_PAYLOAD = 8 * 1024 * 1024;

/** What the binding asks the server core. @internal */
export type WsServerHooks = {
  /** Status for an upgrade request (`101` accept, else the HTTP status to refuse with). */
  upgradeStatus(path: string): 101 | 404 | 503;
  /** Answer to a plain HTTP GET, or `undefined` for 404. */
  httpGet(path: string): unknown;
  /** A connection was accepted. */
  connect(conn: Connection): ConnectionHandlers;
};

/** The started listener. @internal */
export type WsServer = {
  readonly port: number;
  /** Terminates every open socket. */
  terminateAll(): void;
  close(): Promise<void>;
};

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' };

function refuse(socket: Duplex, status: number): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/**
 * The only module that touches `ws`, `node:http` and `node:https`: HTTP(S) listener, upgrade routing and a
 * transport-neutral {@link Connection} per socket. `perMessageDeflate` is off.
 * @internal
 */
export async function startWsServer(
  options: { host: string; port: number; tls: { cert: string; key: string } | undefined },
  hooks: WsServerHooks,
): Promise<WsServer> {
  const tls = options.tls !== undefined;
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const body = req.method === 'GET' ? hooks.httpGet(pathOf(req)) : undefined;
    if (body === undefined) {
      res.writeHead(pathOf(req).startsWith('/api/') ? 400 : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : createHttpServer(onRequest);
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: MAX_PAYLOAD,
    clientTracking: false,
  });
  const sockets = new Set<WebSocket>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = pathOf(req);
    const status = hooks.upgradeStatus(path);
    if (status !== 101) {
      refuse(socket, status);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      const remoteAddress = req.socket.remoteAddress ?? '';
      const conn: Connection = {
        remoteAddress: remoteAddress.startsWith('::ffff:') ? remoteAddress.slice(7) : remoteAddress,
        tls,
        path,
        send: (text) => {
          if (ws.readyState === ws.OPEN) ws.send(text);
        },
        close: (code, reason) => ws.close(code, reason),
        terminate: () => ws.terminate(),
      };
      const handlers = hooks.connect(conn);
      ws.on('message', (data, isBinary) => handlers.onMessage(data as Buffer, isBinary));
      ws.on('error', () => undefined);
      ws.on('close', () => {
        sockets.delete(ws);
        handlers.onClose();
      });
    });
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;

  return {
    port,
    terminateAll: () => {
      for (const ws of sockets) ws.terminate();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
