// Walks the selected methods and emits, for each public version, a params tuple and a result schema. Versions whose
// schema is textually identical to the latest one share its const.
import {
  type FieldNode,
  isSelected,
  type MethodEntry,
  namespaceOf,
  type ResolvedMethod,
  resolveMethod,
  type ServerVersion,
  type VersionShape,
} from './methodsJson.js';
import { camelCase, pascalCase, summarize } from './naming.js';
import { type Helper, type ModelDefinition, SchemaRegistry } from './zodEmitter.js';

/** A method-level const (`...ParamsSchema` or `...ResultSchema`). */
export type MethodDefinition = {
  name: string;
  typeName: string;
  code: string;
  deps: Set<string>;
  helpers: Set<Helper>;
  file: string;
  kind: 'params' | 'result';
  method: string;
  version: ServerVersion;
  latest: boolean;
  /** True for job methods: the result schema describes the job's result, not the job id. */
  job: boolean;
  summary: string | undefined;
};

/** What the method table needs about one method. */
export type MethodSummary = {
  method: string;
  file: string;
  job: boolean;
  publicIn: ServerVersion[];
  privateIn: ServerVersion[];
  paramNames: string[];
  /** Param names per version, when they differ (the server prefixes error paths with them). */
  paramNamesByVersion: Partial<Record<ServerVersion, string[]>>;
  params: Partial<Record<ServerVersion, string>>;
  result: Partial<Record<ServerVersion, string>>;
};

/** Everything the renderer needs. */
export type BuiltSchemas = {
  models: ModelDefinition[];
  /** Model const name -> file stem (`common` when shared by several files). */
  placement: Map<string, string>;
  methodDefs: MethodDefinition[];
  methods: MethodSummary[];
};

const PRIMITIVE = /^z\.(null|string|boolean|number|int|unknown)\(\)(\.nullable\(\))?$/;

/** `2504` for 25.04. */
export function versionTag(version: ServerVersion): string {
  return version.replace('.', '');
}

function fileOf(method: string): string {
  return camelCase(namespaceOf(method));
}

function isQuery(method: string): boolean {
  return /\.(query|get_jobs)$/.test(method);
}

function reservedNames(methods: ResolvedMethod[]): Set<string> {
  const reserved = new Set<string>();
  for (const m of methods) {
    const base = pascalCase(m.method);
    for (const kind of ['Params', 'Result']) {
      for (const tag of ['', '2504', '2510']) {
        reserved.add(`${base}${kind}${tag}`);
        reserved.add(`${base}${kind}${tag}Schema`);
      }
    }
  }
  return reserved;
}

function trailingOptional(params: FieldNode[]): boolean[] {
  const optional = params.map(() => false);
  for (let i = params.length - 1; i >= 0 && !(params[i] as FieldNode).required; i--) optional[i] = true;
  return optional;
}

