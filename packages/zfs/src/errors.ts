import { TnError } from '@tn/rpc';

/**
 * Stable codes of the errors raised by `@tn/zfs`.
 *
 * @example
 * ```ts
 * import { ZfsErrorCode } from '@tn/zfs';
 *
 * if (err.code === ZfsErrorCode.Command) console.error(err.stderr);
 * ```
 */
export const ZfsErrorCode = {
  /** A `zfs`/`zpool` command ran and exited non-zero, or could not be started. */
  Command: 'ZFS_COMMAND',
  /** Command output could not be parsed. */
  Parse: 'ZFS_PARSE',
  /** Bad arguments (an invalid name, conflicting options): nothing was run. */
  Usage: 'ZFS_USAGE',
  /** The command did not finish in time or was aborted. */
  Timeout: 'ZFS_TIMEOUT',
} as const;

/**
 * What a failed command's stderr says went wrong, when it is recognisable.
 *
 * @example
 * ```ts
 * import type { ZfsFailureKind } from '@tn/zfs';
 *
 * const kind: ZfsFailureKind = 'busy';
 * ```
 */
export type ZfsFailureKind =
  | 'busy'
  | 'not_found'
  | 'exists'
  | 'no_space'
  | 'permission_denied'
  | 'has_children'
  | 'has_dependents'
  | 'invalid_argument'
  | 'not_supported'
  | 'unknown';

/**
 * Base class of every `@tn/zfs` error.
 *
 * @example
 * ```ts
 * import { ZfsError } from '@tn/zfs';
 *
 * if (err instanceof ZfsError) console.error(err.shortMessage);
 * ```
 */
export class ZfsError extends TnError {
  /** Always `'ZfsError'`. */
  override name = 'ZfsError';
}

/**
 * Thrown when a `zfs`/`zpool` command ran and failed (non-zero exit), or could not be started (binary missing).
 * Carries the argv, exit code, stderr and the recognised failure kind.
 *
 * @example
 * ```ts
 * import { ZfsCommandError } from '@tn/zfs';
 *
 * try { await zfs.destroy('tank/vol'); } catch (err) {
 *   if (err instanceof ZfsCommandError && err.kind === 'busy') console.log('retry later');
 * }
 * ```
 */
export class ZfsCommandError extends ZfsError {
  /** Always `'ZfsCommandError'`. */
  override name = 'ZfsCommandError';
  /** The command that ran, as separate argv entries. */
  readonly argv: readonly string[];
  /** Process exit code, or `null` if it was killed or never started. */
  readonly exitCode: number | null;
  /** Everything the command printed on stderr. */
  readonly stderr: string;
  /** The recognised cause. */
  readonly kind: ZfsFailureKind;

  constructor(parameters: {
    argv: readonly string[];
    exitCode: number | null;
    stderr: string;
    kind: ZfsFailureKind;
    cause?: unknown;
  }) {
    const { argv, exitCode, stderr, kind, cause } = parameters;
    const firstLine = stderr.trim().split('\n')[0] ?? '';
    super(ZfsErrorCode.Command, `\`${argv.join(' ')}\` failed (${kind}): ${firstLine || `exit code ${exitCode}`}`, {
      cause,
      details: stderr.trim() || undefined,
    });
    this.argv = argv;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.kind = kind;
  }
}

/**
 * Thrown by a parser when its input does not have the expected shape. Names the 1-based line that broke it.
 *
 * @example
 * ```ts
 * import { ZfsParseError, parseZfsList } from '@tn/zfs';
 *
 * try { parseZfsList('garbage'); } catch (err) { if (err instanceof ZfsParseError) console.log(err.line); }
 * ```
 */
export class ZfsParseError extends ZfsError {
  /** Always `'ZfsParseError'`. */
  override name = 'ZfsParseError';
  /** 1-based line number of the offending input, when known. */
  readonly line: number | undefined;

  constructor(message: string, parameters: { line?: number; text?: string; cause?: unknown } = {}) {
    const { line, text, cause } = parameters;
    super(ZfsErrorCode.Parse, line === undefined ? message : `${message} (line ${line})`, {
      cause,
      details: text === undefined ? undefined : `offending input: ${JSON.stringify(text.slice(0, 200))}`,
    });
    this.line = line;
  }
}

/**
 * Thrown before anything runs when arguments are invalid (a bad dataset name, conflicting options).
 *
 * @example
 * ```ts
 * import { ZfsUsageError } from '@tn/zfs';
 *
 * throw new ZfsUsageError('invalid dataset name "tank//x": empty component');
 * ```
 */
export class ZfsUsageError extends ZfsError {
  /** Always `'ZfsUsageError'`. */
  override name = 'ZfsUsageError';

  constructor(message: string, parameters: { cause?: unknown } = {}) {
    super(ZfsErrorCode.Usage, message, {
      cause: parameters.cause,
      metaMessages: ['No command was run.'],
    });
  }
}

/**
 * Thrown when a command exceeds its timeout or its `AbortSignal` fires. The process is killed.
 *
 * @example
 * ```ts
 * import { ZfsTimeoutError } from '@tn/zfs';
 *
 * if (err instanceof ZfsTimeoutError) console.log(err.argv);
 * ```
 */
export class ZfsTimeoutError extends ZfsError {
  /** Always `'ZfsTimeoutError'`. */
  override name = 'ZfsTimeoutError';
  /** The command that was killed. */
  readonly argv: readonly string[];

  constructor(argv: readonly string[], reason: 'timeout' | 'aborted', cause?: unknown) {
    super(ZfsErrorCode.Timeout, `\`${argv.join(' ')}\` was ${reason === 'timeout' ? 'timed out' : 'aborted'}`, {
      cause,
    });
    this.argv = argv;
  }
}
