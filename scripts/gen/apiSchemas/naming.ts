// Names and doc text for generated code.

/** `pool.dataset.create` -> `PoolDatasetCreate`; `core.get_jobs` -> `CoreGetJobs`. */
export function pascalCase(dotted: string): string {
  return dotted
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((part) => (part[0] as string).toUpperCase() + part.slice(1))
    .join('');
}

/** `pool.dataset` -> `poolDataset`; `nvmet.host_subsys` -> `nvmetHostSubsys`. */
export function camelCase(dotted: string): string {
  const pascal = pascalCase(dotted);
  return pascal[0]?.toLowerCase() + pascal.slice(1);
}

/** A model name usable as an identifier prefix: `iSCSITargetCreate` -> `ISCSITargetCreate`. */
export function modelIdentifier(model: string): string {
  const cleaned = model.replace(/[^A-Za-z0-9_]/g, '');
  return (cleaned[0] as string).toUpperCase() + cleaned.slice(1);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object key as source text: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A value as source text with single quotes (biome's style). */
export function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return JSON.stringify(value);
}

/**
 * The first sentence of a middleware docstring, safe inside a TSDoc comment: RST directives (`.. examples::`) and
 * code blocks are cut, `*\/` and `@` are escaped, and the text is capped at 160 characters.
 */
export function summarize(doc: string | undefined): string | undefined {
  if (!doc) return undefined;
  let text = doc.split(/\s\.\.\s|\n\s*\n|:::/)[0] ?? '';
  text = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.{12,}?[.!?])(\s|$)/.exec(text);
  if (sentence) text = sentence[1] as string;
  if (text.length > 160) text = `${text.slice(0, 157).trimEnd()}...`;
  text = text
    .replace(/\*\//g, '*\\/')
    .replace(/@/g, '\\@')
    .replace(/[{}]/g, (c) => `\\${c}`);
  return text.length > 0 ? text : undefined;
}

/** A TSDoc block: summary lines, then an `@example` with a TypeScript fence. */
export function docComment(summary: string, example: string[]): string {
  const lines = [
    '/**',
    ` * ${summary}`,
    ' *',
    ' * @example',
    ' * ```ts',
    ...example.map((l) => ` * ${l}`.trimEnd()),
    ' * ```',
    ' */',
  ];
  return lines.join('\n');
}
