import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

test('@tn/rpc bundles for the browser with no Node built-ins (native WebSocket via isomorphic-ws)', async () => {
  const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    conditions: ['@tn/source'],
    logLevel: 'silent',
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((i) => /node_modules\/.*\/ws\/lib\//.test(i))).toBe(false);
  expect(inputs.some((i) => i.includes('isomorphic-ws/browser.js'))).toBe(true);
  const code = result.outputFiles[0]?.text ?? '';
  expect(code).not.toMatch(/from ["']node:|require\(["'](node:)?(fs|net|tls|crypto|child_process)["']\)/);
});
