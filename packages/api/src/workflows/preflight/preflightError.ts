import { TnError, TnErrorCode } from '@tn/rpc';
import type { PreflightCheck } from './preflightCheck.js';

/**
 * Options of {@link PreflightError}.
 *
 * @example
 * ```ts
 * import type { PreflightErrorParameters } from '@tn/api';
 *
 * const p: PreflightErrorParameters = {
 *   parent: 'tank/k8s',
 *   checks: [{ name: 'parent', status: 'failed', message: 'Parent dataset tank/k8s does not exist', remedy: 'create it' }],
 * };
 * ```
 */
export type PreflightErrorParameters = {
  /** The parent dataset the allocation was checked for. */
  parent: string;
  /** Every check (passed, failed and skipped). */
  checks: readonly PreflightCheck[];
};

/**
 * Thrown by {@link preflightVolume} when one or more checks failed. The message lists every failed check with what
 * to do about it (one line each, `- <what was found>: <remedy>`), then the checks that were skipped because of
 * them. `code` is `PREFLIGHT_FAILED`; `failed` and `checks` hold the structured results.
 *
 * @example
 * ```ts
 * import { PreflightError, preflightVolume } from '@tn/api';
 *
 * try {
 *   await preflightVolume(api, { parent: 'tank/k8s', sizeBytes: 10 * 1024 ** 3, protocol: 'iscsi' });
 * } catch (err) {
 *   if (err instanceof PreflightError) for (const check of err.failed) console.log(check.name, check.remedy);
 * }
 * ```
 */
export class PreflightError extends TnError {
  /** Always `'PreflightError'`. */
  override name = 'PreflightError' as const;
  /** The parent dataset checked. */
  readonly parent: string;
  /** Every check, in report order. */
  readonly checks: readonly PreflightCheck[];
  /** The failed checks. */
  readonly failed: readonly PreflightCheck[];

  constructor({ parent, checks }: PreflightErrorParameters) {
    const failed = checks.filter((check) => check.status === 'failed');
    const skipped = checks.filter((check) => check.status === 'skipped');
    const lines = failed.map((check) => `- ${check.message}${check.remedy ? `: ${check.remedy}` : ''}`);
    if (skipped.length > 0) lines.push(`Skipped: ${skipped.map((check) => check.name).join(', ')}.`);
    const count = failed.length === 1 ? '1 check' : `${failed.length} checks`;
    super(
      TnErrorCode.PreflightFailed,
      `Preflight for ${parent} failed (${count}: ${failed.map((c) => c.name).join(', ')})`,
      { metaMessages: lines },
    );
    this.parent = parent;
    this.checks = checks;
    this.failed = failed;
  }
}

/**
 * {@link PreflightError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { PreflightErrorType } from '@tn/api';
 *
 * const failedNames = (err: PreflightErrorType) => err.failed.map((check) => check.name);
 * ```
 */
export type PreflightErrorType = PreflightError & { name: 'PreflightError' };
