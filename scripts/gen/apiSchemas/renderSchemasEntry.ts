// Renders `packages/api/src/schemas.ts`, the `@tn/api/schemas` entry.
import type { BuiltSchemas } from './buildSchemas.js';
import { BEGIN, END, HEADER, type RenderedFile, SCHEMAS_ENTRY_PATH } from './output.js';

/** Exports of hand-written modules that `@tn/api/schemas` re-exports beside the generated schemas. */
const HAND_WRITTEN_EXPORTS: readonly [string, string[]][] = [
  ['./methods/compileWhenHot.js', ['compileWhenHot']],
  ['./methods/dateTimeSchema.js', ['type DateTimeInput', 'DateTimeSchema']],
  [
    './methods/methodNotSupportedError.js',
    [
      'MethodNotSupportedError',
      'type MethodNotSupportedErrorParameters',
      'type MethodNotSupportedErrorType',
      'type NotSupportedReason',
    ],
  ],
  [
    './methods/methodSpec.js',
    [
      'isMethodName',
      'type MethodName',
      'type MethodNotSupported',
      'type MethodSpec',
      'methodSpec',
      'type ParamsSchemaOf',
      'type ResultSchemaOf',
      'requireMethodSpec',
    ],
  ],
  ['./methods/methodTable.js', ['type MethodTable', 'methodTable']],
  ['./methods/openEnum.js', ['openEnum']],
  ['./methods/otherVariant.js', ['otherVariant']],
  [
    './methods/paramsValidationError.js',
    ['ParamsValidationError', 'type ParamsValidationErrorParameters', 'type ParamsValidationErrorType'],
  ],
  ['./methods/parseMethod.js', ['parseMethodParams', 'parseMethodResult']],
  [
    './methods/resultValidationError.js',
    ['ResultValidationError', 'type ResultValidationErrorParameters', 'type ResultValidationErrorType'],
  ],
  ['./methods/serverVersion.js', ['SERVER_VERSIONS', 'type ServerVersion', 'toServerVersion']],
  ['./methods/validationIssues.js', ['type ValidationIssue']],
  [
    './zfsProperty/zfsPropertySchema.js',
    ['parsedNumber', 'propertyValue', 'type ZfsProperty', 'ZfsPropertySourceSchema', 'zfsProperty'],
  ],
];

/**
 * `schemas.ts`, the `@tn/api/schemas` entry: explicit named re-exports (no `export *`) of the generated schemas and
 * of the hand-written helpers listed in {@link HAND_WRITTEN_EXPORTS}.
 */
export function renderSchemasEntry(built: BuiltSchemas, files: string[]): RenderedFile {
  const lines: string[] = [];
  const key = (n: string) => n.replace(/^type /, '');
  const byKey = (a: string, b: string) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  for (const stem of files) {
    const names: string[] = [];
    for (const m of built.models) {
      if (built.placement.get(m.name) !== stem) continue;
      names.push(m.name);
      if (m.mode === 'result') names.push(`type ${m.typeName}`);
    }
    for (const d of built.methodDefs) if (d.file === stem) names.push(d.name, `type ${d.typeName}`);
    lines.push(`export { ${names.sort(byKey).join(', ')} } from './generated/${stem}.schemas.js';`);
  }
  for (const [path, names] of HAND_WRITTEN_EXPORTS) lines.push(`export { ${names.join(', ')} } from '${path}';`);
  const content = [
    ...HEADER,
    '//',
    '// `@tn/api/schemas`: the zod schemas of the TrueNAS methods the SDK covers, the method table mapping a method and a',
    '// server version to its schemas, the validation errors, and the helpers the generated schemas use. Used by the API',
    '// wrappers and by @tn/mock (params validation of its storage emulation). To export another hand-written module,',
    '// add it to HAND_WRITTEN_EXPORTS in scripts/gen/apiSchemas/render.ts and regenerate.',
    BEGIN,
    ...lines,
    END,
    '',
  ].join('\n');
  return { path: SCHEMAS_ENTRY_PATH, content };
}
