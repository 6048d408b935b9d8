// Reads `methods.json` (the middleware method catalogue in ../shared/truenas-api) and resolves, per method, the
// shape the server uses in each version: the top-level `params`/`result` describe one version and an optional
// `v25_04`/`v25_10` block describes the other one where it differs.

/** A server version this SDK models. */
export type ServerVersion = '25.04' | '25.10';

/** Every version, oldest first. */
export const SERVER_VERSIONS: readonly ServerVersion[] = ['25.04', '25.10'];

/** Numeric constraints and string/array lengths, as pydantic declares them. */
export type Constraints = {
  min_length?: number;
  max_length?: number;
  ge?: number;
  gt?: number;
  le?: number;
  lt?: number;
  pattern?: string;
};

/** An object model: named (`model`) or anonymous. */
export type ObjectShape = {
  model?: string;
  fields?: FieldNode[];
  partial?: boolean;
  all_fields_optional?: boolean;
  extra_fields?: string;
};

/** One parameter, field or result in methods.json. */
export type FieldNode = ObjectShape & {
  name: string;
  type: string;
  required?: boolean;
  default?: unknown;
  enum?: unknown[];
  variants?: ObjectShape[];
  items?: ObjectShape;
  items_enum?: unknown[];
  items_variants?: ObjectShape[];
  values?: ObjectShape;
  constraints?: Constraints;
  may_be_absent?: boolean;
  secret?: boolean;
  ref?: string;
  doc?: string;
};

type VersionBlock = {
  job?: boolean;
  private?: boolean;
  schema_style?: string;
  params?: FieldNode[] | null;
  result?: FieldNode | null;
};

/** One entry of methods.json (only the keys the generator reads). */
export type MethodEntry = VersionBlock & {
  method: string;
  present_in: ServerVersion[];
  job: boolean;
  private: boolean;
  doc?: string;
  notes?: string[];
  v25_04?: VersionBlock;
  v25_10?: VersionBlock;
};

/** The shape of a method in one version. */
export type VersionShape = {
  version: ServerVersion;
  params: FieldNode[];
  result: FieldNode | null;
  job: boolean;
  /** True when the params are validated by pydantic (`str_max_length=1024`), false for 25.04 legacy schemas. */
  pydantic: boolean;
  /** True when this shape comes from a `v25_04`/`v25_10` block rather than the top level. */
  fromBlock: boolean;
};

/** A method resolved for code generation. */
export type ResolvedMethod = {
  method: string;
  doc: string | undefined;
  job: boolean;
  /** Versions where the method exists and is public, oldest first. */
  publicIn: ServerVersion[];
  /** Versions where the method exists but is private (callable, undocumented, often schema-less). */
  privateIn: ServerVersion[];
  /** The shape in each public version. */
  shapes: Partial<Record<ServerVersion, VersionShape>>;
  /** The top-level shape, used to borrow hints (datetime, nullability) for a block's legacy result. */
  top: VersionShape;
};

const NAMESPACES = new Set([
  'system',
  'pool',
  'pool.dataset',
  'pool.snapshot',
  'zfs.snapshot',
  'pool.scrub',
  'sharing.nfs',
  'sharing.smb',
  'iscsi.global',
  'iscsi.portal',
  'iscsi.initiator',
  'iscsi.auth',
  'iscsi.target',
  'iscsi.extent',
  'iscsi.targetextent',
  'nvmet.global',
  'nvmet.host',
  'nvmet.subsys',
  'nvmet.namespace',
  'nvmet.port',
  'nvmet.host_subsys',
  'nvmet.port_subsys',
  'alert',
  'disk',
  'service',
]);
const EXTRA_METHODS = new Set(['core.get_jobs', 'core.job_abort', 'core.job_wait', 'replication.run_onetime']);

/** The namespace of a method: everything before the last dot. */
export function namespaceOf(method: string): string {
  return method.slice(0, method.lastIndexOf('.'));
}

/** True for the methods this layer covers. */
export function isSelected(method: string): boolean {
  return NAMESPACES.has(namespaceOf(method)) || EXTRA_METHODS.has(method);
}

function blockKey(version: ServerVersion): 'v25_04' | 'v25_10' {
  return version === '25.04' ? 'v25_04' : 'v25_10';
}

/** The version the top-level `params`/`result` describe: the other one has the block. */
function topVersion(entry: MethodEntry): ServerVersion | null {
  if (entry.v25_04 && entry.v25_10) throw new Error(`${entry.method}: both version blocks present`);
  if (entry.v25_04) return '25.10';
  if (entry.v25_10) return '25.04';
  return null;
}

function isPydantic(style: string | undefined): boolean {
  return style === 'pydantic';
}

/**
 * Resolves one entry. Returns null for methods with no public version (private everywhere, usually schema-less).
 * A block without `result` (legacy methods without `@returns`) borrows the top-level result: methods.json notes that
 * field names are identical there.
 */
export function resolveMethod(entry: MethodEntry): ResolvedMethod | null {
  const primary = topVersion(entry);
  const top: VersionShape = {
    version: primary ?? entry.present_in[entry.present_in.length - 1] ?? '25.10',
    params: entry.params ?? [],
    result: entry.result ?? null,
    job: entry.job,
    pydantic: isPydantic(entry.schema_style),
    fromBlock: false,
  };
  const publicIn: ServerVersion[] = [];
  const privateIn: ServerVersion[] = [];
  const shapes: Partial<Record<ServerVersion, VersionShape>> = {};
  for (const version of SERVER_VERSIONS) {
    if (!entry.present_in.includes(version)) continue;
    const block = primary !== null && version !== primary ? entry[blockKey(version)] : undefined;
    const isPrivate = block?.private ?? entry.private;
    const params = block ? block.params : entry.params;
    if (isPrivate || params === null || params === undefined) {
      privateIn.push(version);
      continue;
    }
    publicIn.push(version);
    shapes[version] = block
      ? {
          version,
          params,
          result: block.result ?? entry.result ?? null,
          job: block.job ?? entry.job,
          pydantic: isPydantic(block.schema_style),
          fromBlock: true,
        }
      : { ...top, version };
  }
  if (publicIn.length === 0) return null;
  const latest = publicIn[publicIn.length - 1] as ServerVersion;
  return {
    method: entry.method,
    doc: entry.doc,
    job: (shapes[latest] as VersionShape).job,
    publicIn,
    privateIn,
    shapes,
    top,
  };
}
