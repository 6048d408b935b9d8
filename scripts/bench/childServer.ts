import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/** Starts a server script in a child process (so client and server do not share an event loop); resolves its port. */
export async function startChildServer(
  script: string,
  args: string[] = [],
): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=@tn/source', '--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffer = '';
  child.stdout?.setEncoding('utf8');
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      buffer += chunk;
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line) resolve(Number(line.trim().split(/\s+/).at(-1)));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { port, child };
}

/** Stops a child server. */
export async function stopChildServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill();
  await once(child, 'exit');
}
