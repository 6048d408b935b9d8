import type { Socket, SocketFactory, SocketHandlers } from '../src/socket/types.js';

/** What a fake method handler may return: a result, a wire error, or `NO_REPLY`. */
export const NO_REPLY: unique symbol = Symbol('no reply');
export type FakeReply =
  | { result: unknown }
  | { error: { code: number; message: string; data?: unknown } }
  | typeof NO_REPLY;
export type FakeHandler = (
  params: unknown[],
  ctx: { id: number; socket: FakeSocket; server: FakeServer },
) => FakeReply | Promise<FakeReply>;

export type FakeSocket = Socket & {
  handlers: SocketHandlers;
  url: string;
  closed: boolean;
  /** Pushes a raw frame to the client. */
  push(text: string): void;
  /** Simulates the peer closing the connection. */
  drop(code?: number, reason?: string): void;
};

export const ok = (result: unknown): FakeReply => ({ result });
export const wireError = (code: number, message: string, data?: unknown): FakeReply => ({
  error: { code, message, data },
});

/**
 * An in-memory server behind an injected socket factory: scripted handlers per method, a log of every request,
 * and hooks to drop connections. Used to test the client with no network.
 */
export class FakeServer {
  readonly requests: { method: string; params: unknown[]; id: number; socket: number }[] = [];
  readonly sockets: FakeSocket[] = [];
  handlers = new Map<string, FakeHandler>();
  /** When set, the next connection attempts fail. */
  refuseConnections = 0;
  outstanding = 0;
  maxOutstanding = 0;
  /** Latest state of every job seen in a `core.get_jobs` event or registered with `registerJob`. */
  readonly jobs = new Map<number, Record<string, unknown>>();

  constructor(handlers: Record<string, FakeHandler> = {}) {
    this.on('core.set_options', () => ok({ legacy_jobs: false, private_methods: false, py_exceptions: false }));
    this.on('core.ping', () => ok('pong'));
    this.on('core.subscribe', () => ok(`sub-${Math.random().toString(16).slice(2)}`));
    this.on('core.unsubscribe', () => ok(null));
    this.on('auth.login_ex', () => ok({ response_type: 'SUCCESS', user_info: null, authenticator: 'LEVEL_1' }));
    this.on('auth.login_with_api_key', () => ok(true));
    this.on('auth.me', () => ok({ pw_name: 'root' }));
    this.on('core.get_jobs', (params) => {
      const filter = (params[0] as [string, string, unknown][] | undefined)?.[0];
      const rows = [...this.jobs.values()].filter((job) => !filter || job[filter[0]] === filter[2]);
      return ok(rows);
    });
    for (const [method, handler] of Object.entries(handlers)) this.on(method, handler);
  }

  on(method: string, handler: FakeHandler): this {
    this.handlers.set(method, handler);
    return this;
  }

  get current(): FakeSocket | undefined {
    return this.sockets.at(-1);
  }

  methods(): string[] {
    return this.requests.map((r) => r.method);
  }

  factory: SocketFactory = (url, _options, handlers) => {
    const index = this.sockets.length;
    const server = this;
    const socket: FakeSocket = {
      handlers,
      url,
      closed: false,
      bufferedAmount: 0,
      send(text: string) {
        if (socket.closed) throw new Error('socket closed');
        const msg = JSON.parse(text) as { id: number; method: string; params: unknown[] };
        server.requests.push({ method: msg.method, params: msg.params, id: msg.id, socket: index });
        const handler = server.handlers.get(msg.method);
        server.outstanding++;
        server.maxOutstanding = Math.max(server.maxOutstanding, server.outstanding);
        const reply = (r: FakeReply) => {
          server.outstanding--;
          if (r === NO_REPLY || socket.closed) return;
          socket.push(JSON.stringify({ jsonrpc: '2.0', id: msg.id, ...r }));
        };
        if (!handler) return void setTimeout(() => reply(wireError(-32601, 'Method does not exist')));
        Promise.resolve()
          .then(() => handler(msg.params, { id: msg.id, socket, server }))
          .then(reply, (e: unknown) =>
            reply(wireError(-32001, 'Method call error', { error: 14, errname: 'EFAULT', reason: String(e) })),
          );
      },
      close() {
        if (socket.closed) return;
        socket.closed = true;
        setTimeout(() => handlers.onClose(1000, 'closed by client'));
      },
      push(text: string) {
        if (!socket.closed) setTimeout(() => handlers.onMessage(text));
      },
      drop(code = 1006, reason = 'dropped') {
        if (socket.closed) return;
        socket.closed = true;
        server.outstanding = 0;
        handlers.onClose(code, reason);
      },
    };
    this.sockets.push(socket);
    setTimeout(() => {
      if (this.refuseConnections > 0) {
        this.refuseConnections--;
        socket.closed = true;
        handlers.onError(new Error('ECONNREFUSED'));
        handlers.onClose(1006, '');
        return;
      }
      handlers.onOpen();
    });
    return socket;
  };

  /** Sends a `collection_update` to the current socket. */
  registerJob(job: Record<string, unknown> & { id: number }): void {
    this.jobs.set(job.id, { ...this.jobs.get(job.id), ...job });
  }

  emit(collection: string, msg: string, fields: Record<string, unknown>, id?: unknown): void {
    if (collection === 'core.get_jobs' && typeof id === 'number') this.registerJob({ ...fields, id });
    this.current?.push(
      JSON.stringify({ jsonrpc: '2.0', method: 'collection_update', params: { msg, collection, id, fields } }),
    );
  }
}

/** Resolves after `ms` (real timers). */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `predicate` is true or fails after `timeout` ms. */
export async function until(predicate: () => boolean, timeout = 5_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(2);
  }
}
