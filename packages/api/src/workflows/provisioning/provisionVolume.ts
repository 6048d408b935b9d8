import type { ApiClient } from '../../createApiClient.js';
import { MethodNotSupportedError } from '../../methods/methodNotSupportedError.js';
import { runWorkflow } from '../core/runWorkflow.js';
import { withVolumeLock } from '../core/withVolumeLock.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import { exposureNames } from '../ownership/exposureNames.js';
import type { VolumeMarkers } from '../ownership/volumeMarkers.js';
import { invalidVolumeRequest } from './invalidVolumeRequest.js';
import { inspectIscsi } from './iscsiPlan.js';
import { applyIscsi } from './iscsiSteps.js';
import { MarkerBook } from './markerBook.js';
import { inspectNvmet } from './nvmetPlan.js';
import { applyNvmet } from './nvmetSteps.js';
import type { ProvisionScope } from './provisionContext.js';
import { createVolumeDataset, inspectVolume } from './provisionDataset.js';
import { type ProvisionVolumeRequest, ProvisionVolumeRequestSchema } from './provisionVolumeRequest.js';
import type { ProvisionedVolume, ProvisionVolumeResult } from './provisionVolumeResult.js';
import { applyShare, inspectShare } from './shareSteps.js';
import { specText, volumeSpec } from './volumeSpec.js';

const WORKFLOW = 'provisionVolume';

/**
 * Creates a volume under the parent given in the request and exposes it (iSCSI, NVMe-oF, NFS, SMB or not at all),
 * marking the dataset with its owner, a fingerprint of the request (`tn:spec`) and the id of every object made for
 * it (see {@link VolumeMarkersSchema}).
 *
 * - **Checks first.** The request is validated (`VolumeRequestError`, reason `invalid`); NVMe-oF on 25.04 is a
 *   `MethodNotSupportedError`; an existing dataset of that name without the owner tag, with another owner or another
 *   spec, a LUN taken on a shared target, object names held by other volumes are {@link ConflictError}s — all before
 *   anything is sent.
 * - **Idempotent.** The same request again returns the same volume with `created: false` and makes no call. After a
 *   crash the missing steps are completed: each step first looks for its object by recorded id or deterministic name
 *   ({@link exposureNames}) and adopts it only when it verifiably belongs to the volume.
 * - **All or nothing.** Markers are written as objects are created; if a step fails, what this call created is
 *   deleted again (newest first) and a {@link WorkflowStepError} names the step, the method and the reason.
 * - **One at a time per volume.** Concurrent calls for the same volume on one client (provision or deprovision) run
 *   one after the other ({@link withVolumeLock}), so a retried request finds the first one's volume.
 * - **Dry run and audit** come from {@link runWorkflow}: `dryRun: true` returns the planned `calls` and changes nothing;
 *   every call is reported to `audit` with secrets (DH-CHAP keys) redacted.
 *
 * @param api - the API client.
 * @param request - a {@link ProvisionVolumeRequest}.
 * @param options - {@link WorkflowOptions}.
 * @returns the {@link ProvisionVolumeResult}.
 * @example
 * ```ts
 * import { provisionVolume } from '@tn/api';
 *
 * const { volume, iscsi, created } = await provisionVolume(api, {
 *   name: 'pvc-1', parent: 'tank/k8s', owner: 'csi/cluster-a', sizeBytes: 10 * 1024 ** 3, sparse: true,
 *   expose: { protocol: 'iscsi', sharedTarget: 'k8s' },
 * });
 * console.log(volume, iscsi?.iqn, iscsi?.lun, created);
 * ```
 */
export async function provisionVolume(
  api: ApiClient,
  request: ProvisionVolumeRequest,
  options: WorkflowOptions = {},
): Promise<ProvisionVolumeResult> {
  const parsed = ProvisionVolumeRequestSchema.safeParse(request);
  if (!parsed.success)
    throw invalidVolumeRequest(WORKFLOW, `${String(request?.parent)}/${String(request?.name)}`, parsed.error);
  const req = parsed.data;
  const volume = `${req.parent}/${req.name}`;
  return withVolumeLock(api, volume, () =>
    runWorkflow(api, WORKFLOW, options, async (run) => {
      run.step('inspect', volume);
      const version = await api.version();
      if (req.expose.protocol === 'nvmet' && version !== '25.10') {
        throw new MethodNotSupportedError({ method: 'nvmet.subsys.create', version, reason: 'absent' });
      }
      const spec = volumeSpec(req);
      const existing = await inspectVolume(api, req, spec);
      const scope: ProvisionScope = {
        api,
        request: req,
        volume,
        names: exposureNames(volume),
        version,
        markers: existing,
      };
      const { expose } = req;
      const iscsiPlan = expose.protocol === 'iscsi' ? await inspectIscsi(scope, expose) : undefined;
      const nvmetPlan = expose.protocol === 'nvmet' ? await inspectNvmet(scope, expose) : undefined;
      const sharePlan =
        expose.protocol === 'nfs' || expose.protocol === 'smb' ? await inspectShare(scope, expose) : undefined;

      if (existing === undefined) await createVolumeDataset(run, req, spec);
      const initial: VolumeMarkers = existing ?? { owner: req.owner, protocol: expose.protocol, spec: specText(spec) };
      const book = new MarkerBook(run, volume, initial, existing !== undefined);
      const result: Omit<ProvisionedVolume, 'markers'> = {
        volume,
        created: existing === undefined,
        kind: spec.kind === 'zvol' ? 'zvol' : 'filesystem',
      };
      if (iscsiPlan !== undefined)
        result.iscsi = await applyIscsi(
          run,
          scope,
          iscsiPlan,
          book,
          expose.protocol === 'iscsi' ? expose.lun : undefined,
        );
      if (nvmetPlan !== undefined) result.nvmet = await applyNvmet(run, scope, nvmetPlan, book);
      if (sharePlan !== undefined) result.share = await applyShare(run, scope, sharePlan, book);
      return { ...result, markers: book.current };
    }),
  );
}
