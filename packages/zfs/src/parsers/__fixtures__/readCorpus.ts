import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Test helper (not a fixture): where the shared corpus lives. It is read in place, never copied into the repo:
 * `<repo>/../shared/zfs-corpus`.
 *
 * @internal
 */
export const CORPUS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../../shared/zfs-corpus',
);

/**
 * Test helper: reads one corpus file.
 *
 * @internal
 */
export function readCorpus(dir: string, file: string): string {
  return readFileSync(path.join(CORPUS_DIR, dir, file), 'utf8');
}

/**
 * Test helper: reads one hand-written fixture of this folder.
 *
 * @internal
 */
export function readFixture(...parts: string[]): string {
  return readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), ...parts), 'utf8');
}
