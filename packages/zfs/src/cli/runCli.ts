import { parseArgs } from 'node:util';
import { createZfs } from '../createZfs.js';
import { ZfsError, ZfsUsageError } from '../errors.js';
import type { CommandRunner } from '../exec/commandRunner.js';
import { summarizePoolHealth } from '../health/summarizePoolHealth.js';
import type { ZpoolStatus } from '../model/zpoolStatus.js';
import { assertZfsName } from '../names/validateZfsName.js';
import { parseZpoolStatus } from '../parsers/parseZpoolStatus.js';
import { parseZpoolStatusJson } from '../parsers/parseZpoolStatusJson.js';
import { createPainter, shouldUseColor } from './colors.js';
import { renderStatus } from './renderStatus.js';

/**
 * What the CLI touches, injected so it can be tested without a terminal or a ZFS host.
 *
 * @internal
 */
export type CliIo = {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours default on). */
  isTTY: boolean;
  readFile(path: string): Promise<string>;
  /** Makes the runner for live `zpool status`. */
  createRunner(): CommandRunner;
};

/**
 * Exit codes of `tn-zfs`.
 *
 * @internal
 */
export const CliExitCode = { Healthy: 0, Unhealthy: 1, Usage: 2, Failed: 3 } as const;

const USAGE = `Usage: tn-zfs status [options] [pool...]

Show pools as a tree with a health line per pool.

Options:
  --json           print the parsed status as JSON
  --input FILE     render saved \`zpool status\` output (text or -j JSON) instead of running zpool
  --sudo           run zpool through \`sudo -n\`
  --timeout MS     give up after MS milliseconds (default 60000)
  --color          force colours (default: only on a terminal, never with NO_COLOR)
  --no-color       never colour
  -h, --help       show this help

Exit status: 0 all pools healthy, 1 some pool is not, 2 usage error, 3 zpool failed.
`;

function parseStatusText(text: string): ZpoolStatus {
  return text.trimStart().startsWith('{') ? parseZpoolStatusJson(text) : parseZpoolStatus(text);
}

/**
 * Runs `tn-zfs` with the given arguments (without `node` and the script path) and returns the exit code.
 *
 * @param args - Command-line arguments.
 * @param io - Streams, environment and the runner factory.
 * @returns The exit code ({@link CliExitCode}).
 *
 * @internal
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        input: { type: 'string' },
        sudo: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  try {
    parsed = parse();
  } catch (error) {
    io.stderr.write(`tn-zfs: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return CliExitCode.Usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return CliExitCode.Healthy;
  }
  const [command, ...pools] = positionals;
  if (command !== 'status') {
    io.stderr.write(
      `tn-zfs: ${command === undefined ? 'missing command' : `unknown command "${command}"`}\n\n${USAGE}`,
    );
    return CliExitCode.Usage;
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout >= 0)) {
    io.stderr.write(`tn-zfs: invalid --timeout ${JSON.stringify(values.timeout)}\n`);
    return CliExitCode.Usage;
  }
  const flag = values['no-color'] ? false : values.color ? true : undefined;
  const paint = createPainter(!values.json && shouldUseColor({ flag, env: io.env, isTTY: io.isTTY }));

  let status: ZpoolStatus;
  try {
    for (const pool of pools) assertZfsName(pool, 'pool');
    if (values.input !== undefined) {
      status = parseStatusText(await io.readFile(values.input));
      if (pools.length > 0) status = { ...status, pools: status.pools.filter((pool) => pools.includes(pool.name)) };
    } else {
      const zfs = createZfs({ runner: io.createRunner(), sudo: values.sudo, timeout });
      status = await zfs.pools.status({ pools });
    }
  } catch (error) {
    io.stderr.write(`tn-zfs: ${error instanceof ZfsError ? error.message : String(error)}\n`);
    return error instanceof ZfsUsageError ? CliExitCode.Usage : CliExitCode.Failed;
  }

  if (values.json) io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  else io.stdout.write(renderStatus(status, paint));
  return summarizePoolHealth(status).level === 'healthy' ? CliExitCode.Healthy : CliExitCode.Unhealthy;
}
