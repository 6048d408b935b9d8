import { ZfsUsageError } from '../../errors.js';
import type { ZfsDestroyDryRun } from '../../model/zfsDestroyDryRun.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import { parseZfsDestroyDryRun } from '../../parsers/parseZfsDestroyDryRun.js';
import type { ZfsCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsDestroyCommand}.
 *
 * @example
 * ```ts
 * import type { ZfsDestroyParameters } from '@tn/zfs';
 *
 * const params: ZfsDestroyParameters = { name: 'tank/old', recursive: true, dryRun: true };
 * ```
 */
export type ZfsDestroyParameters = {
  /** Filesystem, volume, snapshot or bookmark to destroy. */
  name: string;
  /** Also destroy children / same-named snapshots of descendants (`-r`). @default false */
  recursive?: boolean | undefined;
  /** Also destroy dependents such as clones, outside the hierarchy (`-R`). @default false */
  recursiveDependents?: boolean | undefined;
  /** Force-unmount busy filesystems (`-f`). @default false */
  force?: boolean | undefined;
  /** Snapshots only: mark for deferred destruction while held or cloned (`-d`). @default false */
  defer?: boolean | undefined;
  /** Do not destroy; report what would be destroyed and reclaimed (`-n -v`). @default false */
  dryRun?: boolean | undefined;
};

/**
 * Builds `zfs destroy [-r] [-R] [-f] [-d] [-n -v] name`. With `dryRun`, the command's `parse` returns the plan that
 * `-n -v` prints; otherwise it returns nothing.
 *
 * @param parameters - What to destroy and how.
 * @returns The command.
 * @throws {ZfsUsageError} When the name is invalid or `defer` is used on something other than a snapshot.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsDestroyCommand } from '@tn/zfs';
 *
 * const plan = await executeCommand(createLocalRunner(), zfsDestroyCommand({ name: 'tank/old', recursive: true, dryRun: true }));
 * ```
 */
export function zfsDestroyCommand(parameters: ZfsDestroyParameters & { dryRun: true }): ZfsCommand<ZfsDestroyDryRun>;
/**
 * Builds `zfs destroy [-r] [-R] [-f] [-d] name`.
 *
 * @param parameters - What to destroy and how.
 * @returns The command (no output).
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsDestroyCommand } from '@tn/zfs';
 *
 * await executeCommand(createLocalRunner(), zfsDestroyCommand({ name: 'tank/old@2024-01-01' }));
 * ```
 */
export function zfsDestroyCommand(parameters: ZfsDestroyParameters & { dryRun?: false | undefined }): ZfsCommand<void>;
/**
 * Builds `zfs destroy`; see the overloads.
 *
 * @param parameters - What to destroy and how.
 * @returns The command.
 * @example
 * ```ts
 * import { zfsDestroyCommand } from '@tn/zfs';
 *
 * zfsDestroyCommand({ name: 'tank/old', dryRun: Math.random() > 0.5 });
 * ```
 */
export function zfsDestroyCommand(parameters: ZfsDestroyParameters): ZfsCommand<ZfsDestroyDryRun | undefined>;
export function zfsDestroyCommand(parameters: ZfsDestroyParameters): ZfsCommand<ZfsDestroyDryRun | undefined> {
  const { name, recursive = false, recursiveDependents = false, force = false, defer = false } = parameters;
  const { dryRun = false } = parameters;
  assertZfsName(name, ['dataset', 'snapshot', 'bookmark']);
  if (defer && !name.includes('@')) throw new ZfsUsageError('defer (-d) only applies to snapshots');
  const argv = ['zfs', 'destroy'];
  if (recursive) argv.push('-r');
  if (recursiveDependents) argv.push('-R');
  if (force) argv.push('-f');
  if (defer) argv.push('-d');
  if (dryRun) argv.push('-n', '-v');
  argv.push(name);
  return { argv, parse: (stdout) => (dryRun ? parseZfsDestroyDryRun(stdout) : undefined) };
}
