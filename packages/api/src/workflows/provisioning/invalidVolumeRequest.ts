import type { z } from 'zod';
import { inputIssues, issueLine } from '../core/inputIssues.js';
import { VolumeRequestError } from '../volumeOps/volumeRequestError.js';

/**
 * The `VolumeRequestError` (`reason: 'invalid'`, code `INVALID_REQUEST`) a provisioning workflow throws when it
 * refuses a request before sending anything; `issues` are `field: message` lines (or a zod error's issues).
 * @internal
 * @param workflow - the workflow.
 * @param target - the volume the request names.
 * @param issues - what is wrong, one line each, or a zod error.
 * @example
 * ```ts
 * throw invalidVolumeRequest('provisionVolume', 'tank/k8s/pvc-1', ['parent: dataset tank/k8s does not exist']);
 * ```
 */
export function invalidVolumeRequest(
  workflow: string,
  target: string,
  issues: readonly string[] | z.ZodError,
): VolumeRequestError {
  const lines = Array.isArray(issues) ? issues : inputIssues(issues as z.ZodError).map(issueLine);
  return new VolumeRequestError({
    reason: 'invalid',
    target,
    message: `${workflow}: invalid request for ${target}: ${lines.join('; ')}`,
    cause: Array.isArray(issues) ? undefined : issues,
  });
}
