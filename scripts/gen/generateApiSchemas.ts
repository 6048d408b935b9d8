// Generates the zod schemas of @tn/api from the middleware method catalogue.
//
//   node --import tsx scripts/gen/generateApiSchemas.ts
//
// Reads ../shared/truenas-api/methods.json (beside the repository) plus the methods it lacks
// (scripts/gen/apiSchemas/supplementaryMethods.json), applies the corrections of apiSchemas/methodPatches.ts and writes
// packages/api/src/generated/*.schemas.ts, packages/api/src/methods/methodTable.ts and packages/api/src/schemas.ts (the
// `@tn/api/schemas` entry). Output is formatted with the repository's biome config, so regenerating gives identical
// files (a test checks this).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSchemas } from './apiSchemas/buildSchemas.js';
import { loadCatalogue } from './apiSchemas/catalogue.js';
import { patchMethods } from './apiSchemas/methodPatches.js';
import type { MethodEntry } from './apiSchemas/methodsJson.js';
import { BEGIN, END, GENERATED_DIR, HEADER, type RenderedFile } from './apiSchemas/output.js';
import { renderAll } from './apiSchemas/render.js';

/** The repository root (two levels above this script). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The input catalogue. */
export const methodsJsonPath = path.resolve(repoRoot, '../shared/truenas-api/methods.json');

/** Formats the files with the repository's biome config in one run, in a temporary directory. */
function biomeFormat(files: RenderedFile[], root: string): RenderedFile[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'tn-gen-'));
  try {
    const flat = (file: RenderedFile) => path.join(dir, file.path.replace(/\//g, '__'));
    for (const file of files) writeFileSync(flat(file), file.content);
    const bin = path.join(root, 'node_modules/.bin/biome');
    execFileSync(bin, ['check', '--write', `--config-path=${path.join(root, 'biome.json')}`, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return files.map((file) => ({ path: file.path, content: readFileSync(flat(file), 'utf8') }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every import/export of a generated file must sit between the markers, also after biome sorted them. */
function checkMarkers(file: RenderedFile): void {
  const begin = file.content.indexOf(BEGIN);
  const end = file.content.indexOf(END);
  const firstStatement = file.content.search(/^(import|export) /m);
  if (begin === -1 || end === -1 || firstStatement < begin || file.content.slice(end + END.length).trim() !== '') {
    throw new Error(`${file.path}: generated content escaped the ${BEGIN} markers`);
  }
}

/**
 * Generates every file in memory, formatted. Nothing is written. The entries are patched first (see
 * `apiSchemas/methodPatches.ts`).
 *
 * @param options.methods the catalogue entries (default: methods.json from {@link methodsJsonPath} plus the
 *   supplementary entries)
 * @param options.root the repository root, for biome's config (default: {@link repoRoot})
 */
export async function generateApiSchemas(
  options: { methods?: MethodEntry[]; root?: string } = {},
): Promise<RenderedFile[]> {
  const root = options.root ?? repoRoot;
  const methods = options.methods ?? loadCatalogue(methodsJsonPath);
  const files = biomeFormat(renderAll(buildSchemas(patchMethods(methods))), root);
  for (const file of files) checkMarkers(file);
  return files;
}

/** Generated files currently on disk (those starting with the generated header), relative to the root. */
export function existingGeneratedFiles(root = repoRoot): string[] {
  const dir = path.join(root, GENERATED_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${GENERATED_DIR}/${name}`)
    .filter((file) => readFileSync(path.join(root, file), 'utf8').startsWith(HEADER[0] as string));
}

/** Generates and writes every file; removes generated files that are no longer produced. */
export async function writeApiSchemas(root = repoRoot): Promise<RenderedFile[]> {
  const files = await generateApiSchemas({ root });
  const produced = new Set(files.map((f) => f.path));
  for (const stale of existingGeneratedFiles(root)) if (!produced.has(stale)) rmSync(path.join(root, stale));
  for (const file of files) writeFileSync(path.join(root, file.path), file.content);
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await writeApiSchemas();
  console.log(`[tn] generated ${files.length} files from ${path.relative(repoRoot, methodsJsonPath)}`);
}
