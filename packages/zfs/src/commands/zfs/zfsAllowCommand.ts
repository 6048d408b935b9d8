import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { assertPropertyName } from '../../names/assertProperty.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsAllowCommand} and {@link zfsUnallowCommand}. Name exactly one grantee: `users`, `groups`,
 * `everyone`, `createTime` (`-c`, granted to whoever creates a descendant) or `permissionSet` (`-s @name`).
 *
 * @example
 * ```ts
 * import type { ZfsAllowParameters } from '@tn/zfs';
 *
 * const params: ZfsAllowParameters = { name: 'tank/home', users: ['alice'], permissions: ['snapshot', 'mount'] };
 * ```
 */
export type ZfsAllowParameters = {
  /** The filesystem or volume the delegation is on. */
  name: string;
  /** Permissions, properties or `@set` names (`create`, `snapshot`, `compression`, `@backup`). */
  permissions: readonly string[];
  /** Users to delegate to (`-u`). */
  users?: readonly string[] | undefined;
  /** Groups to delegate to (`-g`). */
  groups?: readonly string[] | undefined;
  /** Delegate to everyone (`-e`). @default false */
  everyone?: boolean | undefined;
  /** Create-time permissions (`-c`). @default false */
  createTime?: boolean | undefined;
  /** Define or change the permission set with this `@name` (`-s`). */
  permissionSet?: string | undefined;
  /** `local` (`-l`): this dataset only; `descendants` (`-d`): only below it; `both`. @default 'both' */
  scope?: 'local' | 'descendants' | 'both' | undefined;
};

function whoList(names: readonly string[], what: string): string {
  if (names.length === 0) throw new ZfsUsageError(`empty ${what} list`);
  for (const name of names) {
    assertArgument(name, what);
    if (/[,\s]/.test(name)) throw new ZfsUsageError(`invalid ${what} ${JSON.stringify(name)}`);
  }
  return names.join(',');
}

/** @internal */
export function delegationArgv(
  verb: 'allow' | 'unallow',
  parameters: ZfsAllowParameters,
  extraFlags: readonly string[] = [],
): string[] {
  const { name, permissions, users, groups, everyone = false, createTime = false, permissionSet } = parameters;
  const { scope = 'both' } = parameters;
  assertZfsName(name, 'dataset');
  const grantees = [users, groups, everyone || undefined, createTime || undefined, permissionSet];
  if (grantees.filter((g) => g !== undefined).length !== 1) {
    throw new ZfsUsageError(`${verb}: give exactly one of users, groups, everyone, createTime, permissionSet`);
  }
  if (verb === 'allow' && permissions.length === 0) throw new ZfsUsageError('allow: no permissions given');
  for (const permission of permissions) assertPropertyName(permission);
  const argv = ['zfs', verb, ...extraFlags];
  if (scope === 'local') argv.push('-l');
  if (scope === 'descendants') argv.push('-d');
  if (users !== undefined) argv.push('-u', whoList(users, 'user'));
  if (groups !== undefined) argv.push('-g', whoList(groups, 'group'));
  if (everyone) argv.push('-e');
  if (createTime) argv.push('-c');
  if (permissionSet !== undefined) {
    if (!/^@[A-Za-z0-9_.:-]{1,63}$/.test(permissionSet)) {
      throw new ZfsUsageError(`invalid permission set ${JSON.stringify(permissionSet)}: expected @name`);
    }
    argv.push('-s', permissionSet);
  }
  if (permissions.length > 0) argv.push(permissions.join(','));
  argv.push(name);
  return argv;
}

/**
 * Builds `zfs allow [-l|-d] -u users|-g groups|-e|-c|-s @set perms dataset` (delegated administration).
 *
 * @param parameters - Dataset, grantee and permissions.
 * @returns The command (no output).
 * @throws {ZfsUsageError} When not exactly one grantee is named, or a name or permission is invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsAllowCommand } from '@tn/zfs';
 *
 * await executeCommand(
 *   createLocalRunner(),
 *   zfsAllowCommand({ name: 'tank/home', users: ['alice'], permissions: ['snapshot', 'mount'] }),
 * );
 * ```
 */
export function zfsAllowCommand(parameters: ZfsAllowParameters): ZfsCommand<void> {
  return { argv: delegationArgv('allow', parameters), parse: () => undefined };
}
