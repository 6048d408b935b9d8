import type { ApiClient } from '../../createApiClient.js';
import type { PreflightCheck } from './preflightCheck.js';
import { PreflightError } from './preflightError.js';
import type { PreflightRequest } from './preflightRequest.js';
import { type PreflightOptions, runPreflightChecks } from './runPreflightChecks.js';

/**
 * Checks that an allocation can succeed before anything is created: the API is reachable and the session logged in,
 * the server version supports the protocol, the protocol's service runs, the parent dataset exists with enough free
 * space (size plus 20% headroom by default), and the shared target/subsystem and NVMe-oF ports exist. Every check
 * runs (independent ones concurrently); none stops the others. Nothing is changed on the server.
 *
 * @param api - the API client.
 * @param request - {@link PreflightRequest}.
 * @param options - {@link PreflightOptions}.
 * @returns `{ ok: true, checks }` when every check passed.
 * @throws {@link PreflightError} listing every failed check with its remedy; `VolumeRequestError` for a malformed
 *   request.
 * @example
 * ```ts
 * import { preflightVolume } from '@tn/api';
 *
 * await preflightVolume(api, { parent: 'tank/k8s', sizeBytes: 20 * 1024 ** 3, protocol: 'nvmet', nvmetPortIds: [1] });
 * // then provision the volume
 * ```
 */
export async function preflightVolume(
  api: ApiClient,
  request: PreflightRequest,
  options: PreflightOptions = {},
): Promise<{ ok: true; checks: PreflightCheck[] }> {
  const report = await runPreflightChecks(api, request, options);
  if (!report.ok) throw new PreflightError({ parent: request.parent, checks: report.checks });
  return { ok: true, checks: report.checks };
}
