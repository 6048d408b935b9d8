// Installs the workspace with the pinned pnpm when node_modules is missing or older than the lockfile.
// Used by `npm test` and `npm run demo` so that a fresh clone needs only Node and npm.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
if (!fresh) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  execFileSync(npx, ['--prefer-offline', '-y', 'pnpm@10.34.9', 'install', '--frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
  });
}
