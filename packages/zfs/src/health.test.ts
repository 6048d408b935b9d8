import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module specifier reachable from `entry` through relative imports (type-only imports included). */
function reachableImports(entry: string): { files: string[]; external: string[] } {
  const files = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    // TypeScript's own pre-parser: import/export/dynamic-import specifiers, comments (TSDoc examples) ignored.
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else external.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].sort(), external: [...external].sort() };
}

test('public surface of @tn/zfs/health', async () => {
  expect(Object.keys(await import('./health.js')).sort()).toMatchInlineSnapshot(`
    [
      "HEALTH_SEVERITY",
      "HealthFindings",
      "POOL_STATE_HEALTH",
      "PoolHealthLevelSchema",
      "PoolHealthSummarySchema",
      "VDEV_STATE_HEALTH",
      "poolStateHealth",
      "vdevStateHealth",
      "worseHealth",
    ]
  `);
});

test('behavior: @tn/zfs/health is browser-safe (only zod, no node builtins)', () => {
  const { files, external } = reachableImports(join(here, 'health.ts'));
  expect(files.length).toBeGreaterThan(3);
  const builtins = new Set(builtinModules);
  expect(external.filter((s) => s.startsWith('node:') || builtins.has(s.split('/')[0] as string))).toEqual([]);
  expect(external).toEqual(['zod']);
});

test('behavior: the import scan sees node imports', () => {
  // guards the regex: this very file imports node builtins
  expect(reachableImports(fileURLToPath(import.meta.url)).external).toContain('node:fs');
});

test('behavior: @tn/zfs re-exports the same objects', async () => {
  const health = await import('./health.js');
  const index = await import('./index.js');
  expect(index.POOL_STATE_HEALTH).toBe(health.POOL_STATE_HEALTH);
  expect(index.HealthFindings).toBe(health.HealthFindings);
  expect(index.PoolHealthLevelSchema).toBe(health.PoolHealthLevelSchema);
});
