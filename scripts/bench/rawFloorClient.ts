import WebSocket from 'ws';

/** The benchmark floor: a bare `ws` client with a Map of id → resolver, nothing else. */
export async function openFloorClient(url: string) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, (value: unknown) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id: number; result: unknown };
    const resolve = pending.get(msg.id);
    pending.delete(msg.id);
    resolve?.(msg.result);
  });
  return {
    call(method: string, params: unknown[] = []): Promise<unknown> {
      const id = ++nextId;
      ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
      return new Promise((resolve) => pending.set(id, resolve));
    },
    close: () => ws.close(),
  };
}
