import { z } from 'zod';

/**
 * The checks of a preflight, in the order they are reported:
 * - `reachable`: the API answers (`core.ping`);
 * - `authenticated`: the session is logged in (`auth.me`);
 * - `version`: the release line is known and supports the protocol (NVMe-oF needs 25.10);
 * - `service`: the protocol's service runs (`service.query`: `iscsitarget`, `nvmet`, `nfs`, `cifs`);
 * - `parent`: the parent dataset exists and is a filesystem;
 * - `space`: the parent's `available` covers the size plus headroom;
 * - `target`: the shared iSCSI target exists; `subsystem`: the shared NVMe-oF subsystem exists;
 * - `ports`: the NVMe-oF ports exist.
 *
 * @example
 * ```ts
 * import { PreflightCheckNameSchema } from '@tn/api';
 *
 * PreflightCheckNameSchema.parse('space');
 * ```
 */
export const PreflightCheckNameSchema = z.literal([
  'reachable',
  'authenticated',
  'version',
  'service',
  'parent',
  'space',
  'target',
  'subsystem',
  'ports',
]);

/**
 * A check name of {@link PreflightCheckNameSchema}.
 *
 * @example
 * ```ts
 * import type { PreflightCheckName } from '@tn/api';
 *
 * const name: PreflightCheckName = 'service';
 * ```
 */
export type PreflightCheckName = z.infer<typeof PreflightCheckNameSchema>;

/**
 * The outcome of one preflight check: `passed`, `failed` (with a `remedy`), or `skipped` when a check it depends on
 * failed or it cannot apply (the message says why).
 *
 * @example
 * ```ts
 * import { PreflightCheckSchema } from '@tn/api';
 *
 * PreflightCheckSchema.parse({
 *   name: 'service', status: 'failed', message: 'iSCSI service is STOPPED',
 *   remedy: "start it with api.services.start('iscsitarget') or in the UI (System > Services)",
 * });
 * ```
 */
export const PreflightCheckSchema = z.object({
  /** Which check. */
  name: PreflightCheckNameSchema,
  /** Its outcome. */
  status: z.literal(['passed', 'failed', 'skipped']),
  /** What was found, one line. */
  message: z.string(),
  /** What to do about a failure. */
  remedy: z.string().optional(),
});

/**
 * A check of {@link PreflightCheckSchema}.
 *
 * @example
 * ```ts
 * import type { PreflightCheck } from '@tn/api';
 *
 * const line = (check: PreflightCheck) => `${check.status.toUpperCase()} ${check.name}: ${check.message}`;
 * ```
 */
export type PreflightCheck = z.infer<typeof PreflightCheckSchema>;

/**
 * Every check of a preflight and whether all of them passed. A check is only skipped when one it depends on failed
 * (no parent, no space check; no connection, nothing else), so `ok` is false exactly when some check failed.
 *
 * @example
 * ```ts
 * import type { PreflightReport } from '@tn/api';
 *
 * const failedNames = (report: PreflightReport) => report.checks.filter((c) => c.status === 'failed').map((c) => c.name);
 * ```
 */
export type PreflightReport = {
  /** True when no check failed. */
  ok: boolean;
  /** Every check, in the order of {@link PreflightCheckNameSchema}. */
  checks: PreflightCheck[];
};
