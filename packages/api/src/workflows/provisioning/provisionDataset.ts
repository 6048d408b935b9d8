import type { ApiClient } from '../../createApiClient.js';
import type { ParamAt } from '../../namespaces/apiContext.js';
import type { WorkflowRun } from '../core/runWorkflow.js';
import { readVolumeMarkers, type VolumeMarkers, volumeMarkerUpdates } from '../ownership/volumeMarkers.js';
import { ConflictError } from './conflictError.js';
import { invalidVolumeRequest } from './invalidVolumeRequest.js';
import { queryRows } from './provisionContext.js';
import type { ProvisionVolumeRequest } from './provisionVolumeRequest.js';
import { specDifferences, specText, type VolumeSpec } from './volumeSpec.js';

const WORKFLOW = 'provisionVolume';

/**
 * Checks the volume's dataset before anything is changed: when it exists it must carry this owner and this spec
 * ({@link ConflictError} otherwise, saying what differs); when it does not, the parent must be an existing filesystem
 * that is not itself a managed volume (`VolumeRequestError`). Resolves with the markers it carries
 * (`undefined`: the dataset does not exist yet).
 * @internal
 * @param api - the client.
 * @param request - the validated request.
 * @param spec - its spec.
 * @example
 * ```ts
 * const markers = await inspectVolume(api, request, volumeSpec(request));
 * ```
 */
export async function inspectVolume(
  api: ApiClient,
  request: ProvisionVolumeRequest,
  spec: VolumeSpec,
): Promise<VolumeMarkers | undefined> {
  const volume = `${request.parent}/${request.name}`;
  const [row] = await queryRows(api, 'pool.dataset', [['id', '=', volume]]);
  if (row !== undefined) {
    const markers = readVolumeMarkers(row.user_properties);
    const elsewhere = 'Use another name, or deprovision the existing volume first (deprovisionVolume).';
    if (markers === undefined) {
      throw new ConflictError({
        subject: volume,
        reason: `a ${String(row.type).toLowerCase()} of that name exists and was not provisioned by @tn (no tn:owner)`,
        hint: 'Use another name; the SDK never adopts or deletes datasets it did not create.',
      });
    }
    if (markers.owner !== request.owner) {
      throw new ConflictError({
        subject: volume,
        reason: 'it belongs to another owner',
        conflicts: [`owner: existing ${JSON.stringify(markers.owner)}, requested ${JSON.stringify(request.owner)}`],
        hint: elsewhere,
      });
    }
    const differences = specDifferences(markers.spec ?? '{}', spec);
    if (differences.length > 0) {
      throw new ConflictError({
        subject: volume,
        reason: 'it exists with a different spec',
        conflicts: differences,
        hint: `${elsewhere} Resizing is not a provisioning request.`,
      });
    }
    return markers;
  }
  const [parent] = await queryRows(api, 'pool.dataset', [['id', '=', request.parent]]);
  const issues: string[] = [];
  if (parent === undefined) issues.push(`parent: dataset ${request.parent} does not exist`);
  else if (parent.type !== 'FILESYSTEM') issues.push(`parent: ${request.parent} is a ${String(parent.type)}`);
  else if (readVolumeMarkers(parent.user_properties) !== undefined) {
    issues.push(`parent: ${request.parent} is itself a provisioned volume; nest volumes under a plain dataset`);
  }
  if (issues.length > 0) throw invalidVolumeRequest(WORKFLOW, volume, issues);
  return undefined;
}

/**
 * Creates the volume's dataset (a zvol of `sizeBytes`, or a filesystem with that `refquota`) with its owner, protocol
 * and spec markers set in the same call; the undo destroys it.
 * @internal
 * @param run - the workflow run.
 * @param request - the validated request.
 * @param spec - its spec.
 * @example
 * ```ts
 * if (markers === undefined) await createVolumeDataset(run, request, spec);
 * ```
 */
export async function createVolumeDataset(
  run: WorkflowRun,
  request: ProvisionVolumeRequest,
  spec: VolumeSpec,
): Promise<void> {
  const volume = `${request.parent}/${request.name}`;
  const user_properties = volumeMarkerUpdates({
    owner: request.owner,
    protocol: request.expose.protocol,
    spec: specText(spec),
  }).map(({ key, value }) => ({ key, value: value ?? '' }));
  const common = {
    name: volume,
    user_properties,
    ...(request.comments === undefined ? {} : { comments: request.comments }),
  };
  const data =
    spec.kind === 'zvol'
      ? {
          ...common,
          type: 'VOLUME' as const,
          volsize: request.sizeBytes,
          ...(request.sparse === undefined ? {} : { sparse: request.sparse }),
          ...(request.volblocksize === undefined ? {} : { volblocksize: request.volblocksize }),
        }
      : { ...common, type: 'FILESYSTEM' as const, refquota: request.sizeBytes };
  await run.mutate({
    step: spec.kind === 'zvol' ? 'create zvol' : 'create filesystem',
    method: 'pool.dataset.create',
    target: volume,
    params: [data as ParamAt<'pool.dataset.create', 0>],
    undo: () => ({ method: 'pool.dataset.delete', params: [volume, { recursive: true }] }),
  });
}
