// A minimal JSON-RPC responder used as the common server of the @tn/rpc benchmark: it parses each frame and answers
// `{"result": "pong"}` with the same id; `test.hold` is never answered. Run as a child process; prints its port.
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; method?: string };
    if (msg.id === undefined || msg.method === 'test.hold') return;
    const result = msg.method === 'core.set_options' ? null : 'pong';
    socket.send(`{"jsonrpc":"2.0","id":${msg.id},"result":${JSON.stringify(result)}}`);
  });
});
server.on('listening', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
