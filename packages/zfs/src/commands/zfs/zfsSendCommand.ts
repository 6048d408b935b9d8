import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';
import { assertZfsName } from '../../names/validateZfsName.js';
import type { ZfsStreamCommand } from '../zfsCommand.js';

/**
 * Options of {@link zfsSendCommand}. Give `snapshot` (optionally with `from` for an incremental stream) or
 * `resumeToken`.
 *
 * @example
 * ```ts
 * import type { ZfsSendParameters } from '@tn/zfs';
 *
 * const params: ZfsSendParameters = { snapshot: 'tank/home@tue', from: 'tank/home@mon', raw: true };
 * ```
 */
export type ZfsSendParameters = {
  /** The snapshot to send. */
  snapshot?: string | undefined;
  /** Send only the changes since this earlier snapshot or bookmark (`-i`). @default undefined (full stream) */
  from?: string | undefined;
  /** With `from`: include every intermediate snapshot (`-I` instead of `-i`). @default false */
  intermediates?: boolean | undefined;
  /** Resume an interrupted receive from its `receive_resume_token` (`-t`). @default undefined */
  resumeToken?: string | undefined;
  /** Replication stream of the dataset, its descendants, snapshots and properties (`-R`). @default false */
  replicate?: boolean | undefined;
  /** Include properties (`-p`). @default false */
  properties?: boolean | undefined;
  /** Raw encrypted stream (`-w`). @default false */
  raw?: boolean | undefined;
  /** Keep on-disk compression (`-c`). @default false */
  compressed?: boolean | undefined;
  /** Allow blocks larger than 128K (`-L`). @default false */
  largeBlocks?: boolean | undefined;
  /** Embedded data blocks (`-e`). @default false */
  embedded?: boolean | undefined;
  /** Include user holds (`-h`). @default false */
  holds?: boolean | undefined;
  /** Print the size estimate and progress on stderr (`-v`). @default false */
  verbose?: boolean | undefined;
  /** Machine-readable estimate and progress (`-P`). @default false */
  parsable?: boolean | undefined;
  /** Only estimate the stream size (`-n`); the estimate is printed on stdout. @default false */
  dryRun?: boolean | undefined;
};

const TOKEN = /^[0-9a-f]+-[0-9a-f]+-[0-9a-f]+-[0-9a-zA-Z+/=]+$/;

/**
 * Builds `zfs send [flags] [-i|-I from] snapshot` or `zfs send [-v -P] -t token`. The stream goes to stdout, so run it
 * with `CommandRunner.spawn` (see `pipeSendReceive`).
 *
 * @param parameters - What to send.
 * @returns The argv.
 * @throws {ZfsUsageError} When neither or both of `snapshot`/`resumeToken` are given, a name is invalid, or flags
 *   conflict.
 * @example
 * ```ts
 * import { zfsSendCommand } from '@tn/zfs';
 *
 * zfsSendCommand({ snapshot: 'tank/home@tue', from: 'tank/home@mon' }).argv;
 * // ['zfs', 'send', '-i', 'tank/home@mon', 'tank/home@tue']
 * ```
 */
export function zfsSendCommand(parameters: ZfsSendParameters): ZfsStreamCommand {
  const { snapshot, from, intermediates = false, resumeToken, replicate = false, properties = false } = parameters;
  const { raw = false, compressed = false, largeBlocks = false, embedded = false, holds = false } = parameters;
  const { verbose = false, parsable = false, dryRun = false } = parameters;
  if ((snapshot === undefined) === (resumeToken === undefined)) {
    throw new ZfsUsageError('send: give exactly one of snapshot and resumeToken');
  }
  const argv = ['zfs', 'send'];
  if (dryRun) argv.push('-n');
  if (verbose) argv.push('-v');
  if (parsable) argv.push('-P');
  if (resumeToken !== undefined) {
    assertArgument(resumeToken, 'resume token');
    if (!TOKEN.test(resumeToken)) throw new ZfsUsageError('invalid resume token');
    const other = [from, replicate || undefined, properties || undefined, raw || undefined];
    if (other.some((value) => value !== undefined)) {
      throw new ZfsUsageError('send: a resume token already fixes the stream options');
    }
    argv.push('-t', resumeToken);
    return { argv };
  }
  assertZfsName(snapshot as string, 'snapshot');
  if (intermediates && from === undefined) throw new ZfsUsageError('send: intermediates (-I) needs from');
  if (replicate) argv.push('-R');
  if (properties) argv.push('-p');
  if (raw) argv.push('-w');
  if (compressed) argv.push('-c');
  if (largeBlocks) argv.push('-L');
  if (embedded) argv.push('-e');
  if (holds) argv.push('-h');
  if (from !== undefined) {
    assertZfsName(from, ['snapshot', 'bookmark']);
    argv.push(intermediates ? '-I' : '-i', from);
  }
  argv.push(snapshot as string);
  return { argv };
}
