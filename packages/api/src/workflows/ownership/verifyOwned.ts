import type { ApiClient } from '../../createApiClient.js';
import { getRow } from '../core/getRow.js';
import { type OwnedRef, ownershipProblem } from './ownedObject.js';
import { OwnershipMismatchError } from './ownershipMismatchError.js';

/** The marker (ZFS user property) each kind of object is recorded in, for the hint of a refusal. */
const MARKER: Record<OwnedRef['kind'], string> = {
  'iscsi.extent': 'tn:iscsi-extent (iscsiExtent)',
  'iscsi.target': 'tn:iscsi-target (iscsiTarget)',
  'iscsi.targetextent': 'tn:iscsi-targetextent (iscsiTargetExtent)',
  'nvmet.subsys': 'tn:nvmet-subsys (nvmetSubsystem)',
  'nvmet.namespace': 'tn:nvmet-namespace (nvmetNamespace)',
  'nvmet.port_subsys': 'tn:nvmet-port-subsys (nvmetPortLinks)',
  'nvmet.host_subsys': 'tn:nvmet-host-subsys (nvmetHostLinks)',
  'nvmet.host': 'tn:nvmet-hosts (nvmetHosts)',
  'sharing.nfs': 'tn:nfs-share (nfsShare)',
  'sharing.smb': 'tn:smb-share (smbShare)',
};

/**
 * Fetches the object a volume's marker points at and checks that it still belongs to the volume (see
 * {@link ownershipProblem}) before anything deletes it by that id. Resolves with its row, or `undefined` when the id
 * no longer exists (already deleted); throws {@link OwnershipMismatchError} when the id now names someone else's
 * object — TrueNAS re-uses freed ids.
 *
 * @param api - the API client.
 * @param volume - the volume's dataset name.
 * @param ref - the stored reference ({@link OwnedRef}).
 * @example
 * ```ts
 * import { verifyOwned } from '@tn/api';
 *
 * const extent = await verifyOwned(api, 'tank/k8s/pvc-1', { kind: 'iscsi.extent', id: 4 });
 * if (extent !== undefined) await api.iscsi.extents.delete(4);
 * ```
 */
export async function verifyOwned(
  api: ApiClient,
  volume: string,
  ref: OwnedRef,
): Promise<Record<string, unknown> | undefined> {
  const row = await getRow(api, ref.kind, ref.id);
  if (row === undefined) return undefined;
  const problem = ownershipProblem(volume, ref, row);
  if (problem === undefined) return row;
  throw new OwnershipMismatchError({
    volume,
    object: ref.kind,
    id: ref.id,
    ...problem,
    hint:
      `TrueNAS re-uses freed ids: the volume's ${ref.kind} was probably removed out of band. Check it, then drop ` +
      `id ${ref.id} from the volume's ${MARKER[ref.kind]} marker (api.datasets.update with volumeMarkerUpdates) ` +
      'and retry.',
  });
}
