import type { ApiClient } from '../../createApiClient.js';
import { parseVolumeRequest } from '../volumeOps/parseVolumeRequest.js';
import { probeConnection } from './connectionProbe.js';
import {
  type PreflightCheck,
  type PreflightCheckName,
  PreflightCheckNameSchema,
  type PreflightReport,
} from './preflightCheck.js';
import { type PreflightRequest, PreflightRequestSchema } from './preflightRequest.js';
import {
  guarded,
  probeParent,
  probePorts,
  probeService,
  probeSubsystem,
  probeTarget,
  probeVersion,
  spaceCheck,
} from './resourceProbes.js';

/**
 * Options of {@link runPreflightChecks} and {@link preflightVolume}.
 *
 * @example
 * ```ts
 * import type { PreflightOptions } from '@tn/api';
 *
 * const options: PreflightOptions = { timeoutMs: 5_000 };
 * ```
 */
export type PreflightOptions = {
  /** Limit of each probe call, ms (an unreachable server fails the `reachable` check after it). @default 10_000 */
  timeoutMs?: number | undefined;
  /** Aborts the probes (each pending one becomes a failed check). */
  signal?: AbortSignal | undefined;
};

const ORDER: readonly PreflightCheckName[] = [...PreflightCheckNameSchema.values];

function sorted(checks: PreflightCheck[]): PreflightReport {
  const ordered = [...checks].sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  return { ok: ordered.every((check) => check.status !== 'failed'), checks: ordered };
}

/** The checks that apply to a request, after the connection checks. */
function applicable(request: ReturnType<typeof PreflightRequestSchema.parse>): PreflightCheckName[] {
  const names: PreflightCheckName[] = ['version'];
  if (request.protocol !== 'none') names.push('service');
  names.push('parent', 'space');
  if (request.sharedTarget !== undefined) names.push(request.protocol === 'nvmet' ? 'subsystem' : 'target');
  if (request.nvmetPortIds !== undefined) names.push('ports');
  return names;
}

const skipped = (name: PreflightCheckName, why: string): { check: PreflightCheck } => ({
  check: { name, status: 'skipped', message: `Not checked: ${why}` },
});

/**
 * Runs every preflight check of an allocation and returns all results, failed ones included; it never throws for a
 * failed check (a refused request, e.g. a negative size, throws `VolumeRequestError`). The connection is checked
 * first (`core.ping`, `auth.me`: an unreachable server or a refused login is a failed check, and the other checks
 * are then skipped); the rest run concurrently: the version (NVMe-oF needs 25.10), the protocol's service
 * (`service.query`: RUNNING), the parent dataset, the free space (`available` of the parent ≥ size × (1 + headroom)),
 * the shared iSCSI target or NVMe-oF subsystem and the NVMe-oF ports. Use {@link preflightVolume} to throw one
 * error listing every failure instead.
 *
 * @param api - the API client.
 * @param request - {@link PreflightRequest}.
 * @param options - {@link PreflightOptions}.
 * @returns the {@link PreflightReport}.
 * @example
 * ```ts
 * import { runPreflightChecks } from '@tn/api';
 *
 * const report = await runPreflightChecks(api, { parent: 'tank/k8s', sizeBytes: 10 * 1024 ** 3, protocol: 'iscsi' });
 * for (const check of report.checks) console.log(check.status, check.name, check.message, check.remedy ?? '');
 * ```
 */
export async function runPreflightChecks(
  api: ApiClient,
  request: PreflightRequest,
  options: PreflightOptions = {},
): Promise<PreflightReport> {
  const { timeoutMs = 10_000, signal } = options;
  const req = parseVolumeRequest(PreflightRequestSchema, request, 'preflight');
  const call = { timeout: timeoutMs, signal };
  const connection = await probeConnection(api, call);
  const [reachable, authenticated] = connection;
  if (reachable.status !== 'passed' || authenticated.status !== 'passed') {
    const why = reachable.status !== 'passed' ? 'the API is not reachable' : 'not logged in';
    return sorted([...connection, ...applicable(req).map((name) => skipped(name, why).check)]);
  }
  const { protocol, parent, sharedTarget, nvmetPortIds } = req;
  const version = guarded('version', 'the server version', () => probeVersion(api, protocol));
  const nvmetReady = version.then((v) => ('version' in v ? v.version === '25.10' : undefined));
  /** Runs an NVMe-oF-only probe once the version is known to support it. */
  const nvmetOnly = (name: PreflightCheckName, what: string, probe: () => Promise<{ check: PreflightCheck }>) =>
    nvmetReady.then((ready) => {
      if (ready === undefined) return skipped(name, 'the server version is unknown');
      if (!ready) return skipped(name, 'NVMe-oF needs TrueNAS 25.10');
      return guarded(name, what, probe);
    });
  const probes: Promise<{ check: PreflightCheck }>[] = [version];
  if (protocol === 'nvmet') {
    probes.push(nvmetOnly('service', 'the NVMe-oF service', () => probeService(api, 'nvmet', call)));
  } else if (protocol !== 'none') {
    probes.push(guarded('service', `the ${protocol} service`, () => probeService(api, protocol, call)));
  }
  const parentProbe = guarded('parent', `parent dataset ${parent}`, () => probeParent(api, parent, call));
  probes.push(
    parentProbe,
    parentProbe.then((p) =>
      p.check.status === 'passed'
        ? { check: spaceCheck(parent, 'available' in p ? p.available : undefined, req.sizeBytes, req.headroom) }
        : skipped('space', `parent dataset ${parent} is not usable`),
    ),
  );
  if (sharedTarget !== undefined && protocol === 'iscsi') {
    probes.push(guarded('target', `iSCSI target ${sharedTarget}`, () => probeTarget(api, sharedTarget, call)));
  }
  if (sharedTarget !== undefined && protocol === 'nvmet') {
    probes.push(
      nvmetOnly('subsystem', `NVMe-oF subsystem ${sharedTarget}`, () => probeSubsystem(api, sharedTarget, call)),
    );
  }
  if (nvmetPortIds !== undefined) {
    probes.push(nvmetOnly('ports', 'the NVMe-oF ports', () => probePorts(api, nvmetPortIds, call)));
  }
  const results = await Promise.all(probes);
  return sorted([...connection, ...results.map((r) => r.check)]);
}
