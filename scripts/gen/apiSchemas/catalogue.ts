// The generator's input: the reference catalogue (../shared/truenas-api/methods.json) plus the methods it lacks,
// written by hand in supplementaryMethods.json (same entry shape, each with a `source` saying where it was read).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodEntry } from './methodsJson.js';

/** The hand-written entries (beside this file). */
export const supplementaryMethodsPath = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'supplementaryMethods.json',
);

/**
 * Appends the supplementary entries to the catalogue. A method in both is an error: the reference wins by being
 * fixed at its source, not by being shadowed here.
 *
 * @param catalogue the parsed methods.json
 * @param supplementary the parsed supplementaryMethods.json
 */
export function mergeSupplementary(catalogue: MethodEntry[], supplementary: MethodEntry[]): MethodEntry[] {
  const known = new Set(catalogue.map((e) => e.method));
  for (const entry of supplementary) {
    if (known.has(entry.method)) {
      throw new Error(
        `${entry.method} is in methods.json now: remove it from ${path.basename(supplementaryMethodsPath)}`,
      );
    }
    known.add(entry.method);
  }
  return [...catalogue, ...supplementary];
}

/**
 * Reads methods.json and the supplementary entries and merges them.
 *
 * @param methodsJsonPath where methods.json is
 * @param supplementaryPath where the hand-written entries are (default: {@link supplementaryMethodsPath})
 */
export function loadCatalogue(methodsJsonPath: string, supplementaryPath = supplementaryMethodsPath): MethodEntry[] {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as MethodEntry[];
  return mergeSupplementary(read(methodsJsonPath), read(supplementaryPath));
}
