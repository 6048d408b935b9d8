import { ZfsUsageError } from '../errors.js';

/**
 * Kinds of ZFS names. `dataset` covers filesystems and volumes, including a pool's root dataset (`tank`).
 *
 * @example
 * ```ts
 * import type { ZfsNameKind } from '@tn/zfs';
 *
 * const kinds: ZfsNameKind[] = ['dataset', 'snapshot'];
 * ```
 */
export type ZfsNameKind = 'pool' | 'dataset' | 'snapshot' | 'bookmark';

/** Longest name, in bytes (`ZFS_MAX_DATASET_NAME_LEN` is 256 including the NUL). */
const MAX_NAME_LENGTH = 255;
/** Longest pool name (libzfs keeps room for `$ORIGIN`-style internal names). */
const MAX_POOL_NAME_LENGTH = 239;
/** `valid_char()` of zfs_namecheck.c. */
const VALID_CHAR = /^[A-Za-z0-9_.: -]$/;
/** zpool_name_valid(): these prefixes (and `log`) are vdev keywords. */
const RESERVED_POOL_PREFIX = /^(?:mirror|raidz|draid|spare)/;

function componentProblem(component: string, what: string): string | undefined {
  if (component === '') return `empty ${what}`;
  if (component === '.' || component === '..') return `${what} cannot be "${component}"`;
  for (const char of component) {
    if (!VALID_CHAR.test(char)) return `invalid character ${JSON.stringify(char)} in ${what}`;
  }
  return undefined;
}

function poolProblem(pool: string): string | undefined {
  if (pool === '') return 'empty pool name';
  const problem = componentProblem(pool, 'pool name');
  if (problem) return problem;
  if (!/^[A-Za-z]/.test(pool)) return 'pool name must begin with a letter';
  if (pool.length > MAX_POOL_NAME_LENGTH) return `pool name is longer than ${MAX_POOL_NAME_LENGTH} characters`;
  if (pool === 'log' || RESERVED_POOL_PREFIX.test(pool)) return 'pool name is reserved';
  if (/^c[0-9]/.test(pool)) return 'pool name looks like a disk (c[0-9]...)';
  return undefined;
}

function datasetProblem(name: string): string | undefined {
  if (name.startsWith('/')) return 'leading slash';
  if (name.endsWith('/')) return 'trailing slash';
  const [pool = '', ...children] = name.split('/');
  const problem = poolProblem(pool);
  if (problem) return problem;
  for (const child of children) {
    const childProblem = componentProblem(child, 'dataset name component');
    if (childProblem) return childProblem;
  }
  return undefined;
}

function detectKind(name: string): ZfsNameKind {
  if (name.includes('@')) return 'snapshot';
  if (name.includes('#')) return 'bookmark';
  return 'dataset';
}

function nameProblem(name: string, kind: ZfsNameKind): string | undefined {
  if (name === '') return 'empty name';
  if (name.startsWith('-')) return 'a leading "-" would be read as an option';
  if (new TextEncoder().encode(name).length > MAX_NAME_LENGTH) return `longer than ${MAX_NAME_LENGTH} bytes`;
  if (kind === 'pool') return name.includes('/') ? 'a pool name cannot contain "/"' : poolProblem(name);
  if (kind === 'dataset') {
    if (name.includes('@') || name.includes('#')) return 'a dataset name cannot contain "@" or "#"';
    return datasetProblem(name);
  }
  const delimiter = kind === 'snapshot' ? '@' : '#';
  const other = kind === 'snapshot' ? '#' : '@';
  const parts = name.split(delimiter);
  if (parts.length !== 2) return `a ${kind} name needs exactly one "${delimiter}"`;
  if (name.includes(other)) return `a ${kind} name cannot contain "${other}"`;
  const [dataset = '', short = ''] = parts;
  const problem = datasetProblem(dataset);
  if (problem) return problem;
  if (short.includes('/')) return `"/" after "${delimiter}"`;
  return componentProblem(short, `${kind} name`);
}

/**
 * Checks a name against the ZFS naming rules (zfs_namecheck.c, libzfs `zpool_name_valid`) and says what is wrong.
 *
 * Rules: components of `A-Z a-z 0-9 _ - . :` and space; no empty, `.` or `..` components; at most 255 bytes; pool
 * names begin with a letter and are not `log`, `mirror*`, `raidz*`, `draid*`, `spare*` or `c[0-9]*`; snapshots have
 * exactly one `@` and bookmarks one `#`, in the last component; nothing starts with `-`.
 *
 * @param name - The name to check.
 * @param kinds - Allowed kinds. A name's kind comes from its delimiter (`@` snapshot, `#` bookmark), otherwise it is a
 *   dataset, or a pool when only `'pool'` is allowed.
 * @returns The problem, or `undefined` if the name is valid.
 * @example
 * ```ts
 * import { validateZfsName } from '@tn/zfs';
 *
 * validateZfsName('tank/home@today', ['snapshot']); // undefined
 * validateZfsName('tank//x', ['dataset']); // 'empty dataset name component'
 * ```
 */
export function validateZfsName(name: string, kinds: ZfsNameKind | readonly ZfsNameKind[]): string | undefined {
  const allowed: readonly ZfsNameKind[] = typeof kinds === 'string' ? [kinds] : kinds;
  if (typeof name !== 'string') return 'not a string';
  const detected = detectKind(name);
  if (detected === 'dataset' && !allowed.includes('dataset') && allowed.includes('pool')) {
    return nameProblem(name, 'pool');
  }
  if (!allowed.includes(detected)) return `expected a ${allowed.join(' or ')} name, got a ${detected} name`;
  return nameProblem(name, detected);
}

/**
 * Whether `name` is a valid ZFS name of one of the given kinds (see {@link validateZfsName}).
 *
 * @param name - The name to check.
 * @param kinds - Allowed kinds.
 * @returns `true` when valid.
 * @example
 * ```ts
 * import { isValidZfsName } from '@tn/zfs';
 *
 * isValidZfsName('tank', 'pool'); // true
 * isValidZfsName('mirror', 'pool'); // false
 * ```
 */
export function isValidZfsName(name: string, kinds: ZfsNameKind | readonly ZfsNameKind[]): boolean {
  return validateZfsName(name, kinds) === undefined;
}

/**
 * Throws unless `name` is a valid ZFS name of one of the given kinds (see {@link validateZfsName}).
 *
 * @param name - The name to check.
 * @param kinds - Allowed kinds.
 * @throws {ZfsUsageError} When the name is invalid; nothing has run.
 * @example
 * ```ts
 * import { assertZfsName } from '@tn/zfs';
 *
 * assertZfsName('tank/home', 'dataset');
 * assertZfsName('-R', 'dataset'); // throws ZfsUsageError
 * ```
 */
export function assertZfsName(name: string, kinds: ZfsNameKind | readonly ZfsNameKind[]): void {
  const problem = validateZfsName(name, kinds);
  if (problem !== undefined) throw new ZfsUsageError(`invalid name ${JSON.stringify(name)}: ${problem}`);
}
