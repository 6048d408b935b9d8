// Runs @tn/mock (25.10 profile, plain ws) in a child process for the benchmark; prints its port.
import { createMockServer } from '@tn/mock';

const server = createMockServer({ version: '25.10' });
await server.start();
process.stdout.write(`${server.port}\n`);
