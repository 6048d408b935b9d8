import type { ZfsSend } from '../../model/zfsSend.js';
import { parseZfsSend } from '../../parsers/parseZfsSend.js';
import type { ZfsCommand } from '../zfsCommand.js';
import { type ZfsSendParameters, zfsSendCommand } from './zfsSendCommand.js';

/**
 * Builds `zfs send -n -v -P ...`: the size a send would produce, without sending anything.
 *
 * @param parameters - The same options as {@link zfsSendCommand} (`dryRun`, `verbose` and `parsable` are forced on).
 * @returns The command; its `parse` reads the estimate (printed on stdout when `-n` is given).
 * @throws {ZfsUsageError} When the send options are invalid.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zfsSendEstimateCommand } from '@tn/zfs';
 *
 * const estimate = await executeCommand(createLocalRunner(), zfsSendEstimateCommand({ snapshot: 'tank/home@tue' }));
 * ```
 */
export function zfsSendEstimateCommand(parameters: ZfsSendParameters): ZfsCommand<ZfsSend> {
  const { argv } = zfsSendCommand({ ...parameters, dryRun: true, verbose: true, parsable: true });
  // Older releases print the dry-run report on stderr, newer ones on stdout: read whichever has it.
  return { argv, parse: (stdout, stderr) => parseZfsSend(stdout.trim() === '' ? stderr : stdout) };
}
