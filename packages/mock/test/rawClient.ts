import WebSocket from 'ws';

/** A parsed server message (reply or notification), kept loose for assertions. */
export type Msg = {
  jsonrpc?: string;
  id?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: Record<string, unknown> & { extra?: unknown } };
  method?: string;
  params?: Record<string, unknown>;
};

type Waiter = {
  match: (m: Msg) => boolean;
  resolve: (m: Msg) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
};

/** Minimal raw JSON-RPC client over `ws` for socket-level tests (deliberately not @tn/rpc). */
export class RawClient {
  readonly ws: WebSocket;
  readonly messages: Msg[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  #waiters: Waiter[] = [];
  #nextId = 1;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        for (const w of this.#waiters) {
          clearTimeout(w.timer);
          w.reject(new Error(`socket closed ${code}`));
        }
        this.#waiters = [];
        resolve({ code, reason: reason.toString() });
      });
    });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as Msg;
      const index = this.#waiters.findIndex((w) => w.match(msg));
      if (index !== -1) {
        const [w] = this.#waiters.splice(index, 1);
        if (w) {
          clearTimeout(w.timer);
          w.resolve(msg);
        }
        return;
      }
      this.messages.push(msg);
    });
  }

  static connect(url: string, options: WebSocket.ClientOptions = {}): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false, ...options });
      const client = new RawClient(ws);
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
      ws.on('error', () => undefined);
    });
  }

  send(data: unknown): void {
    if (typeof data === 'string' || Buffer.isBuffer(data)) this.ws.send(data);
    else this.ws.send(JSON.stringify(data));
  }

  /** Waits for the first message (already received or future) matching `match`. */
  next(match: (m: Msg) => boolean, timeout = 3000): Promise<Msg> {
    const index = this.messages.findIndex(match);
    if (index !== -1) return Promise.resolve(this.messages.splice(index, 1)[0] as Msg);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w.timer !== timer);
        reject(new Error('timed out waiting for message'));
      }, timeout);
      this.#waiters.push({ match, resolve, reject, timer });
    });
  }

  /** Sends a request and resolves with its reply. */
  request(method: string, params?: unknown[], id: unknown = this.#nextId++): Promise<Msg> {
    const message: Record<string, unknown> = { jsonrpc: '2.0', id, method };
    if (params !== undefined) message.params = params;
    this.send(message);
    return this.next((m) => m.method === undefined && m.id === id);
  }

  /** `request` that returns the result or throws with the error. */
  async call(method: string, ...params: unknown[]): Promise<unknown> {
    const reply = await this.request(method, params);
    if (reply.error) throw Object.assign(new Error(reply.error.message), { reply });
    return reply.result;
  }

  /** Logs in as root/password. */
  async login(username = 'root', password = 'password'): Promise<void> {
    const ok = await this.call('auth.login', username, password);
    if (ok !== true) throw new Error('login failed');
  }

  /** Waits for a notification of `method` whose params match. */
  notification(
    method: string,
    match: (params: Record<string, unknown>) => boolean = () => true,
    timeout?: number,
  ): Promise<Msg> {
    return this.next((m) => m.method === method && match(m.params ?? {}), timeout);
  }

  close(): Promise<{ code: number; reason: string }> {
    this.ws.close();
    return this.closed;
  }
}