/** Builds every schema of the selected methods. Deterministic: the same input gives the same output. */
export function buildSchemas(entries: MethodEntry[]): BuiltSchemas {
  const resolved = entries
    .filter((e) => isSelected(e.method))
    .map(resolveMethod)
    .filter((m): m is ResolvedMethod => m !== null)
    // Query methods first in each file: their entry models then get the natural names and later results reuse them.
    .sort((a, b) => {
      const fa = fileOf(a.method);
      const fb = fileOf(b.method);
      if (fa !== fb) return fa < fb ? -1 : 1;
      const qa = isQuery(a.method) ? 0 : 1;
      const qb = isQuery(b.method) ? 0 : 1;
      if (qa !== qb) return qa - qb;
      return a.method < b.method ? -1 : a.method > b.method ? 1 : 0;
    });
  const registry = new SchemaRegistry(reservedNames(resolved));
  const methodDefs: MethodDefinition[] = [];
  const methods: MethodSummary[] = [];
  for (const m of resolved) {
    const base = pascalCase(m.method);
    const file = fileOf(m.method);
    const latest = m.publicIn[m.publicIn.length - 1] as ServerVersion;
    const summary: MethodSummary = {
      method: m.method,
      file,
      job: m.job,
      publicIn: m.publicIn,
      privateIn: m.privateIn,
      paramNames: (m.shapes[latest] as VersionShape).params.map((p) => p.name),
      paramNamesByVersion: {},
      params: {},
      result: {},
    };
    const latestCode: Record<'params' | 'result', string> = { params: '', result: '' };
    for (const version of [...m.publicIn].reverse()) {
      const shape = m.shapes[version] as VersionShape;
      const isLatest = version === latest;
      const tag = isLatest ? '' : versionTag(version);
      registry.origin = `${m.method} (${version})`;
      const optional = trailingOptional(shape.params);
      const paramsCtx = { mode: 'params' as const, pydantic: shape.pydantic, tag };
      const deps = new Set<string>();
      const helpers = new Set<Helper>();
      const items = shape.params.map((p, i) => {
        const out = registry.emit(p, paramsCtx);
        for (const d of out.deps) deps.add(d);
        for (const h of out.helpers) helpers.add(h);
        return optional[i] ? `${out.code}.optional()` : out.code;
      });
      const paramsOut = { code: `z.tuple([${items.join(', ')}])`, deps, helpers };
      const resultOut = shape.result
        ? registry.emit(
            shape.result,
            { mode: 'result', pydantic: shape.pydantic, tag },
            shape.fromBlock && m.top.result ? m.top.result : undefined,
            `${base}${tag}Entry`,
          )
        : { code: 'z.unknown()', deps: new Set<string>(), helpers: new Set<Helper>() };
      for (const [kind, out] of [
        ['params', paramsOut],
        ['result', resultOut],
      ] as const) {
        const Kind = kind === 'params' ? 'Params' : 'Result';
        if (!isLatest && out.code === latestCode[kind]) {
          summary[kind][version] = `${base}${Kind}Schema`;
          continue;
        }
        if (isLatest) latestCode[kind] = out.code;
        const typeName = `${base}${Kind}${tag}`;
        // Results holding objects are compiled once hot (see compileWhenHot): validating a large
        // query result then costs a fraction of the runtime parser's time. Primitive results are not worth it.
        let code = out.code;
        if (kind === 'result' && !PRIMITIVE.test(code)) {
          code = `compileWhenHot(${code})`;
          out.helpers.add('compileWhenHot');
        }
        summary[kind][version] = `${typeName}Schema`;
        methodDefs.push({
          name: `${typeName}Schema`,
          typeName,
          code,
          deps: out.deps,
          helpers: out.helpers,
          file,
          kind,
          method: m.method,
          version,
          latest: isLatest,
          job: shape.job,
          summary: summarize(m.doc),
        });
      }
    }
    const names = m.publicIn.map((v) => (m.shapes[v] as VersionShape).params.map((p) => p.name));
    if (new Set(names.map((n) => n.join('\u0000'))).size > 1) {
      m.publicIn.forEach((v, i) => {
        summary.paramNamesByVersion[v] = names[i] as string[];
      });
    }
    methods.push(summary);
  }
  return { models: registry.models, placement: placeModels(registry.models, methodDefs), methodDefs, methods };
}

/** A model lives in the one file that uses it, or in `common` when several files (or common models) do. */
function placeModels(models: ModelDefinition[], methodDefs: MethodDefinition[]): Map<string, string> {
  const users = new Map<string, Set<string>>();
  const addUser = (dep: string, user: string) => {
    const set = users.get(dep) ?? new Set<string>();
    set.add(user);
    users.set(dep, set);
  };
  for (const def of methodDefs) for (const dep of def.deps) addUser(dep, `file:${def.file}`);
  for (const model of models) for (const dep of model.deps) addUser(dep, `model:${model.name}`);
  const placement = new Map<string, string>();
  const place = (name: string): string => {
    const known = placement.get(name);
    if (known) return known;
    const files = new Set<string>();
    for (const user of users.get(name) ?? []) {
      files.add(user.startsWith('file:') ? user.slice(5) : place(user.slice(6)));
    }
    const file = files.size === 1 ? ([...files][0] as string) : 'common';
    placement.set(name, file);
    return file;
  };
  for (const model of models) place(model.name);
  return placement;
}
