import type { z } from 'zod';
import { MethodNotSupportedError, type NotSupportedReason } from './methodNotSupportedError.js';
import { type MethodTable, methodTable } from './methodTable.js';
import type { ServerVersion } from './serverVersion.js';

/**
 * A method the schema layer covers, e.g. `'pool.dataset.create'`.
 *
 * @example
 * ```ts
 * import type { MethodName } from '@tn/api/schemas';
 *
 * const method: MethodName = 'pool.dataset.query';
 * ```
 */
export type MethodName = keyof MethodTable;

/**
 * The params schema of method `M` on version `V`.
 *
 * @example
 * ```ts
 * import type { ParamsSchemaOf } from '@tn/api/schemas';
 *
 * type CreateParams = ParamsSchemaOf<'pool.dataset.create', '25.04'>;
 * ```
 */
export type ParamsSchemaOf<M extends MethodName, V extends ServerVersion = ServerVersion> = MethodTable[M] extends {
  paramsByVersion: infer ByVersion;
}
  ? V extends keyof ByVersion
    ? ByVersion[V]
    : MethodTable[M]['params']
  : MethodTable[M]['params'];

/**
 * The result schema of method `M` on version `V`.
 *
 * @example
 * ```ts
 * import type { ResultSchemaOf } from '@tn/api/schemas';
 *
 * type QueryResult = ResultSchemaOf<'pool.query', '25.10'>;
 * ```
 */
export type ResultSchemaOf<M extends MethodName, V extends ServerVersion = ServerVersion> = MethodTable[M] extends {
  resultByVersion: infer ByVersion;
}
  ? V extends keyof ByVersion
    ? ByVersion[V]
    : MethodTable[M]['result']
  : MethodTable[M]['result'];

/**
 * The schemas of a method on one server version.
 *
 * @example
 * ```ts
 * import { methodSpec } from '@tn/api/schemas';
 *
 * const spec = methodSpec('pool.dataset.create', '25.10');
 * if (spec.supported) spec.params.parse([{ name: 'tank/data' }]);
 * ```
 */
export type MethodSpec<M extends MethodName = MethodName, V extends ServerVersion = ServerVersion> = {
  supported: true;
  method: M;
  version: V;
  /** True for job methods; `result` is then the job's result, not the job id. */
  job: boolean;
  /** Strict schema of the positional params (a tuple). */
  params: ParamsSchemaOf<M, V>;
  /** Loose schema of the result. */
  result: ResultSchemaOf<M, V>;
  /** Names of the positional params on that version, for error paths such as `data.name` (25.04 legacy methods
   * used other names, e.g. `pool_dataset_create`). */
  paramNames: readonly string[];
};

/**
 * The "not supported" signal of {@link methodSpec}: the method cannot be used on that version.
 *
 * @example
 * ```ts
 * import { methodSpec } from '@tn/api/schemas';
 *
 * const spec = methodSpec('pool.snapshot.query', '25.04');
 * if (!spec.supported) console.log(spec.reason, spec.replacement); // 'absent' 'zfs.snapshot.query'
 * ```
 */
export type MethodNotSupported = {
  supported: false;
  method: string;
  version: ServerVersion;
  reason: NotSupportedReason;
  /** The method to use instead on that version (`zfs.snapshot.*` <-> `pool.snapshot.*`), if any. */
  replacement: MethodName | undefined;
};

type AnyEntry = {
  job: boolean;
  versions: readonly ServerVersion[];
  params: z.ZodType;
  result: z.ZodType;
  paramNames: readonly string[];
  paramNamesByVersion?: Partial<Record<ServerVersion, readonly string[]>>;
  paramsByVersion?: Partial<Record<ServerVersion, z.ZodType>>;
  resultByVersion?: Partial<Record<ServerVersion, z.ZodType>>;
  privateIn?: readonly ServerVersion[];
};

const table: Record<MethodName, AnyEntry> = methodTable;
const RENAMES: readonly [string, string][] = [
  ['zfs.snapshot.', 'pool.snapshot.'],
  ['pool.snapshot.', 'zfs.snapshot.'],
];

/**
 * True when `name` is a method of the schema layer.
 *
 * @example
 * ```ts
 * import { isMethodName } from '@tn/api/schemas';
 *
 * isMethodName('pool.query'); // true
 * isMethodName('pool.nope'); // false
 * ```
 */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(table, name);
}

function replacementFor(method: string, version: ServerVersion): MethodName | undefined {
  for (const [from, to] of RENAMES) {
    if (!method.startsWith(from)) continue;
    const candidate = to + method.slice(from.length);
    if (isMethodName(candidate) && table[candidate].versions.includes(version)) return candidate;
  }
  return undefined;
}

/**
 * The schemas of `method` on server `version`, or a {@link MethodNotSupported} signal when the method is absent or
 * private there (`nvmet.*` and `pool.snapshot.*` on 25.04, `zfs.snapshot.*` on 25.10).
 *
 * @param method a method of the table (other strings give `reason: 'unknown'`)
 * @param version the server's release line (see `toServerVersion`)
 *
 * @example
 * ```ts
 * import { methodSpec } from '@tn/api/schemas';
 *
 * const spec = methodSpec('sharing.smb.create', '25.04');
 * if (spec.supported) spec.params.parse([{ name: 'share', path: '/mnt/tank/share' }]);
 * ```
 */
export function methodSpec<M extends MethodName, V extends ServerVersion>(
  method: M,
  version: V,
): MethodSpec<M, V> | MethodNotSupported {
  if (!isMethodName(method)) {
    return { supported: false, method, version, reason: 'unknown', replacement: undefined };
  }
  const entry = table[method];
  if (!entry.versions.includes(version)) {
    const reason = entry.privateIn?.includes(version) ? 'private' : 'absent';
    return { supported: false, method, version, reason, replacement: replacementFor(method, version) };
  }
  return {
    supported: true,
    method,
    version,
    job: entry.job,
    params: (entry.paramsByVersion?.[version] ?? entry.params) as ParamsSchemaOf<M, V>,
    result: (entry.resultByVersion?.[version] ?? entry.result) as ResultSchemaOf<M, V>,
    paramNames: entry.paramNamesByVersion?.[version] ?? entry.paramNames,
  };
}

/**
 * Like {@link methodSpec}, but throws {@link MethodNotSupportedError} instead of returning the signal.
 *
 * @example
 * ```ts
 * import { requireMethodSpec } from '@tn/api/schemas';
 *
 * const { params } = requireMethodSpec('nvmet.host.create', '25.10');
 * params.parse([{ hostnqn: 'nqn.2014-08.org.nvmexpress:uuid:0' }]);
 * ```
 */
export function requireMethodSpec<M extends MethodName, V extends ServerVersion>(
  method: M,
  version: V,
): MethodSpec<M, V> {
  const spec = methodSpec(method, version);
  if (!spec.supported) throw new MethodNotSupportedError(spec);
  return spec;
}
