// Renders the built schemas as TypeScript files: one `<namespace>.schemas.ts` per namespace, `common.schemas.ts` for
// models shared between namespaces, the method table, and the re-export block of `schemas.ts`.
import type { BuiltSchemas, MethodDefinition, MethodSummary } from './buildSchemas.js';
import { docComment, literal } from './naming.js';
import { BEGIN, END, GENERATED_DIR, HEADER, METHOD_TABLE_PATH, type RenderedFile } from './output.js';
import { renderSchemasEntry } from './renderSchemasEntry.js';
import type { Helper, ModelDefinition } from './zodEmitter.js';

const HELPER_IMPORTS: Record<Helper, string> = {
  compileWhenHot: '../methods/compileWhenHot.js',
  DateTimeSchema: '../methods/dateTimeSchema.js',
  openEnum: '../methods/openEnum.js',
  otherVariant: '../methods/otherVariant.js',
  zfsProperty: '../zfsProperty/zfsPropertySchema.js',
};

const IMPORT_FROM = '@tn/api/schemas';

function exampleImport(names: string[], typeOnly = false): string {
  return `import ${typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from '${IMPORT_FROM}';`;
}

function modelDoc(def: ModelDefinition): string[] {
  const what = def.model ? `the \`${def.model}\` model` : `an entry of \`${def.origin}\``;
  const schemaDoc =
    def.mode === 'params'
      ? docComment(`Strict schema of ${what} inside params (unknown keys rejected; from \`${def.origin}\`).`, [
          exampleImport([def.name]),
          '',
          `const value = ${def.name}.parse(input);`,
        ])
      : docComment(`Loose schema of ${what} inside results (unknown keys kept; from \`${def.origin}\`).`, [
          exampleImport([def.name]),
          '',
          `const value = ${def.name}.parse(raw);`,
        ]);
  const typeDoc = docComment(`Parsed output of {@link ${def.name}}.`, [
    exampleImport([def.typeName], true),
    '',
    `declare const value: ${def.typeName};`,
  ]);
  // Strict (params-side) models get no type alias: the method's `...Params` type covers callers, and every alias
  // costs type-checking time.
  if (def.mode === 'params') return [schemaDoc, `export const ${def.name} = ${def.code};`, ''];
  return [
    schemaDoc,
    `export const ${def.name} = ${def.code};`,
    '',
    typeDoc,
    `export type ${def.typeName} = z.output<typeof ${def.name}>;`,
    '',
  ];
}

function methodDoc(def: MethodDefinition): string[] {
  const where = def.latest ? '' : ` on ${def.version}, where it differs from the latest version`;
  const about = def.summary ? ` ${def.summary}` : '';
  const line =
    def.kind === 'params'
      ? `Positional params of \`${def.method}\`${where} (strict: unknown keys and wrong types are rejected).${about}`
      : `Result of \`${def.method}\`${where} (loose: unknown keys are kept${def.job ? "; a job: this is the job's result" : ''}).${about}`;
  const example =
    def.kind === 'params'
      ? [exampleImport([def.name]), '', `const params = ${def.name}.parse(args);`]
      : [exampleImport([def.name]), '', `const result = ${def.name}.parse(raw);`];
  const typeLine =
    def.kind === 'params'
      ? `Params of \`${def.method}\`${def.latest ? '' : ` on ${def.version}`}, as callers write them (input of {@link ${def.name}}).`
      : `Result of \`${def.method}\`${def.latest ? '' : ` on ${def.version}`} after parsing (output of {@link ${def.name}}).`;
  const infer = def.kind === 'params' ? 'z.input' : 'z.output';
  return [
    docComment(line, example),
    `export const ${def.name} = ${def.code};`,
    '',
    docComment(typeLine, [exampleImport([def.typeName], true), '', `declare const value: ${def.typeName};`]),
    `export type ${def.typeName} = ${infer}<typeof ${def.name}>;`,
    '',
  ];
}

function importLines(helpers: Set<Helper>, shared: Set<string>): string[] {
  const lines = ["import { z } from 'zod';"];
  const byPath = new Map<string, string[]>();
  for (const helper of helpers) {
    const path = HELPER_IMPORTS[helper];
    byPath.set(path, [...(byPath.get(path) ?? []), helper]);
  }
  if (shared.size > 0) byPath.set('./common.schemas.js', [...shared]);
  for (const path of [...byPath.keys()].sort()) {
    const names = (byPath.get(path) as string[]).sort();
    lines.push(`import { ${names.join(', ')} } from '${path}';`);
  }
  return lines;
}

function renderSchemaFile(stem: string, built: BuiltSchemas): RenderedFile {
  const models = built.models.filter((m) => built.placement.get(m.name) === stem);
  const defs = built.methodDefs
    .filter((d) => d.file === stem)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const helpers = new Set<Helper>();
  const shared = new Set<string>();
  for (const item of [...models, ...defs]) {
    for (const h of item.helpers) helpers.add(h);
    for (const d of item.deps) if (stem !== 'common' && built.placement.get(d) === 'common') shared.add(d);
  }
  const body = [...models.flatMap(modelDoc), ...defs.flatMap(methodDoc)];
  const content = [...HEADER, BEGIN, ...importLines(helpers, shared), '', ...body, END, ''].join('\n');
  return { path: `${GENERATED_DIR}/${stem}.schemas.ts`, content };
}

function versionMap(map: Partial<Record<string, string>>, prefix = ''): string {
  return `{ ${Object.entries(map)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([v, name]) => `${literal(v)}: ${prefix}${name}`)
    .join(', ')} }`;
}

function tableEntry(m: MethodSummary): { value: string; type: string } {
  const latest = m.publicIn[m.publicIn.length - 1] as string;
  const params = m.params[latest as keyof typeof m.params] as string;
  const result = m.result[latest as keyof typeof m.result] as string;
  const versions = `[${m.publicIn.map(literal).join(', ')}]`;
  const names = `[${m.paramNames.map(literal).join(', ')}]`;
  const value = [
    `job: ${m.job}`,
    `versions: ${versions}`,
    `params: ${params}`,
    `result: ${result}`,
    `paramNames: ${names}`,
  ];
  const type = [
    `job: ${m.job}`,
    `versions: readonly ${versions}`,
    `params: typeof ${params}`,
    `result: typeof ${result}`,
    `paramNames: readonly ${names}`,
  ];
  const differs = (map: Partial<Record<string, string>>) => new Set(Object.values(map)).size > 1;
  for (const [key, map] of [
    ['paramsByVersion', m.params],
    ['resultByVersion', m.result],
  ] as const) {
    if (!differs(map)) continue;
    value.push(`${key}: ${versionMap(map)}`);
    type.push(`${key}: ${versionMap(map, 'typeof ')}`);
  }
  if (Object.keys(m.paramNamesByVersion).length > 0) {
    const byVersion = Object.entries(m.paramNamesByVersion)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([v, list]) => `${literal(v)}: [${(list as string[]).map(literal).join(', ')}]`);
    value.push(`paramNamesByVersion: { ${byVersion.join(', ')} }`);
    type.push(`paramNamesByVersion: { ${byVersion.map((e) => e.replace(': [', ': readonly [')).join('; ')} }`);
  }
  if (m.privateIn.length > 0) {
    const list = `[${m.privateIn.map(literal).join(', ')}]`;
    value.push(`privateIn: ${list}`);
    type.push(`privateIn: readonly ${list}`);
  }
  return {
    value: `  ${literal(m.method)}: { ${value.join(', ')} },`,
    type: `  ${literal(m.method)}: { ${type.join('; ')} };`,
  };
}

function renderMethodTable(built: BuiltSchemas): RenderedFile {
  const methods = [...built.methods].sort((a, b) => (a.method < b.method ? -1 : 1));
  const byFile = new Map<string, Set<string>>();
  for (const m of methods) {
    const set = byFile.get(m.file) ?? new Set<string>();
    for (const name of [...Object.values(m.params), ...Object.values(m.result)]) set.add(name as string);
    byFile.set(m.file, set);
  }
  const imports = [...byFile.keys()]
    .sort()
    .map(
      (file) =>
        `import { ${[...(byFile.get(file) as Set<string>)].sort().join(', ')} } from '../generated/${file}.schemas.js';`,
    );
  const entries = methods.map(tableEntry);
  const typeDoc = docComment(
    'Type of {@link methodTable}, spelled out so declaration files reference the schemas by name.',
    ["import type { MethodTable } from '@tn/api/schemas';", '', "type Create = MethodTable['pool.dataset.create'];"],
  );
  const doc = docComment(
    'Every method of the schema layer: job flag, public versions, params/result schemas (latest version) and, where versions differ, the schemas per version.',
    [
      "import { methodTable } from '@tn/api/schemas';",
      '',
      "methodTable['pool.dataset.create'].params.parse([{ name: 'tank/data' }]);",
    ],
  );
  const content = [
    ...HEADER,
    BEGIN,
    ...imports,
    '',
    typeDoc,
    'export type MethodTable = {',
    ...entries.map((e) => e.type),
    '};',
    '',
    doc,
    'export const methodTable: MethodTable = {',
    ...entries.map((e) => e.value),
    '};',
    END,
    '',
  ].join('\n');
  return { path: METHOD_TABLE_PATH, content };
}

/** Renders all files. */
export function renderAll(built: BuiltSchemas): RenderedFile[] {
  const stems = new Set<string>(built.methodDefs.map((d) => d.file));
  for (const file of built.placement.values()) stems.add(file);
  const sorted = [...stems].sort();
  const files = sorted.map((stem) => renderSchemaFile(stem, built));
  files.push(renderMethodTable(built));
  files.push(renderSchemasEntry(built, sorted));
  return files;
}
